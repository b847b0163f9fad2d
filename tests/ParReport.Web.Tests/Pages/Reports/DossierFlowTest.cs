using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace ParReport.Web.Tests.Pages.Reports;

/// <summary>Imported dossiers flow into the form's indicators with their source; an official overrides one only with a reason.</summary>
public class DossierFlowTest
{
    [Fact]
    public async Task The_dossiers_figures_come_into_the_form_with_their_source_and_an_override_needs_a_reason()
    {
        using var app = new ParReportApplication();
        var requestId = await app.RequestIdAsync();
        var form = $"/Reports/Form/{requestId}/an-phu-an-binh/III";
        var compiler = await app.LoggedInClientAsync("tonghop");
        var upload = await ParReportApplication.UploadAsync(compiler, "/Dossiers", "file", "mot-cua-q1.csv", Encoding.UTF8.GetBytes(
            "Mã hồ sơ;Lĩnh vực;Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả;Hình thức nộp\n"
            + "H1;Hộ tịch;04/03/2024;08/03/2024;05/03/2024;Trực tuyến\n"
            + "H2;Hộ tịch;05/03/2024;08/03/2024;08/03/2024;Trực tiếp\n"
            + "H3;Đất đai;05/03/2024;06/03/2024;12/03/2024;Trực tuyến\n"), ("unit", "an-phu-an-binh"));
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);

        // The demo's values were typed by officials: they are kept, and listed beside the dossiers' figures.
        var contributor = await app.LoggedInClientAsync("chuyenmon");
        var kept = WebUtility.HtmlDecode(await (await ParReportApplication.PostFormAsync(contributor, form + "?handler=Dossiers")).Content.ReadAsStringAsync());
        Assert.Contains("Các số do cán bộ tự nhập khác với hồ sơ TTHC (đã giữ nguyên)", kept);
        Assert.Matches(@"3\.1\.1\. Tổng số hồ sơ TTHC đã giải quyết xong: đã nhập\s*<strong>[\d.]+</strong>, hồ sơ TTHC cho\s*<strong>3</strong>", kept);

        var taken = WebUtility.HtmlDecode(await (await ParReportApplication.PostFormAsync(contributor, form + "?handler=Dossiers",
            ("replace", "III/3.1.1"), ("replace", "III/3.1.2"), ("replace", "V/2.4.1"))).Content.ReadAsStringAsync());
        Assert.Contains("Đã lấy 2 số liệu từ hồ sơ TTHC.", taken);
        Assert.Matches(@"name=""v:3.1.1"" value=""3""[\s\S]*?<small class=""source"">Hồ sơ TTHC: tệp mot-cua-q1.csv, nhập lúc \d\d/\d\d/\d{4} \d\d:\d\d, số liệu từ 15/12/2023 đến 14/03/2024</small>", taken);
        Assert.Matches(@"<output id=""i-3.1"" data-rate=""3.1"">66,7%</output>", taken);

        // Form V is not the contributor's: asking for its figures through form III changed nothing there.
        await using (var check = app.OpenDatabase())
            Assert.False(await check.Audit.AnyAsync(a => a.Key.StartsWith("V/") && a.UserName == "chuyenmon"));

        // Until every dossier figure of the report is the dossiers' own, the table by field stays out of the report.
        var report = $"/Reports/View/{requestId}/an-phu-an-binh";
        var waiting = WebUtility.HtmlDecode(await compiler.GetStringAsync(report));
        Assert.Contains("Bảng hồ sơ TTHC theo lĩnh vực chưa được đưa vào báo cáo", waiting);
        Assert.Matches(@"V/2\.4\.1</a>: báo cáo ghi [\d.]+, hồ sơ TTHC cho 3", waiting);
        await ParReportApplication.PostFormAsync(compiler, form.Replace("/III", "/V") + "?handler=Dossiers", ("replace", "V/2.4.1"), ("replace", "V/2.4.2"));
        var ready = WebUtility.HtmlDecode(await compiler.GetStringAsync(report));
        Assert.DoesNotContain("chưa được đưa vào báo cáo", ready);
        Assert.Matches(@"<td>Hộ tịch</td>\s*<td class=""num"">2</td>", ready);
        Assert.Contains("src=\"?handler=FieldChart\"", ready);
        Assert.Equal("image/png", (await compiler.GetAsync(report + "?handler=FieldChart")).Content.Headers.ContentType!.MediaType);
        using (var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await compiler.GetByteArrayAsync(report + "?handler=Docx")), false))
        {
            var body = docx.MainDocumentPart!.Document!.Body!;
            Assert.Contains(body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>(), p => p.InnerText == "Kết quả giải quyết hồ sơ TTHC theo lĩnh vực (từ 15/12/2023 đến 14/03/2024):");
            var table = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Single(t => t.InnerText.Contains("Kỳ trước chuyển sang"));
            var total = table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Last().Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText).ToList();
            Assert.Equal(["", "Tổng cộng", "3", "2", "1", "0", "3", "1", "1", "1", "0", "0", "0"], total);
        }

        var noReason = await ParReportApplication.PostFormAsync(contributor, form, ("v:3.1.1", "4"), ("o:3.1.1", "3"), ("r:3.1.1", " "));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Chỉ tiêu 3.1.1: số liệu này lấy từ hồ sơ TTHC đã nhập; muốn sửa, hãy ghi lý do.", WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()));

        var withReason = await ParReportApplication.PostFormAsync(contributor, form, ("v:3.1.1", "4"), ("o:3.1.1", "3"), ("r:3.1.1", "Một hồ sơ giấy chưa nhập hệ thống"));
        Assert.Equal(HttpStatusCode.OK, withReason.StatusCode);
        var trail = WebUtility.HtmlDecode(await contributor.GetStringAsync($"/Reports/Trail/{requestId}/an-phu-an-binh?subject=value&key=III/3.1.1"));
        Assert.Matches(@"<td title=""chuyenmon"">Công chức Tư pháp – Hộ tịch xã An Bình</td>\s*<td class=""old"">3</td>\s*<td class=""new"">4</td>\s*<td>Một hồ sơ giấy chưa nhập hệ thống</td>", trail);
        Assert.Contains("<td>Hồ sơ TTHC: tệp mot-cua-q1.csv", trail);

        await using var db = app.OpenDatabase();
        var values = await db.IndicatorValues.Where(v => v.Key.StartsWith("III/3.1.") && db.Reports.Any(r => r.Id == v.ReportId && r.RequestId == requestId && r.Unit.Code == "an-phu-an-binh"))
            .ToDictionaryAsync(v => v.Key, v => (v.Number, v.Source));
        Assert.Equal((4m, (string?)null), values["III/3.1.1"]);
        Assert.Equal(2m, values["III/3.1.2"].Number);
        Assert.NotNull(values["III/3.1.2"].Source);
    }
}
