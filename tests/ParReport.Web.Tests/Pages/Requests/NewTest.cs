using System.Net;

namespace ParReport.Web.Tests.Pages.Requests;

public class NewTest
{
    [Fact]
    public async Task The_province_asks_its_districts_for_a_period_and_the_overview_lists_the_request()
    {
        using var app = new ParReportApplication();
        var admin = await app.LoggedInClientAsync("quantri");
        var form = WebUtility.HtmlDecode(await admin.GetStringAsync("/Requests/New"));
        Assert.Contains("Tỉnh Minh Sơn yêu cầu 3 đơn vị trực thuộc (Huyện An Phú, Huyện Đông Lạc, Huyện Bắc Sơn)", form);
        Assert.Contains(">6 tháng đầu</option>", form);

        (string, string)[] fields = [("Kind", "HalfYear"), ("Year", "2024"), ("Template", "huyen@1"), ("Deadline", "2024-06-20"), ("Letter", "88/UBND-NV"), ("LetterDate", "2024-05-20")];
        var created = await ParReportApplication.PostFormAsync(admin, "/Requests/New", fields);
        Assert.StartsWith("/Requests/Board/", created.RequestMessage!.RequestUri!.AbsolutePath);
        var board = WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync());
        Assert.Contains("Đã gửi yêu cầu tới 3 đơn vị", board);
        Assert.Contains("hạn nộp 20/06/2024", board);
        var overview = WebUtility.HtmlDecode(await admin.GetStringAsync("/"));
        Assert.Contains("6 tháng đầu năm 2024 — yêu cầu của Tỉnh Minh Sơn", overview);
        Assert.Matches(@"Chốt số liệu: 15/12/2023 – 14/06/2024 ·\s+Hạn nộp: 20/06/2024 ·\s+Đã gửi <strong>0/3</strong> báo cáo", overview);

        var again = await ParReportApplication.PostFormAsync(admin, "/Requests/New", fields);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Tỉnh Minh Sơn đã gửi yêu cầu báo cáo 6 tháng đầu năm 2024; không tạo thêm.", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));

        var bad = await ParReportApplication.PostFormAsync(admin, "/Requests/New", ("Kind", "Year"), ("Year", "2024"), ("Template", "huyen@1"), ("From", "2024-12-31"), ("To", "2024-01-01"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("ngày đầu không sau ngày cuối", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("xa@2", "NineMonths", "2023-01-01", "2023-06-01", "", "Thời gian chốt số liệu phải nằm trong khoảng 01/12/2023 – 31/12/2024")]
    [InlineData("huyen@1", "Year", "2024-01-01", "9999-12-31", "", "kết thúc trong năm 2024")]
    [InlineData("huyen@1", "QuarterOne", "", "", "1990-01-01", "Hạn nộp phải từ ngày cuối thời gian chốt số liệu (14/03/2024) đến 90 ngày sau.")]
    [InlineData("xa@2", "QuarterOne", "", "", "", "dành cho cấp xã; các đơn vị trực thuộc là cấp huyện.")]
    public async Task A_request_outside_its_year_with_a_strange_deadline_or_a_template_of_another_level_is_refused(
        string template, string kind, string from, string to, string deadline, string message)
    {
        using var app = new ParReportApplication();
        var admin = await app.LoggedInClientAsync("quantri");
        var refused = await ParReportApplication.PostFormAsync(admin, "/Requests/New",
            ("Kind", kind), ("Year", "2024"), ("Template", template), ("From", from), ("To", to), ("Deadline", deadline));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Units_without_units_below_and_readers_cannot_send_requests_but_the_district_reviewer_can()
    {
        using var app = new ParReportApplication();
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.LoggedInClientAsync("tonghop")).GetAsync("/Requests/New")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.LoggedInClientAsync("lanhdao")).GetAsync("/Requests/New")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.LoggedInClientAsync("captren")).GetAsync("/Requests/New")).StatusCode);
    }
}
