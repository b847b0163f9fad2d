using System.Net;
using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Formatting;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using ParReport.Storage;

namespace ParReport.Web.Tests.Pages.Reports;

public class ViewTest
{
    [Fact]
    public async Task A_report_shows_every_stored_value_and_computed_rate_in_Vietnamese_format()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync();
        await using var db = app.OpenDatabase();
        var request = await db.Requests.Include(r => r.IssuerUnit).FirstAsync(r => r.PeriodCode == "2024-Q1" && r.IssuerUnit.Code == "huyen-an-phu");
        var report = (await new ReportStore(db).FindAsync(request.Id, "an-phu-an-binh"))!;
        var template = TemplateCatalog.BuiltIn.Get(report.Template);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Reports/View/{request.Id}/an-phu-an-binh"));

        Assert.Contains("Báo cáo kết quả công tác cải cách hành chính quý I năm 2024", html);
        Assert.Contains("Số liệu nhất quán: không có mâu thuẫn.", html);
        var resolved = report.Number("III/3.1.1")!.Value;
        Assert.Contains($"<td class=\"num\">{VietnameseNumbers.FormatNumber(resolved)}</td>", html);
        var onTime = Derivation.RateOf(template.Get("III/3.1"), report.Values);
        Assert.Contains($"data-key=\"III/3.1\">", html);
        Assert.Contains($"<td class=\"num\">{VietnameseNumbers.FormatPercent(onTime)}</td>", html);
        Assert.Contains(report.Narratives["III.2"], html);
        foreach (var indicator in template.Indicators.Where(i => i.Kind == IndicatorKind.Count))
            Assert.Contains($"<td class=\"num\">{VietnameseNumbers.FormatNumber(report.Number(indicator.Key)!.Value)}</td>", html);
    }

    [Fact]
    public async Task The_report_downloads_as_DOCX_and_its_appendix_as_XLSX()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync();
        var requestId = await app.RequestIdAsync();

        var docx = await client.GetAsync($"/Reports/View/{requestId}/an-phu-an-binh?handler=Docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("bao-cao-an-phu-an-binh-2024-Q1-du-thao.docx", docx.Content.Headers.ContentDisposition!.FileNameStar ?? docx.Content.Headers.ContentDisposition.FileName);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
            Assert.Contains("Kết quả công tác cải cách hành chính quý I năm 2024", document.MainDocumentPart!.Document!.Body!.InnerText);

        var xlsx = await client.GetAsync($"/Reports/View/{requestId}/an-phu-an-binh?handler=Xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.True((await xlsx.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Fact]
    public async Task The_document_number_date_and_signer_set_on_the_page_are_in_the_preview_and_the_DOCX()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync();
        var url = $"/Reports/View/{await app.RequestIdAsync()}/an-phu-an-binh";
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(url));
        Assert.Matches(@"<strong>ỦY BAN NHÂN DÂN</strong><br />\s*<strong>XÃ AN BÌNH</strong>", html);
        Assert.Matches(@"Thực hiện văn bản số \d+/UBND-NV ngày \d\d tháng \d+ năm 2024 của UBND huyện An Phú về việc báo cáo công tác cải cách hành chính quý I năm 2024", html);

        var saved = await ParReportApplication.PostFormAsync(client, url + "?handler=Document", ("number", "12/BC-UBND"), ("date", "2024-03-14"), ("signer", "Trần Thị Bình"));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        html = WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync());
        Assert.Contains("Số: 12/BC-UBND", html);
        Assert.Contains("<em>An Bình, ngày 14 tháng 3 năm 2024</em>", html);
        Assert.Contains("<p class=\"signer\"><strong>Trần Thị Bình</strong></p>", html);
        Assert.Contains("Trên đây là báo cáo kết quả công tác cải cách hành chính quý I năm 2024 của UBND xã An Bình./.", html);
        var docx = await client.GetByteArrayAsync(url + "?handler=Docx");
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var text = document.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("Số: 12/BC-UBND", text);
            Assert.Contains("Trần Thị Bình", text);
        }
        var bad = await ParReportApplication.PostFormAsync(client, url + "?handler=Document", ("number", "x"), ("date", "2024-13-45"), ("signer", ""));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var contributor = await app.LoggedInClientAsync("chuyenmon");
        Assert.Equal(HttpStatusCode.Forbidden, (await ParReportApplication.PostFormAsync(contributor, url + "?handler=Document", ("number", "1/BC"))).StatusCode);
    }

    [Fact]
    public async Task The_preview_shows_the_statistical_sentences_in_their_sections()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync();
        await using var db = app.OpenDatabase();
        var request = await db.Requests.Include(r => r.IssuerUnit).FirstAsync(r => r.PeriodCode == "2024-Q1" && r.IssuerUnit.Code == "huyen-an-phu");
        var report = (await new ReportStore(db).FindAsync(request.Id, "an-phu-an-binh"))!;
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Reports/View/{request.Id}/an-phu-an-binh"));
        var sentences = ParReport.Domain.Writing.StatisticalText.For(TemplateCatalog.BuiltIn.Get(report.Template), report);
        Assert.NotEmpty(sentences);
        Assert.All(sentences, s => Assert.Contains(s.Text, html));
        Assert.Contains("Tải báo cáo (DOCX, dự thảo)", html);
    }

    [Fact]
    public async Task The_rates_over_the_units_periods_are_drawn_on_the_page_and_in_the_DOCX()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync();
        var requestId = await app.RequestIdAsync();

        var html = await client.GetStringAsync($"/Reports/View/{requestId}/an-phu-an-binh");
        Assert.Contains("<img src=\"?handler=Chart\"", html);
        var chart = await client.GetAsync($"/Reports/View/{requestId}/an-phu-an-binh?handler=Chart");
        Assert.Equal("image/png", chart.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await chart.Content.ReadAsByteArrayAsync()).Take(4));

        var docx = await (await client.GetAsync($"/Reports/View/{requestId}/an-phu-an-binh?handler=Docx")).Content.ReadAsByteArrayAsync();
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Single(document.MainDocumentPart!.ImageParts);
    }

    [Fact]
    public async Task A_sentence_reworded_with_its_own_numbers_is_kept_and_goes_into_the_DOCX()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync();
        var (url, sentence) = await PlanSentenceAsync(app);
        var reworded = sentence.Generated.Replace("Tính đến thời điểm báo cáo,", "Đến nay");

        var response = await PostSentenceAsync(client, url, sentence.Key, reworded);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(reworded, html);
        Assert.Contains("(đã sửa câu chữ)", html);

        var docx = await (await client.GetAsync(url + "?handler=Docx")).Content.ReadAsByteArrayAsync();
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Contains(reworded, document.MainDocumentPart!.Document!.Body!.InnerText);
    }

    [Fact]
    public async Task A_rewording_with_a_number_that_is_not_stored_is_refused_and_nothing_is_kept()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync();
        var (url, sentence) = await PlanSentenceAsync(app);

        var response = await PostSentenceAsync(client, url, sentence.Key, "Đã hoàn thành 99/99 nhiệm vụ, đạt 100%.");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Câu sửa nêu các số «99», «99», «100»", html);
        Assert.Contains("phải giữ đúng các số đó", html);

        await using var db = app.OpenDatabase();
        var stored = await db.Narratives.Where(n => n.OutlineCode == sentence.Key).CountAsync();
        Assert.Equal(0, stored);
    }

    private static async Task<(string Url, ParReport.Domain.Writing.StatisticalSentence Sentence)> PlanSentenceAsync(ParReportApplication app)
    {
        await using var db = app.OpenDatabase();
        var request = await db.Requests.Include(r => r.IssuerUnit).FirstAsync(r => r.PeriodCode == "2024-Q1" && r.IssuerUnit.Code == "huyen-an-phu");
        var report = (await new ReportStore(db).FindAsync(request.Id, "an-phu-an-binh"))!;
        var sentence = ParReport.Domain.Writing.StatisticalText.For(TemplateCatalog.BuiltIn.Get(report.Template), report).Single(s => s.Kind == "ke-hoach");
        return ($"/Reports/View/{request.Id}/an-phu-an-binh", sentence);
    }

    private static async Task<HttpResponseMessage> PostSentenceAsync(HttpClient client, string url, string key, string text)
    {
        var token = await ParReportApplication.TokenAsync(client, url);
        return await client.PostAsync(url + "?handler=Sentence", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["key"] = key, ["text"] = text, ["__RequestVerificationToken"] = token,
        }));
    }

    [Fact]
    public async Task A_report_that_does_not_exist_is_a_404_page_in_Vietnamese()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync();
        var response = await client.GetAsync("/Reports/View/1/khong-co");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
