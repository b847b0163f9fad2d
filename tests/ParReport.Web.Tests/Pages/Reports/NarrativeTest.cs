using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParReport.Domain.Access;
using ParReport.Domain.Periods;
using ParReport.Domain.Templates;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Web.Tests.Pages.Reports;

public class NarrativeTest
{
    [Fact]
    public async Task A_post_with_a_key_in_unclosed_brackets_saves_the_sections_not_a_server_error()
    {
        using var app = new ParReportApplication();
        var url = $"/Reports/Narrative/{await app.RequestIdAsync()}/an-phu-an-binh/II.2";
        var client = await app.LoggedInClientAsync("chuyenmon");
        var saved = await ParReportApplication.PostFormAsync(client, url, ("v:II.2", "Bộ phận Một cửa hoạt động nền nếp."), ("o:II.2", ""), ("v:[31m", "x"), ("a[b", "y"));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Bộ phận Một cửa hoạt động nền nếp.", WebUtility.HtmlDecode(await client.GetStringAsync(url)));
    }

    [Fact]
    public async Task The_narrative_has_the_sections_the_outline_asks_for_and_shows_paragraphs_and_bullets_in_the_report()
    {
        using var app = new ParReportApplication();
        var requestId = await app.RequestIdAsync();
        var url = $"/Reports/Narrative/{requestId}/an-phu-an-binh/II.2";
        var client = await app.LoggedInClientAsync("chuyenmon");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(url));
        Assert.Contains("Đề cương yêu cầu nêu", page);
        Assert.Contains("Kết quả thực hiện số hóa hồ sơ, giấy tờ, kết quả giải quyết TTHC.", page);
        Assert.Contains("name=\"v:II.2#tich-cuc\"", page);
        Assert.Contains("name=\"v:II.2#ton-tai\"", page);

        var saved = await ParReportApplication.PostFormAsync(client, url,
            ("v:II.2", "Bộ phận Một cửa hoạt động nền nếp.\n- Niêm yết đủ 100% TTHC\n- Số hóa kết quả"), ("o:II.2", ""),
            ("v:II.2#tich-cuc", "Người dân hài lòng."), ("o:II.2#tich-cuc", ""),
            ("v:II.2#ton-tai", ""), ("o:II.2#ton-tai", ""));
        Assert.Contains("Đã lưu 2 thay đổi.", WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()));

        var report = WebUtility.HtmlDecode(await client.GetStringAsync($"/Reports/View/{requestId}/an-phu-an-binh"));
        Assert.Contains("<p>Bộ phận Một cửa hoạt động nền nếp.</p>", report);
        Assert.Matches(@"<ul>\s*<li>Niêm yết đủ 100% TTHC</li>\s*<li>Số hóa kết quả</li>\s*</ul>", report);
        Assert.Contains("<h4>Mặt tích cực</h4>", report);
        Assert.DoesNotContain("<h4>Tồn tại, hạn chế, nguyên nhân</h4>", report);

        // Someone else changed the text meanwhile: both versions are shown, nothing is overwritten.
        var compiler = await app.LoggedInClientAsync("tonghop");
        var conflict = await ParReportApplication.PostFormAsync(compiler, url, ("v:II.2#tich-cuc", "Bản của tổng hợp."), ("o:II.2#tich-cuc", ""));
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var html = WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync());
        Assert.Contains("<blockquote>Người dân hài lòng.</blockquote>", html);
        Assert.Contains("<blockquote>Bản của tổng hợp.</blockquote>", html);

        Assert.Equal(HttpStatusCode.Forbidden, (await ParReportApplication.PostFormAsync(client, $"/Reports/Narrative/{requestId}/an-phu-an-binh/I", ("v:I", "x"), ("o:I", ""))).StatusCode);
    }

    [Fact]
    public async Task Cumulative_indicators_start_from_the_previous_period_of_the_year_which_is_shown_beside_each_field()
    {
        using var app = new ParReportApplication();
        int requestId;
        decimal firstQuarter;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ParReportDbContext>();
            requestId = await new ReportStore(db).AddRequestAsync(ReportingRequest.Create("tinh-minh-son", new ReportingPeriod(2024, PeriodKind.HalfYear), new TemplateRef("huyen", 1)));
            firstQuarter = (await new ReportStore(db).FindAsync(await app.RequestIdAsync("tinh-minh-son"), "huyen-an-phu"))!.Number("6/6.1")!.Value;
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserRecord>>();
            var user = new UserRecord { UserName = "noivu", FullName = "Chuyên viên Phòng Nội vụ", UnitId = await db.Units.Where(u => u.Code == "huyen-an-phu").Select(u => u.Id).SingleAsync() };
            Assert.True((await users.CreateAsync(user, "SenHong#2024")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Id(Role.Compiler))).Succeeded);
        }
        var client = await app.LoggedInClientAsync("noivu", "SenHong#2024");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/Reports/Form/{requestId}/huyen-an-phu/6"));
        var shown = Domain.Formatting.VietnameseNumbers.FormatNumber(firstQuarter);
        Assert.Matches($@"name=""v:6.1"" value=""{shown}""[^>]*/>\s*<small class=""muted"">lũy kế từ quý I năm 2024</small>", html);
        Assert.Contains("Kỳ trước (quý I năm 2024)", html);
        // Not stored until saved: the box only starts from the earlier figure.
        await using var check = app.OpenDatabase();
        Assert.False(await check.IndicatorValues.AnyAsync(v => v.Key == "6/6.1" && check.Reports.Any(r => r.Id == v.ReportId && r.RequestId == requestId)));
    }
}
