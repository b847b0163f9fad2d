using System.Net;

namespace ParReport.Web.Tests.Pages;

public class IndexTest
{
    [Fact]
    public async Task The_overview_lists_the_demo_periods_units_and_which_have_reported()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/"));

        Assert.Contains("Quý I năm 2024 — yêu cầu của Huyện An Phú", html);
        Assert.Contains("Năm 2023 — yêu cầu của Huyện Bắc Sơn", html);
        Assert.Contains("Quý I năm 2024 — yêu cầu của Tỉnh Minh Sơn", html);
        Assert.Contains("Chốt số liệu: 15/12/2023 – 14/03/2024", html);
        Assert.Contains("Đã nhận <strong>3/4</strong> báo cáo", html);
        Assert.Contains("Đã nhận <strong>4/4</strong> báo cáo", html);
        Assert.Contains("Chưa nộp (quá hạn)", html);
        Assert.Contains("Xã Đông Hưng", html);
        Assert.Contains("/Reports/View/", html);
    }
}
