using System.Net;

namespace ParReport.Web.Tests.Pages.Check;

public class IndexTest
{
    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string name) =>
        ParReportApplication.UploadAsync(client, "/Check", "report", name, content);

    [Fact]
    public async Task The_Kbang_report_shows_each_finding_beside_its_quoted_line()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync();
        var seed = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "seeds", "bao-cao-quy-I-2021-huyen-kbang.txt"));

        var response = await UploadAsync(client, seed, "kbang.txt");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Mẫu đối chiếu: huyen phiên bản 1", html);
        Assert.Contains("<mark>cấp huyện có 314 TTHC</mark>", html);
        Assert.Contains("Đúng ra: 315", html);
        Assert.Contains("Kbang, <mark>ngày 10 tháng 3 năm 2020</mark>", html);
        Assert.Contains("Đúng ra: ngày 10 tháng 3 năm 2021", html);
        Assert.Matches("<tr id=\"dong-5\">", html);
    }

    [Fact]
    public async Task A_rate_written_as_a_formula_is_shown_and_marked_as_read()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync();
        var seed = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "seeds", "bao-cao-quy-I-2024-xa-phuong-dinh.txt"));
        var html = WebUtility.HtmlDecode(await (await UploadAsync(client, seed, "phuong-dinh.txt")).Content.ReadAsStringAsync());
        Assert.Contains("<mark>317/1.034 = 31%</mark>", html);
        Assert.Contains("Đúng ra: (717 + 317)/1.034 = 100%", html);
        Assert.DoesNotContain("\\frac", html);
    }

    [Fact]
    public async Task An_unreadable_file_is_refused_with_a_reason_not_a_server_error()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync();
        var response = await UploadAsync(client, [0xFF, 0xFE, 0x00, 0x9C], "anh.png");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tệp «anh.png» không phải văn bản UTF-8 hay tệp DOCX.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_text_that_is_not_a_report_is_refused()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync();
        var response = await UploadAsync(client, "Danh sách mua sắm\nGạo, muối"u8.ToArray(), "ghi-chu.txt");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Không nhận ra báo cáo", await response.Content.ReadAsStringAsync());
    }
}
