using Microsoft.EntityFrameworkCore;
using ParReport.Application.Comments;
using ParReport.Application.Reports;
using ParReport.Domain.Access;
using ParReport.Domain.Entry;
using ParReport.Domain.Workflow;
using ParReport.Storage;
using static ParReport.Application.Tests.WorkflowWorld;

namespace ParReport.Application.Tests.Comments;

/// <summary>Comment threads between a commune's officials and the district's reviewer, on each database.</summary>
public sealed class ReportCommentsTest(PostgresDatabase postgresDatabase) : IAsyncLifetime, IClassFixture<PostgresDatabase>
{
    private WorkflowWorld _world = null!;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_world is not null) await _world.DisposeAsync();
    }

    private sealed record People(Actor Compiler, Actor Contributor, Actor Leader, Actor Reviewer, int RequestId);

    private async Task<People> StartAsync(bool postgres = false)
    {
        _world = await WorkflowWorld.CreateAsync(postgres, postgresDatabase);
        return new People(
            await _world.UserAsync(BaSao, Role.Compiler, fullName: "Nguyễn Thị Hoa"),
            await _world.UserAsync(BaSao, Role.Contributor, fullName: "Đỗ Văn Nam"),
            await _world.UserAsync(BaSao, Role.Leader, fullName: "Trần Văn Minh"),
            await _world.UserAsync(District, Role.Reviewer, fullName: "Lê Thu Hà"),
            await _world.RequestAsync(District, CommuneTemplate));
    }

    /// <summary>Runs a use case of the comments on the report as <paramref name="actor"/> reads it, in a DbContext of its own.</summary>
    private async Task<T> AsAsync<T>(Actor actor, People p, Func<ReportComments, ReportContext, Task<T>> act)
    {
        await using var db = _world.Open();
        return await act(new ReportComments(db, _world.Clock), await _world.LoadAsync(db, actor, p.RequestId, BaSao));
    }

    private async Task AssignAsync(People p, string partKey, Actor assignee)
    {
        await using var db = _world.Open();
        var report = await _world.LoadAsync(db, p.Compiler, p.RequestId, BaSao);
        Assert.True((await new ReportEntry(db, _world.Clock).AssignAsync(report, ReportPart.Find(report.Template, partKey)!, assignee.Access.UserId, null)).IsDone);
    }

    /// <summary>The users told of comments, by full name, with each notice's text, oldest first.</summary>
    private async Task<IReadOnlyList<(string User, string Text, string? Url)>> CommentNoticesAsync()
    {
        await using var db = _world.Open();
        var names = await db.Users.ToDictionaryAsync(u => u.Id, u => u.FullName);
        return (await _world.NoticesAsync("comment:")).Select(n => (names[n.UserId], n.Text, n.Url)).ToList();
    }

    private async Task<int> ThreadCountAsync()
    {
        await using var db = _world.Open();
        return await db.CommentThreads.CountAsync();
    }

    /// <summary>Who was told of the comments since <paramref name="skip"/> notices, by full name in ordinal order.</summary>
    private async Task<IReadOnlyList<string>> ToldAsync(int skip) =>
        (await CommentNoticesAsync()).Skip(skip).Select(n => n.User).Order(StringComparer.Ordinal).ToList();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_thread_on_a_value_is_answered_by_the_reviewer_after_sign_off_resolved_and_reopened_with_who_and_when(bool postgres)
    {
        var p = await StartAsync(postgres);
        await AssignAsync(p, "bieu-III", p.Contributor);
        var opened = await AsAsync(p.Compiler, p, (c, r) => c.OpenAsync(r, "III/3.1.1", "  Số hồ sơ tiếp nhận lấy theo phần mềm một cửa\r\nđến 14/3.  "));
        Assert.True(opened.IsDone, string.Join(" ", opened.Messages));
        var thread = opened.Value!;
        Assert.Equal(("III/3.1.1", CommentTargetKind.Value, "bieu-III"), (thread.Target.Key, thread.Target.Kind, thread.Target.Part.Key));
        Assert.Equal("Số hồ sơ tiếp nhận lấy theo phần mềm một cửa\nđến 14/3.", Assert.Single(thread.Comments).Text);
        Assert.Equal(("Nguyễn Thị Hoa", p.Compiler.UserName, _world.Clock.GetUtcNow()), (thread.Comments[0].FullName, thread.Comments[0].UserName, thread.Comments[0].At));

        await _world.SendUpAsync(p.Compiler, p.Leader, p.RequestId, BaSao);
        Assert.Equal(ReportStatus.Sent, (ReportStatus)(await _world.ReportAsync(p.RequestId, BaSao)).Status);
        var revision = (await _world.ReportAsync(p.RequestId, BaSao)).Revision;
        _world.Clock.Advance(TimeSpan.FromHours(2));

        // Signed and sent, the report is locked; it can still be discussed, and the discussion does not touch it.
        var answered = await AsAsync(p.Reviewer, p, (c, r) => c.AnswerAsync(r, thread.Id, "Đề nghị ghi rõ nguồn số liệu trong mục II.2."));
        Assert.True(answered.IsDone, string.Join(" ", answered.Messages));
        Assert.Equal(["Nguyễn Thị Hoa", "Lê Thu Hà"], answered.Value!.Comments.Select(c => c.FullName));
        Assert.Equal(revision, (await _world.ReportAsync(p.RequestId, BaSao)).Revision);

        var resolved = await AsAsync(p.Compiler, p, (c, r) => c.ResolveAsync(r, thread.Id, resolved: true));
        Assert.False(resolved.Value!.IsOpen);
        Assert.Equal(("Nguyễn Thị Hoa", _world.Clock.GetUtcNow()), (resolved.Value.ResolvedBy, resolved.Value.ResolvedAt));
        var again = await AsAsync(p.Leader, p, (c, r) => c.ResolveAsync(r, thread.Id, resolved: true));
        Assert.Equal((Outcome.Conflict, CommentMessages.AlreadyResolved), (again.Outcome, again.Messages.Single()));

        var reopened = await AsAsync(p.Reviewer, p, (c, r) => c.ResolveAsync(r, thread.Id, resolved: false));
        Assert.True(reopened.Value!.IsOpen);
        Assert.Null(reopened.Value.ResolvedBy);
        var listed = await AsAsync(p.Contributor, p, (c, r) => c.ListAsync(r, "bieu-III"));
        Assert.Equal([thread.Id], listed.Value!.Select(t => t.Id));
        Assert.Equal(1, (await AsAsync(p.Leader, p, (c, r) => c.CountsAsync(r))).Open);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Everyone_else_in_the_thread_and_the_parts_assignee_are_told_of_a_comment_but_not_its_author(bool postgres)
    {
        var p = await StartAsync(postgres);
        await AssignAsync(p, "muc-II.2", p.Contributor);
        var thread = (await AsAsync(p.Leader, p, (c, r) => c.OpenAsync(r, "II.2#ton-tai", "Cần nêu nguyên nhân chậm số hóa hồ sơ."))).Value!;

        Assert.Equal(["Đỗ Văn Nam"], (await CommentNoticesAsync()).Select(n => n.User));
        var first = (await CommentNoticesAsync())[0];
        Assert.Equal("Trần Văn Minh góp ý về Mục II.2. Cải cách thủ tục hành chính (TTHC) — Tồn tại, hạn chế, nguyên nhân — báo cáo quý I năm 2024 của Xã Ba Sao: «Cần nêu nguyên nhân chậm số hóa hồ sơ.»", first.Text);
        Assert.Equal($"/Reports/Comments/{p.RequestId}/{BaSao}?target=II.2%23ton-tai#y-{thread.Id}", first.Url);

        await AsAsync(p.Compiler, p, (c, r) => c.AnswerAsync(r, thread.Id, "Đã bổ sung."));
        Assert.Equal(["Trần Văn Minh", "Đỗ Văn Nam"], await ToldAsync(1));
        await AsAsync(p.Contributor, p, (c, r) => c.AnswerAsync(r, thread.Id, "Tôi sẽ sửa lại đoạn này."));
        Assert.Equal(["Nguyễn Thị Hoa", "Trần Văn Minh"], await ToldAsync(3));
        // The reviewer, who has not written in it, is told nothing.
        Assert.DoesNotContain("Lê Thu Hà", await ToldAsync(0));
    }

    [Fact]
    public async Task A_return_opens_a_thread_per_returned_part_with_its_reason_by_the_reviewer_and_tells_its_assignee()
    {
        var p = await StartAsync();
        await AssignAsync(p, "bieu-III", p.Contributor);
        await _world.SendUpAsync(p.Compiler, p.Leader, p.RequestId, BaSao);

        var refused = await _world.MoveAsync(p.Reviewer, p.RequestId, BaSao, ReportTransition.Return, reasons: new Dictionary<string, string> { ["bieu-III"] = " " });
        Assert.Equal(Outcome.Refused, refused.Outcome);
        Assert.Equal(0, await ThreadCountAsync());

        var returned = await _world.MoveAsync(p.Reviewer, p.RequestId, BaSao, ReportTransition.Return, "Đề nghị xã rà soát lại.", new Dictionary<string, string>
        {
            ["bieu-III"] = "Số hồ sơ đúng hạn chưa khớp với phần mềm một cửa.",
            ["muc-II.2"] = "Thiếu kết quả số hóa hồ sơ.",
            ["muc-V"] = "",
        });

        Assert.Equal(ReportStatus.Returned, returned.Value);
        var threads = (await AsAsync(p.Compiler, p, (c, r) => c.ListAsync(r))).Value!;
        Assert.Equal([("muc-II.2", "Thiếu kết quả số hóa hồ sơ."), ("bieu-III", "Số hồ sơ đúng hạn chưa khớp với phần mềm một cửa.")],
            threads.Select(t => (t.Target.Key, t.Comments.Single().Text)).OrderBy(t => t.Key, StringComparer.Ordinal).Reverse());
        Assert.All(threads, t => Assert.Equal(("Lê Thu Hà", CommentTargetKind.Part, true), (t.Comments[0].FullName, t.Target.Kind, t.IsOpen)));
        // The assignee of form III hears of its thread; the compiler and the leader hear of the return itself.
        Assert.Equal(["Đỗ Văn Nam"], (await CommentNoticesAsync()).Select(n => n.User));
        Assert.Equal(2, (await AsAsync(p.Compiler, p, (c, r) => c.CountsAsync(r))).Open);

        // The unit answers where the part is, and the reviewer who returned it is told.
        var answer = await AsAsync(p.Contributor, p, (c, r) => c.AnswerAsync(r, threads.Single(t => t.Target.Key == "bieu-III").Id, "Đã đối chiếu và sửa số liệu."));
        Assert.True(answer.IsDone);
        Assert.Equal("Lê Thu Hà", (await CommentNoticesAsync())[^1].User);
    }

    [Fact]
    public async Task The_upper_level_may_not_discuss_a_draft_never_sent_and_a_foreign_district_may_not_open_the_report()
    {
        var p = await StartAsync();
        var elsewhere = await _world.UserAsync(OtherDistrict, Role.Reviewer);
        var sibling = await _world.UserAsync(TanSon, Role.Compiler);
        var thread = (await AsAsync(p.Compiler, p, (c, r) => c.OpenAsync(r, "bieu-III", "Ai nhập biểu III?"))).Value!;

        // The district sees no draft: the report it can open shows nothing sent, and it has no say on it.
        var list = await AsAsync(p.Reviewer, p, (c, r) => c.ListAsync(r));
        var open = await AsAsync(p.Reviewer, p, (c, r) => c.OpenAsync(r, "bieu-III", "Góp ý trước."));
        var answer = await AsAsync(p.Reviewer, p, (c, r) => c.AnswerAsync(r, thread.Id, "Góp ý trước."));
        var resolve = await AsAsync(p.Reviewer, p, (c, r) => c.ResolveAsync(r, thread.Id, true));
        Assert.All([list.Outcome, open.Outcome, answer.Outcome, resolve.Outcome], o => Assert.Equal(Outcome.Forbidden, o));
        Assert.Equal(CommentMessages.NeverSent, open.Messages.Single());
        Assert.Equal(ReportComments.Counts.None, await AsAsync(p.Reviewer, p, (c, r) => c.CountsAsync(r)));

        // Another district's reviewer and a neighbouring commune's compiler are refused the report itself.
        await using (var db = _world.Open())
        {
            Assert.Equal(Outcome.Forbidden, (await ReportContext.LoadAsync(db, _world.Clock, elsewhere, p.RequestId, BaSao, default)).Outcome);
            Assert.Equal(Outcome.Forbidden, (await ReportContext.LoadAsync(db, _world.Clock, sibling, p.RequestId, BaSao, default)).Outcome);
        }
        Assert.Equal(1, await ThreadCountAsync());

        // Once sent, and while the unit edits it again after a return, the district discusses it.
        await _world.SendUpAsync(p.Compiler, p.Leader, p.RequestId, BaSao);
        await _world.MovedAsync(p.Reviewer, p.RequestId, BaSao, ReportTransition.Return, "Sửa biểu III.");
        var now = await AsAsync(p.Reviewer, p, (c, r) => c.AnswerAsync(r, thread.Id, "Biểu III do cán bộ chuyên môn nhập."));
        Assert.True(now.IsDone, string.Join(" ", now.Messages));
    }

    [Fact]
    public async Task An_empty_comment_an_unknown_target_and_another_reports_thread_are_refused_and_a_long_one_is_cut_to_fit()
    {
        var p = await StartAsync();
        var other = await _world.RequestAsync(OtherDistrict, CommuneTemplate);
        var thanhHa = await _world.UserAsync(ThanhHa, Role.Compiler);
        int foreign;
        await using (var db = _world.Open())
        {
            var report = await _world.LoadAsync(db, thanhHa, other, ThanhHa);
            foreign = (await new ReportComments(db, _world.Clock).OpenAsync(report, "bieu-III", "Biểu của Thanh Hà.")).Value!.Id;
        }

        var empty = await AsAsync(p.Compiler, p, (c, r) => c.OpenAsync(r, "bieu-III", " \u202E\r\n "));
        Assert.Equal((Outcome.Refused, CommentMessages.Empty), (empty.Outcome, empty.Messages.Single()));
        var unknown = await AsAsync(p.Compiler, p, (c, r) => c.OpenAsync(r, "IX/1.1", "Chỉ tiêu không có."));
        Assert.Equal((Outcome.NotFound, CommentMessages.UnknownTarget("IX/1.1")), (unknown.Outcome, unknown.Messages.Single()));
        Assert.Equal(Outcome.NotFound, (await AsAsync(p.Compiler, p, (c, r) => c.OpenAsync(r, "II.2#khong-co", "Đoạn không có."))).Outcome);
        Assert.Equal(1, await ThreadCountAsync());

        var long_ = await AsAsync(p.Compiler, p, (c, r) => c.OpenAsync(r, "muc-II.2", new string('a', ReportComments.MaxText + 50)));
        Assert.Equal(ReportComments.MaxText, long_.Value!.Comments[0].Text.Length);
        // Thanh Hà's thread is no thread of Ba Sao's report.
        var stranger = await AsAsync(p.Compiler, p, (c, r) => c.AnswerAsync(r, foreign, "Trả lời nhầm báo cáo."));
        Assert.Equal(Outcome.NotFound, stranger.Outcome);
    }
}
