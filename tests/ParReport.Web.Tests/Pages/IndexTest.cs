using System.Net;

namespace ParReport.Web.Tests.Pages;

public class IndexTest
{
    [Fact]
    public async Task The_overview_lists_the_demo_periods_units_and_which_have_sent_their_report()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync("quantri");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/"));

        Assert.Contains("Quý I năm 2024 — yêu cầu của Huyện An Phú", html);
        Assert.Contains("Năm 2023 — yêu cầu của Huyện Bắc Sơn", html);
        Assert.Contains("Quý I năm 2024 — yêu cầu của Tỉnh Minh Sơn", html);
        Assert.Contains("Chốt số liệu: 15/12/2023 – 14/03/2024", html);
        // Only reports signed off and sent count: of An Phú's quý I, one sent and one accepted; năm 2023 all four.
        Assert.Contains("Đã gửi <strong>2/4</strong> báo cáo", html);
        Assert.Contains("Đã gửi <strong>4/4</strong> báo cáo", html);
        // The other districts' năm 2023 reports were never sent.
        Assert.Contains("Chưa nộp (quá hạn)", html);
        Assert.Contains("Xã Đông Hưng", html);
        Assert.Contains("/Reports/View/", html);
        Assert.Contains("Quản lý người dùng", html);
    }

    [Fact]
    public async Task A_reviewer_sees_the_units_below_theirs_only()
    {
        using var app = new ParReportApplication();
        var html = WebUtility.HtmlDecode(await (await app.LoggedInClientAsync("captren")).GetStringAsync("/"));
        Assert.Contains("Quý I năm 2024 — yêu cầu của Huyện An Phú", html);
        Assert.Contains("Xã An Hòa", html);
        Assert.DoesNotContain("yêu cầu của Huyện Bắc Sơn", html);
        // The province's request to the districts concerns the reviewer's own district only.
        Assert.Contains("Quý I năm 2024 — yêu cầu của Tỉnh Minh Sơn", html);
        Assert.DoesNotContain("Huyện Đông Lạc", html);
        Assert.DoesNotContain("Quản lý người dùng", html);
    }

    [Fact]
    public async Task A_contributor_sees_the_parts_assigned_to_them_and_their_own_unit()
    {
        using var app = new ParReportApplication();
        var requestId = await app.RequestIdAsync();
        var html = WebUtility.HtmlDecode(await (await app.LoggedInClientAsync("chuyenmon")).GetStringAsync("/"));
        Assert.Contains("Việc được giao cho bạn", html);
        Assert.Contains($"<a href=\"/Reports/Form/{requestId}/an-phu-an-binh/III\">Biểu III. Cải cách TTHC</a>", html);
        Assert.Contains($"/Reports/Narrative/{requestId}/an-phu-an-binh/II.2", html);
        Assert.DoesNotContain("bieu-I\"", html);
        Assert.Contains("Xã An Bình", html);
        Assert.DoesNotContain("Xã An Hòa", html);
    }
}
