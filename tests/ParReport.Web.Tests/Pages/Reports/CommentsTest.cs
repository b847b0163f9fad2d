using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Workflow;
using ParReport.Web.Tests.Api;

namespace ParReport.Web.Tests.Pages.Reports;

/// <summary>The comments page, its links and counts on the report's pages, and the API's comments, over HTTP on the demo commune's report.</summary>
public class CommentsTest
{
    private static string CommentsUrl(DemoCommuneReport report, string? target = null) =>
        $"/Reports/Comments/{report.RequestId}/{DemoCommuneReport.Unit}" + (target is null ? "" : $"?target={Uri.EscapeDataString(target)}");

    private static async Task<string> PageAsync(HttpClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(url));

    [Fact]
    public async Task Officials_discuss_a_value_on_its_page_answer_resolve_and_reopen_it_and_the_pages_count_the_open_threads()
    {
        using var app = new ParReportApplication();
        var report = await DemoCommuneReport.OpenAsync(app);
        var compiler = await app.LoggedInClientAsync("tonghop");
        var contributor = await app.LoggedInClientAsync("chuyenmon");

        var opened = await ParReportApplication.PostFormAsync(compiler, CommentsUrl(report, "bieu-III") + "&handler=Add",
            ("target", "bieu-III"), ("about", "III/3.1.1"), ("text", "Số hồ sơ tiếp nhận lấy theo phần mềm một cửa đến 14/3?"));
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal(CommentsUrl(report, "bieu-III"), opened.RequestMessage!.RequestUri!.PathAndQuery);
        await using (var db = app.OpenDatabase())
            Assert.Equal(("III/3.1.1", "bieu-III", "Số hồ sơ tiếp nhận lấy theo phần mềm một cửa đến 14/3?"),
                await db.CommentThreads.Select(t => ValueTuple.Create(t.Target, t.PartKey, t.Comments.Single().Text)).SingleAsync());

        var form = await PageAsync(contributor, report.FormUrl("III"));
        Assert.Matches($"""<a class="comments open" href="{Regex(CommentsUrl(report, "III/3.1.1"))}" data-comments="III/3.1.1" data-open="1"\s*>Ý kiến \(1\) — 1 đang mở</a>""", form);
        Assert.Contains("data-comments=\"bieu-III\" data-open=\"1\"", form);
        Assert.Contains("data-comments-open=\"1\"", await PageAsync(contributor, report.ViewUrl));

        var thread = await app.OpenDatabase().CommentThreads.Select(t => t.Id).SingleAsync();
        var answered = await ParReportApplication.PostFormAsync(contributor, CommentsUrl(report) + "?handler=Answer", ("thread", thread.ToString()), ("text", "Đúng, đến hết ngày 14/3."));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var page = WebUtility.HtmlDecode(await answered.Content.ReadAsStringAsync());
        Assert.Contains("Đúng, đến hết ngày 14/3.", page);
        Assert.Matches(@"<strong>Công chức Văn phòng – Thống kê xã An Bình</strong> · \d\d:\d\d \d\d/\d\d/\d{4}[\s\S]*<strong>Công chức Tư pháp – Hộ tịch xã An Bình</strong>", page);

        var empty = await ParReportApplication.PostFormAsync(contributor, CommentsUrl(report) + "?handler=Answer", ("thread", thread.ToString()), ("text", "   "));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Ý kiến trống: hãy nhập nội dung trước khi gửi.", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()));

        var leader = await app.LoggedInClientAsync("lanhdao");
        var resolved = await ParReportApplication.PostFormAsync(leader, CommentsUrl(report) + "?handler=Resolve", ("thread", thread.ToString()), ("resolved", "true"));
        Assert.Contains("đã xong (", WebUtility.HtmlDecode(await resolved.Content.ReadAsStringAsync()));
        Assert.Contains("data-comments-open=\"0\"", await PageAsync(compiler, report.ViewUrl));
        Assert.Contains(">Ý kiến (1)</a>", await PageAsync(compiler, report.FormUrl("III")));
        var twice = await ParReportApplication.PostFormAsync(leader, CommentsUrl(report) + "?handler=Resolve", ("thread", thread.ToString()), ("resolved", "true"));
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        var reopened = await ParReportApplication.PostFormAsync(contributor, CommentsUrl(report) + "?handler=Resolve", ("thread", thread.ToString()), ("resolved", "false"));
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        Assert.Contains("data-comments-open=\"1\"", await PageAsync(compiler, report.ViewUrl));

        // The compiler is told of the contributor's answer.
        await using var check = app.OpenDatabase();
        var compilerId = await check.Users.Where(u => u.UserName == "tonghop").Select(u => u.Id).SingleAsync();
        Assert.Contains(await check.Notices.Where(n => n.UserId == compilerId).Select(n => n.Text).ToListAsync(), t => t.Contains("«Đúng, đến hết ngày 14/3.»"));
    }

    [Fact]
    public async Task A_narrative_box_has_its_link_and_the_district_discusses_the_report_only_once_sent_and_its_return_opens_a_thread()
    {
        using var app = new ParReportApplication();
        var report = await DemoCommuneReport.OpenAsync(app);
        var compiler = await app.LoggedInClientAsync("tonghop");
        var reviewer = await app.LoggedInClientAsync("captren");
        var narrative = await PageAsync(compiler, report.NarrativeUrl("II.2"));
        Assert.Contains($"href=\"{CommentsUrl(report, "II.2#ton-tai")}\" data-comments=\"II.2#ton-tai\" data-open=\"0\"", narrative.Replace("&amp;", "&"));

        // A draft never sent: the district sees nothing of it, so has no say.
        await report.MakeReadyAsync(compiler);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync(CommentsUrl(report))).StatusCode);
        Assert.DoesNotContain("id=\"y-kien\"", await PageAsync(reviewer, report.ViewUrl));

        await report.MovedAsync(compiler, ReportTransition.SendToLeader);
        await report.MovedAsync(await app.LoggedInClientAsync("lanhdao"), ReportTransition.SignOff);
        await report.MovedAsync(reviewer, ReportTransition.Return, ("r:bieu-III", "Cập nhật số hồ sơ đến cuối kỳ."));

        var page = await PageAsync(compiler, CommentsUrl(report));
        Assert.Contains("Biểu III. Cải cách TTHC", page);
        Assert.Contains("Cập nhật số hồ sơ đến cuối kỳ.", page);
        Assert.Contains("1 luồng ý kiến, 1 đang mở.", page);
        Assert.Contains("data-comments-open=\"1\"", await PageAsync(reviewer, report.ViewUrl));
        var answer = await ParReportApplication.PostFormAsync(reviewer, CommentsUrl(report) + "?handler=Add", ("about", "muc-II.2"), ("text", "Bổ sung số liệu số hóa."));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        await using var db = app.OpenDatabase();
        Assert.Equal(["bieu-III", "muc-II.2"], await db.CommentThreads.OrderBy(t => t.Id).Select(t => t.Target).ToListAsync());
    }

    [Fact]
    public async Task A_stranger_is_refused_the_page_and_its_posts_an_unknown_target_is_not_found_and_nothing_is_stored()
    {
        using var app = new ParReportApplication();
        var report = await DemoCommuneReport.OpenAsync(app);
        await ApiClients.CreateUserAsync(app, "tonghopdonglac", "huyen-dong-lac", Domain.Access.Role.Compiler);
        var stranger = await app.LoggedInClientAsync("tonghopdonglac");
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync(CommentsUrl(report))).StatusCode);
        var token = await ParReportApplication.TokenAsync(stranger, "/");
        var post = await stranger.PostAsync(CommentsUrl(report) + "?handler=Add", DemoCommuneReport.Form(token, ("about", "bieu-III"), ("text", "Xen vào.")));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);

        var compiler = await app.LoggedInClientAsync("tonghop");
        Assert.Equal(HttpStatusCode.NotFound, (await compiler.GetAsync(CommentsUrl(report, "IX/1"))).StatusCode);
        var unknown = await ParReportApplication.PostFormAsync(compiler, CommentsUrl(report) + "?handler=Add", ("about", "IX/1"), ("text", "Không có."));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        await using var db = app.OpenDatabase();
        Assert.Equal(0, await db.CommentThreads.CountAsync());
    }

    [Fact]
    public async Task The_API_lists_a_reports_threads_and_adds_a_comment_as_the_page_does()
    {
        using var app = new ParReportApplication();
        var report = await DemoCommuneReport.OpenAsync(app);
        var api = await ApiClients.BearerAsync(app, "tonghop");
        var url = $"/api/v1/requests/{report.RequestId}/reports/{DemoCommuneReport.Unit}/comments";

        var opened = await api.PostAsJsonAsync(url, new { target = "III/3.1.1", text = "Số này lấy ở đâu?" });
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var thread = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var contributor = await ApiClients.BearerAsync(app, "chuyenmon");
        Assert.Equal(HttpStatusCode.OK, (await contributor.PostAsJsonAsync(url, new { thread, text = "Từ phần mềm một cửa." })).StatusCode);
        await ApiClients.ProblemAsync(await contributor.PostAsJsonAsync(url, new { thread, text = "" }), 422);

        var listed = await api.GetFromJsonAsync<JsonElement>(url + "?target=bieu-III");
        var only = Assert.Single(listed.EnumerateArray());
        Assert.Equal(("III/3.1.1", "Value", "bieu-III", true), (only.GetProperty("target").GetString(), only.GetProperty("kind").GetString(),
            only.GetProperty("part").GetString(), only.GetProperty("open").GetBoolean()));
        Assert.Equal(["Số này lấy ở đâu?", "Từ phần mềm một cửa."], only.GetProperty("comments").EnumerateArray().Select(c => c.GetProperty("text").GetString()));
    }

    private static string Regex(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}
