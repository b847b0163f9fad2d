using System.Net;
using ParReport.Application.Registers;
using ParReport.Domain.Registers;

namespace ParReport.Web.Tests.Pages.Reports;

/// <summary>The unit's registers on the report's pages: their figures taken into a form, the records behind one, a generated list put into a section's text.</summary>
public class RegisterFlowTest
{
    private static readonly IReadOnlyList<IReadOnlyList<string?>> Documents =
    [
        ["Số", "Ký hiệu", "Ngày ban hành", "Loại văn bản", "Trích yếu", "Về CCHC"],
        ["05", "KH-UBND", "22/01/2024", "Kế hoạch", "về cải cách hành chính năm 2024", "Có"],
        ["57", "KH-UBND", "29/12/2023", "Kế hoạch", "kiểm soát thủ tục hành chính năm 2024", "Có"],
        ["18", "KH-UBND", "23/02/2024", "Kế hoạch", "duy trì, áp dụng ISO 9001:2015", "Có"],
        ["31", "TB-UBND", "05/03/2024", "Thông báo", "lịch tiếp công dân", "Không"],
    ];

    [Fact]
    public async Task The_registers_figures_come_into_the_form_the_records_behind_them_show_and_a_list_goes_into_the_text()
    {
        using var app = new ParReportApplication();
        var requestId = await app.RequestIdAsync();
        await using (var db = app.OpenDatabase())
        {
            var imported = await new KeepRegisters(db, TimeProvider.System).ImportAsync(null, "an-phu-an-binh", RegisterCatalog.Documents, "so-van-ban.xlsx", Documents);
            Assert.True(imported.IsDone, string.Join(" ", imported.Messages));
        }
        var compiler = await app.LoggedInClientAsync("tonghop");
        var form = $"/Reports/Form/{requestId}/an-phu-an-binh/I";

        // The demo's figure for form I was typed by an official: it is kept, and the register's is offered beside it.
        var kept = WebUtility.HtmlDecode(await (await ParReportApplication.PostFormAsync(compiler, form + "?handler=Registers")).Content.ReadAsStringAsync());
        Assert.Matches(@"1\. Số văn bản chỉ đạo CCHC đã ban hành[^:]*: đã nhập\s*<strong>[\d.]+</strong>, sổ theo dõi cho\s*<strong>3</strong>", kept);
        var taken = WebUtility.HtmlDecode(await (await ParReportApplication.PostFormAsync(compiler, form + "?handler=Registers", ("replace", "I/1"))).Content.ReadAsStringAsync());
        Assert.Contains("Đã lấy 1 số liệu từ sổ theo dõi.", taken);
        Assert.Matches(@"name=""v:1"" value=""3""[\s\S]*?<small class=""source"">Sổ «Văn bản chỉ đạo, điều hành», kỳ 15/12/2023 – 14/03/2024</small>", taken);
        Assert.Contains($"href=\"/Reports/Records/{requestId}/an-phu-an-binh?key=I%2F1\"", taken);

        var records = WebUtility.HtmlDecode(await compiler.GetStringAsync($"/Reports/Records/{requestId}/an-phu-an-binh?key=I%2F1"));
        Assert.Contains("sổ hiện cho <strong>3</strong> văn bản", records);
        Assert.Contains("<td>về cải cách hành chính năm 2024</td>", records);
        Assert.DoesNotContain("lịch tiếp công dân", records);

        var narrative = $"/Reports/Narrative/{requestId}/an-phu-an-binh/I";
        var page = WebUtility.HtmlDecode(await compiler.GetStringAsync(narrative));
        Assert.Contains("<li>Kế hoạch số 57/KH-UBND ngày 29/12/2023 về kiểm soát thủ tục hành chính năm 2024;</li>", page);
        var inserted = await ParReportApplication.PostFormAsync(compiler, narrative + "?handler=List", ("kind", "documents"));
        Assert.Equal(HttpStatusCode.OK, inserted.StatusCode);
        var after = WebUtility.HtmlDecode(await compiler.GetStringAsync(narrative));
        // Put in twice, it is there once.
        await ParReportApplication.PostFormAsync(compiler, narrative + "?handler=List", ("kind", "documents"));
        var text = System.Text.RegularExpressions.Regex.Match(WebUtility.HtmlDecode(await compiler.GetStringAsync(narrative)), @"<textarea[^>]*name=""v:I""[^>]*>([^<]*)</textarea>").Groups[1].Value;
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "Trong kỳ, đã ban hành 03 văn bản"));
        Assert.Matches(@"<textarea[^>]*name=""v:I""[^>]*>[\s\S]*Trong kỳ, đã ban hành 03 văn bản chỉ đạo, điều hành về CCHC, gồm:\n- Kế hoạch số 57/KH-UBND ngày 29/12/2023", after);

        // The list reaches the report's DOCX in section I, one paragraph per document, in the order they were issued.
        using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(
            new MemoryStream(await compiler.GetByteArrayAsync($"/Reports/View/{requestId}/an-phu-an-binh?handler=Docx")), false);
        var paragraphs = docx.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        var at = paragraphs.IndexOf("Trong kỳ, đã ban hành 03 văn bản chỉ đạo, điều hành về CCHC, gồm:");
        Assert.True(at > paragraphs.FindIndex(p => p.StartsWith("I. CÔNG TÁC CHỈ ĐẠO")), "the list is under section I");
        Assert.Equal([
            "- Kế hoạch số 57/KH-UBND ngày 29/12/2023 về kiểm soát thủ tục hành chính năm 2024;",
            "- Kế hoạch số 05/KH-UBND ngày 22/01/2024 về cải cách hành chính năm 2024;",
            "- Kế hoạch số 18/KH-UBND ngày 23/02/2024 về duy trì, áp dụng ISO 9001:2015.",
        ], paragraphs.Skip(at + 1).Take(3));
    }
}
