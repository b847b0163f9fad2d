using System.Data.Common;
using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ParReport.Application.Reports;
using ParReport.Documents;
using ParReport.Domain.Access;
using ParReport.Domain.Entry;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using ParReport.Domain.Workflow;
using ParReport.Storage;
using static ParReport.Application.Tests.WorkflowWorld;

namespace ParReport.Application.Tests.Reports;

/// <summary>Every step of a commune's report to its district, end to end on each database.</summary>
public sealed class MoveReportTest(PostgresDatabase postgresDatabase) : IAsyncLifetime, IClassFixture<PostgresDatabase>
{
    private static readonly ReportTemplate Template = TemplateCatalog.BuiltIn.Get(CommuneTemplate);
    private WorkflowWorld _world = null!;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_world is not null) await _world.DisposeAsync();
    }

    private sealed record People(Actor Compiler, Actor Contributor, Actor Leader, Actor Reviewer, Actor OtherReviewer, int RequestId);

    private async Task<People> StartAsync(bool postgres)
    {
        _world = await WorkflowWorld.CreateAsync(postgres, postgresDatabase);
        return new People(
            await _world.UserAsync(BaSao, Role.Compiler, fullName: "Nguyễn Thị Hoa"),
            await _world.UserAsync(BaSao, Role.Contributor),
            await _world.UserAsync(BaSao, Role.Leader, fullName: "Trần Văn Minh"),
            await _world.UserAsync(District, Role.Reviewer, fullName: "Lê Thu Hà"),
            await _world.UserAsync(District, Role.Reviewer, fullName: "Phạm Quang Huy"),
            await _world.RequestAsync(District, CommuneTemplate));
    }

    private Task<Result<ReportStatus>> MoveAsync(Actor actor, People p, ReportTransition transition, string? comment = null, IReadOnlyDictionary<string, string>? reasons = null) =>
        _world.MoveAsync(actor, p.RequestId, BaSao, transition, comment, reasons);

    private async Task<ReportStatus> StatusAsync(People p) => (ReportStatus)(await _world.ReportAsync(p.RequestId, BaSao)).Status;

    private DateOnly Today() => VietnamTime.Day(_world.Clock.GetUtcNow());

    private async Task<IReadOnlyList<string>> StepsAsync(People p) => (await _world.EventsAsync(p.RequestId, BaSao)).Select(e => $"{e.Transition} {e.UserName}").ToList();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Sending_to_the_leader_is_refused_while_a_part_is_not_done_and_the_refusal_lists_those_parts(bool postgres)
    {
        var p = await StartAsync(postgres);
        await _world.FillAsync(p.Compiler, p.RequestId, BaSao, leaveUnfinished: ["muc-V", "bieu-III"]);

        var refused = await MoveAsync(p.Compiler, p, ReportTransition.SendToLeader);

        Assert.Equal(Outcome.Refused, refused.Outcome);
        Assert.Equal(["Còn 2 phần chưa xong: Mục V. Kiến nghị, đề xuất; Biểu III. Cải cách TTHC."], refused.Messages);
        Assert.Equal(ReportStatus.Draft, await StatusAsync(p));
        Assert.Empty(await StepsAsync(p));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_return_with_the_longest_reasons_is_kept_whole_and_its_notice_is_shortened_to_fit(bool postgres)
    {
        var p = await StartAsync(postgres);
        await _world.SendUpAsync(p.Compiler, p.Leader, p.RequestId, BaSao);
        var comment = string.Concat(Enumerable.Repeat("Số liệu biểu III chưa khớp với hồ sơ TTHC. ", 60))[..MoveReport.MaxComment].TrimEnd();

        var returned = await MoveAsync(p.Reviewer, p, ReportTransition.Return, comment, new Dictionary<string, string> { ["bieu-III"] = new string('x', ReportEntry.MaxReason) });

        Assert.Equal(ReportStatus.Returned, returned.Value);
        Assert.Equal(comment, (await _world.EventsAsync(p.RequestId, BaSao))[^1].Comment);
        var notices = await _world.NoticesAsync($"move:{p.RequestId}:{BaSao}:{ReportTransition.Return}:");
        Assert.NotEmpty(notices);
        Assert.All(notices, n => Assert.True(n.Text.Length <= NoticeStore.MaxText, $"{n.Text.Length} characters"));
    }

    [Fact]
    public async Task Sending_to_the_leader_what_a_colleague_has_changed_since_it_was_read_is_a_conflict_and_nothing_moves()
    {
        var p = await StartAsync(postgres: false);
        await _world.FillAsync(p.Compiler, p.RequestId, BaSao);
        await using var db = _world.Open();
        var seen = await _world.LoadAsync(db, p.Compiler, p.RequestId, BaSao);
        // Meanwhile the compiler's colleague puts a part back in progress.
        await using (var other = _world.Open())
        {
            var fresh = await _world.LoadAsync(other, p.Compiler, p.RequestId, BaSao);
            Assert.True((await new ReportEntry(other, _world.Clock).SetPartStatusAsync(fresh, ReportPart.Of(Template)[0], PartStatus.InProgress)).IsDone);
        }

        var moved = await new MoveReport(db, _world.Clock).RunAsync(seen, ReportTransition.SendToLeader, null);

        Assert.Equal((Outcome.Conflict, WorkflowMessages.Moved), (moved.Outcome, Assert.Single(moved.Messages)));
        Assert.Equal(ReportStatus.Draft, await StatusAsync(p));
        Assert.Empty(await StepsAsync(p));
    }

    [Fact]
    public async Task Sending_an_untouched_report_to_the_leader_is_refused_and_creates_nothing()
    {
        var p = await StartAsync(postgres: false);

        var refused = await MoveAsync(p.Compiler, p, ReportTransition.SendToLeader);

        Assert.Equal(Outcome.Refused, refused.Outcome);
        Assert.StartsWith($"Còn {ReportPart.Of(Template).Count} phần chưa xong: Mục I. ", Assert.Single(refused.Messages));
        await using var db = _world.Open();
        Assert.False(await db.Reports.AnyAsync());
    }

    [Fact]
    public async Task Sending_to_the_leader_is_refused_while_values_are_inconsistent()
    {
        var p = await StartAsync(postgres: false);
        await _world.FillAsync(p.Compiler, p.RequestId, BaSao);
        await using (var db = _world.Open())
        {
            // More dossiers on time (130) than resolved (120).
            var report = await _world.LoadAsync(db, p.Compiler, p.RequestId, BaSao);
            var saved = await new ReportEntry(db, _world.Clock).SaveValuesAsync(report, ReportPart.Find(Template, "bieu-III")!,
                [("III/3.1.2", IndicatorValue.Of(118), IndicatorValue.Of(130))], new Dictionary<string, string>());
            Assert.True(saved.IsDone);
        }

        var refused = await MoveAsync(p.Compiler, p, ReportTransition.SendToLeader);

        Assert.Equal(Outcome.Refused, refused.Outcome);
        Assert.Contains("Còn 1 lỗi số liệu cần sửa trước khi gửi lãnh đạo ký.", refused.Messages);
        Assert.Equal(ReportStatus.Draft, await StatusAsync(p));
        Assert.Empty(await StepsAsync(p));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Only_the_compiler_sends_to_the_leader_the_contributor_and_the_leader_are_forbidden(bool postgres)
    {
        var p = await StartAsync(postgres);
        await _world.FillAsync(p.Compiler, p.RequestId, BaSao);

        foreach (var actor in new[] { p.Contributor, p.Leader })
        {
            var forbidden = await MoveAsync(actor, p, ReportTransition.SendToLeader);
            Assert.Equal((Outcome.Forbidden, WorkflowMessages.NotAllowed), (forbidden.Outcome, Assert.Single(forbidden.Messages)));
        }
        Assert.Equal(ReportStatus.Draft, await StatusAsync(p));
        Assert.Empty(await StepsAsync(p));

        Assert.True((await MoveAsync(p.Compiler, p, ReportTransition.SendToLeader)).IsDone);
        Assert.Equal(ReportStatus.AwaitingSignOff, await StatusAsync(p));
        Assert.Equal([$"SendToLeader {p.Compiler.UserName}"], await StepsAsync(p));
    }

    [Fact]
    public async Task The_compiler_calls_back_a_report_waiting_for_sign_off_and_the_step_is_kept_with_who_and_when()
    {
        var p = await StartAsync(postgres: false);
        await _world.FillAsync(p.Compiler, p.RequestId, BaSao);
        await _world.MovedAsync(p.Compiler, p.RequestId, BaSao, ReportTransition.SendToLeader);
        _world.Clock.Advance(TimeSpan.FromHours(2));

        var called = await MoveAsync(p.Compiler, p, ReportTransition.CallBack, comment: "  Bổ sung số liệu biểu III  ");

        Assert.Equal(ReportStatus.Draft, called.Value);
        var report = await _world.ReportAsync(p.RequestId, BaSao);
        Assert.Equal((ReportStatus.Draft, _world.Clock.GetUtcNow()), ((ReportStatus)report.Status, report.StatusSince));
        var back = (await _world.EventsAsync(p.RequestId, BaSao))[^1];
        Assert.Equal(("CallBack", ReportStatus.AwaitingSignOff, ReportStatus.Draft, p.Compiler.UserName, "Nguyễn Thị Hoa", "Bổ sung số liệu biểu III"),
            (back.Transition, (ReportStatus)back.FromStatus, (ReportStatus)back.ToStatus, back.UserName, back.FullName, back.Comment));
        Assert.Equal(_world.Clock.GetUtcNow(), back.At);
        Assert.Null(back.Version);
    }

    [Fact]
    public async Task A_leader_may_send_a_report_back_to_edit_but_not_a_contributor()
    {
        var p = await StartAsync(postgres: false);
        await _world.FillAsync(p.Compiler, p.RequestId, BaSao);
        await _world.MovedAsync(p.Compiler, p.RequestId, BaSao, ReportTransition.SendToLeader);

        Assert.Equal(Outcome.Forbidden, (await MoveAsync(p.Contributor, p, ReportTransition.CallBack)).Outcome);
        Assert.True((await MoveAsync(p.Leader, p, ReportTransition.CallBack)).IsDone);
        Assert.Equal(ReportStatus.Draft, await StatusAsync(p));
    }

    [Fact]
    public async Task The_leader_gives_the_documents_number_and_date_while_signing_off_and_they_are_fixed_with_the_version()
    {
        var p = await StartAsync(false);
        await _world.FillAsync(p.Compiler, p.RequestId, BaSao);
        await _world.MovedAsync(p.Compiler, p.RequestId, BaSao, ReportTransition.SendToLeader);

        var signed = await _world.MoveAsync(p.Leader, p.RequestId, BaSao, ReportTransition.SignOff, number: " 21/BC-UBND ", date: new DateOnly(2024, 3, 19));

        Assert.Equal(ReportStatus.Sent, signed.Value);
        var report = await _world.ReportAsync(p.RequestId, BaSao);
        Assert.Equal(("21/BC-UBND", new DateOnly(2024, 3, 19)), (report.DocumentNumber, report.DocumentDate));
        await using var db = _world.Open();
        var version = await db.ReportVersions.AsNoTracking().SingleAsync(v => v.ReportId == report.Id);
        Assert.Equal(("21/BC-UBND", new DateOnly(2024, 3, 19)), (version.DocumentNumber, version.DocumentDate));
        using var zip = new ZipArchive(new MemoryStream(version.Docx));
        Assert.Contains("21/BC-UBND", new StreamReader(zip.GetEntry("word/document.xml")!.Open()).ReadToEnd());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Signing_off_is_refused_without_the_documents_number_and_date_then_the_leader_signs_a_version_kept_whole(bool postgres)
    {
        var p = await StartAsync(postgres);
        await _world.FillAsync(p.Compiler, p.RequestId, BaSao);
        await _world.MovedAsync(p.Compiler, p.RequestId, BaSao, ReportTransition.SendToLeader);

        var refused = await MoveAsync(p.Leader, p, ReportTransition.SignOff);
        Assert.Equal((Outcome.Refused, WorkflowMessages.DocumentMissing), (refused.Outcome, Assert.Single(refused.Messages)));
        Assert.Equal(ReportStatus.AwaitingSignOff, await StatusAsync(p));
        Assert.Equal(Outcome.Forbidden, (await MoveAsync(p.Compiler, p, ReportTransition.SignOff)).Outcome);

        // The document is numbered while the report can be edited: called back, numbered, sent again.
        await _world.MovedAsync(p.Leader, p.RequestId, BaSao, ReportTransition.CallBack);
        await _world.SetDocumentAsync(p.Compiler, p.RequestId, BaSao, "15/BC-UBND", new DateOnly(2024, 3, 18));
        await _world.MovedAsync(p.Compiler, p.RequestId, BaSao, ReportTransition.SendToLeader);
        _world.Clock.Advance(TimeSpan.FromHours(1));
        var signed = await MoveAsync(p.Leader, p, ReportTransition.SignOff);

        Assert.Equal(ReportStatus.Sent, signed.Value);
        var report = await _world.ReportAsync(p.RequestId, BaSao);
        Assert.Equal((ReportStatus.Sent, _world.Clock.GetUtcNow()), ((ReportStatus)report.Status, report.StatusSince));
        await using var db = _world.Open();
        var version = await db.ReportVersions.AsNoTracking().SingleAsync(v => v.ReportId == report.Id);
        Assert.Equal((1, "15/BC-UBND", new DateOnly(2024, 3, 18), "Trần Văn Minh", "Trần Văn Minh", _world.Clock.GetUtcNow()),
            (version.Number, version.DocumentNumber, version.DocumentDate, version.SignerName, version.SentBy, version.SentAt));
        Assert.Equal(1, (await _world.EventsAsync(p.RequestId, BaSao))[^1].Version);

        // The document is the one signed: a DOCX (a zip) carrying the number, without the draft mark.
        Assert.Equal("PK"u8.ToArray(), version.Docx[..2]);
        using var zip = new ZipArchive(new MemoryStream(version.Docx));
        var xml = string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
        Assert.Contains("word/document.xml", zip.Entries.Select(e => e.FullName));
        Assert.Contains("15/BC-UBND", xml);
        Assert.DoesNotContain(DraftMark.Word, xml);
        Assert.Equal(version.Docx, await new WorkflowStore(db, _world.Clock).DocxAsync(report.Id, 1));

        // Its values and narrative are the report's, whole.
        var live = (await new ReportStore(db).FindAsync(p.RequestId, BaSao))!;
        var kept = Assert.Single(await new WorkflowStore(db, _world.Clock).VersionsAsync(report.Id, live));
        Assert.Equal(live.Values.OrderBy(v => v.Key), kept.Report.Values.OrderBy(v => v.Key));
        Assert.Equal(live.Narratives.OrderBy(n => n.Key), kept.Report.Narratives.OrderBy(n => n.Key));
        Assert.Equal(Values(Template).Count, kept.Report.Values.Count);
        Assert.Equal(Narrative("II.2", BaSao), kept.Report.Narratives["II.2"]);
        Assert.Equal(
        [
            $"SendToLeader {p.Compiler.UserName}", $"CallBack {p.Leader.UserName}", $"SendToLeader {p.Compiler.UserName}", $"SignOff {p.Leader.UserName}",
        ], await StepsAsync(p));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_districts_reviewer_returns_a_report_with_a_reason_per_part_and_the_unit_reads_them(bool postgres)
    {
        var p = await StartAsync(postgres);
        await _world.SendUpAsync(p.Compiler, p.Leader, p.RequestId, BaSao);

        var returned = await MoveAsync(p.Reviewer, p, ReportTransition.Return, reasons: new Dictionary<string, string>
        {
            ["bieu-III"] = "Số hồ sơ đúng hạn chưa khớp với phần mềm một cửa.",
            ["muc-II.2"] = "   ",
        });

        Assert.Equal(ReportStatus.Returned, returned.Value);
        Assert.Equal(ReportStatus.Returned, await StatusAsync(p));
        await using var db = _world.Open();
        var (comment, parts) = await new WorkflowStore(db, _world.Clock).LastReturnAsync((await _world.ReportAsync(p.RequestId, BaSao)).Id);
        Assert.Null(comment);
        Assert.Equal(new Dictionary<string, string> { ["bieu-III"] = "Số hồ sơ đúng hạn chưa khớp với phần mềm một cửa." }, parts);
        Assert.Equal($"Return {p.Reviewer.UserName}", (await StepsAsync(p))[^1]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_return_without_any_reason_is_refused_and_so_is_a_reviewer_of_another_district(bool postgres)
    {
        var p = await StartAsync(postgres);
        var elsewhere = await _world.UserAsync(OtherDistrict, Role.Reviewer);
        var province = await _world.UserAsync(Province, Role.Reviewer);
        await _world.SendUpAsync(p.Compiler, p.Leader, p.RequestId, BaSao);
        var before = await StepsAsync(p);

        var refused = await MoveAsync(p.Reviewer, p, ReportTransition.Return, comment: "  ", reasons: new Dictionary<string, string> { ["bieu-III"] = "" });
        Assert.Equal((Outcome.Refused, "Cần ghi lý do trả lại: chung cho cả báo cáo hoặc cho từng phần."), (refused.Outcome, Assert.Single(refused.Messages)));
        Assert.Equal(Outcome.NotFound, (await MoveAsync(p.Reviewer, p, ReportTransition.Return, reasons: new Dictionary<string, string> { ["bieu-IX"] = "Không có biểu này." })).Outcome);
        // The other district cannot even open it; the province reads it but does not review it.
        await using (var db = _world.Open())
            Assert.Equal(Outcome.Forbidden, (await ReportContext.LoadAsync(db, _world.Clock, elsewhere, p.RequestId, BaSao, default)).Outcome);
        Assert.Equal(Outcome.Forbidden, (await MoveAsync(province, p, ReportTransition.Return, comment: "Sai số liệu.")).Outcome);
        Assert.Equal(Outcome.Forbidden, (await MoveAsync(p.Compiler, p, ReportTransition.Accept)).Outcome);

        Assert.Equal(ReportStatus.Sent, await StatusAsync(p));
        Assert.Equal(before, await StepsAsync(p));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_accepted_report_is_reopened_only_with_a_reason(bool postgres)
    {
        var p = await StartAsync(postgres);
        await _world.SendUpAsync(p.Compiler, p.Leader, p.RequestId, BaSao);

        Assert.Equal(ReportStatus.Accepted, (await MoveAsync(p.Reviewer, p, ReportTransition.Accept)).Value);
        Assert.Equal(ReportStatus.Accepted, await StatusAsync(p));

        var refused = await MoveAsync(p.Reviewer, p, ReportTransition.Reopen);
        Assert.Equal((Outcome.Refused, "Cần ghi lý do mở lại báo cáo."), (refused.Outcome, Assert.Single(refused.Messages)));
        Assert.Equal(ReportStatus.Accepted, await StatusAsync(p));

        Assert.True((await MoveAsync(p.Reviewer, p, ReportTransition.Reopen, comment: "Tỉnh yêu cầu bổ sung số liệu dịch vụ công.")).IsDone);
        Assert.Equal(ReportStatus.Returned, await StatusAsync(p));
        await using var db = _world.Open();
        var (comment, parts) = await new WorkflowStore(db, _world.Clock).LastReturnAsync((await _world.ReportAsync(p.RequestId, BaSao)).Id);
        Assert.Equal("Tỉnh yêu cầu bổ sung số liệu dịch vụ công.", comment);
        Assert.Empty(parts);
        Assert.Equal([$"Accept {p.Reviewer.UserName}", $"Reopen {p.Reviewer.UserName}"], (await StepsAsync(p)).TakeLast(2));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_second_sign_off_is_version_two_and_the_diff_lists_exactly_the_changed_value_and_narrative(bool postgres)
    {
        var p = await StartAsync(postgres);
        await _world.SendUpAsync(p.Compiler, p.Leader, p.RequestId, BaSao, documentNumber: "15/BC-UBND");
        await _world.MovedAsync(p.Reviewer, p.RequestId, BaSao, ReportTransition.Return, comment: "Sửa số văn bản chỉ đạo và mục II.2.");
        _world.Clock.Advance(TimeSpan.FromDays(1));
        await using (var db = _world.Open())
        {
            var report = await _world.LoadAsync(db, p.Compiler, p.RequestId, BaSao);
            var entry = new ReportEntry(db, _world.Clock);
            Assert.True((await entry.SaveValuesAsync(report, ReportPart.Find(Template, "bieu-I")!, [("I/1", IndicatorValue.Of(4), IndicatorValue.Of(5))], new Dictionary<string, string>())).IsDone);
            Assert.True((await entry.SaveNarrativesAsync(report, ReportPart.Find(Template, "muc-II.2")!,
                [("II.2", Narrative("II.2", BaSao), "Đã giải quyết đúng hạn 118/120 hồ sơ; rà soát 12 TTHC.")])).IsDone);
        }
        // The district still sees what it was sent while the commune edits again.
        await using (var db = _world.Open())
        {
            var seen = await _world.LoadAsync(db, p.Reviewer, p.RequestId, BaSao);
            Assert.Equal((1, 4m), (seen.ShownVersion, seen.Report.Number("I/1")));
            Assert.Empty(seen.Assignments);
        }
        await _world.MarkDoneAsync(p.Compiler, p.RequestId, BaSao);
        await _world.SetDocumentAsync(p.Compiler, p.RequestId, BaSao, "17/BC-UBND", Today());
        await _world.MovedAsync(p.Compiler, p.RequestId, BaSao, ReportTransition.SendToLeader);
        await _world.MovedAsync(p.Leader, p.RequestId, BaSao, ReportTransition.SignOff);

        await using var read = _world.Open();
        var reportId = (await _world.ReportAsync(p.RequestId, BaSao)).Id;
        var shape = Report.Empty(BaSao, QuarterOne, CommuneTemplate);
        var versions = await new WorkflowStore(read, _world.Clock).VersionsAsync(reportId, shape);
        Assert.Equal([(1, "15/BC-UBND"), (2, "17/BC-UBND")], versions.Select(v => (v.Number, v.DocumentNumber)));
        Assert.Equal(2, (await _world.EventsAsync(p.RequestId, BaSao))[^1].Version);
        Assert.Equal(
        [
            new ReportChange(ReportChangeKind.Value, "I/1", $"Biểu I — 1. {Template.Get("I/1").Label}", "4", "5"),
            new ReportChange(ReportChangeKind.Narrative, "II.2", "Mục II.2. Cải cách thủ tục hành chính (TTHC)", Narrative("II.2", BaSao), "Đã giải quyết đúng hạn 118/120 hồ sơ; rà soát 12 TTHC."),
        ], ReportDiff.Between(Template, versions[0].Report, versions[1].Report));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Of_two_reviewers_acting_on_the_same_sent_report_the_second_gets_a_conflict_and_nothing_is_recorded_twice(bool postgres)
    {
        var p = await StartAsync(postgres);
        await _world.SendUpAsync(p.Compiler, p.Leader, p.RequestId, BaSao);
        await using var first = _world.Open();
        await using var second = _world.Open();
        var seenByFirst = await _world.LoadAsync(first, p.Reviewer, p.RequestId, BaSao);
        var seenBySecond = await _world.LoadAsync(second, p.OtherReviewer, p.RequestId, BaSao);

        var accepted = await new MoveReport(first, _world.Clock).RunAsync(seenByFirst, ReportTransition.Accept, null);
        var returned = await new MoveReport(second, _world.Clock).RunAsync(seenBySecond, ReportTransition.Return, "Thiếu số liệu biểu V.");

        Assert.True(accepted.IsDone);
        Assert.Equal((Outcome.Conflict, WorkflowMessages.Moved), (returned.Outcome, Assert.Single(returned.Messages)));
        Assert.Equal(ReportStatus.Accepted, await StatusAsync(p));
        var steps = await StepsAsync(p);
        Assert.Single(steps, s => s.StartsWith("Accept", StringComparison.Ordinal));
        Assert.DoesNotContain(steps, s => s.StartsWith("Return", StringComparison.Ordinal));
        // Nobody is told of a return that did not happen.
        Assert.DoesNotContain(await _world.NoticesAsync("move:"), n => n.Key.Contains(":Return:"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_sign_off_of_a_report_called_back_meanwhile_is_a_conflict_and_keeps_no_version(bool postgres)
    {
        var p = await StartAsync(postgres);
        await _world.FillAsync(p.Compiler, p.RequestId, BaSao);
        await _world.SetDocumentAsync(p.Compiler, p.RequestId, BaSao, "15/BC-UBND", new DateOnly(2024, 3, 12));
        await _world.MovedAsync(p.Compiler, p.RequestId, BaSao, ReportTransition.SendToLeader);
        await using var leaders = _world.Open();
        var seenByLeader = await _world.LoadAsync(leaders, p.Leader, p.RequestId, BaSao);
        await _world.MovedAsync(p.Compiler, p.RequestId, BaSao, ReportTransition.CallBack);

        var signed = await new MoveReport(leaders, _world.Clock).RunAsync(seenByLeader, ReportTransition.SignOff, null);

        Assert.Equal(Outcome.Conflict, signed.Outcome);
        Assert.Equal(ReportStatus.Draft, await StatusAsync(p));
        await using var db = _world.Open();
        Assert.False(await db.ReportVersions.AnyAsync());
        Assert.DoesNotContain(await StepsAsync(p), s => s.StartsWith("SignOff", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Of_two_leaders_signing_off_at_the_same_moment_one_signs_the_other_gets_a_conflict_and_one_version_is_kept(bool postgres)
    {
        var p = await StartAsync(postgres);
        var viceChairman = await _world.UserAsync(BaSao, Role.Leader, fullName: "Vũ Thị Lan");
        await _world.FillAsync(p.Compiler, p.RequestId, BaSao);
        await _world.SetDocumentAsync(p.Compiler, p.RequestId, BaSao, "15/BC-UBND", new DateOnly(2024, 3, 12));
        await _world.MovedAsync(p.Compiler, p.RequestId, BaSao, ReportTransition.SendToLeader);
        // Each sign-off waits at its state change until the other has got there too (or a second has passed: on
        // SQLite the second waits for the first's transaction before it starts).
        using var bothThere = new Barrier(2);
        var interceptor = new WaitBeforeStateChange(bothThere);

        async Task<Result<ReportStatus>> SignAsync(Actor leader)
        {
            await using var db = _world.Open(interceptor);
            return await new MoveReport(db, _world.Clock).RunAsync(await _world.LoadAsync(db, leader, p.RequestId, BaSao), ReportTransition.SignOff, null);
        }
        var results = await Task.WhenAll(Task.Run(() => SignAsync(p.Leader)), Task.Run(() => SignAsync(viceChairman)));

        Assert.Equal([Outcome.Done, Outcome.Conflict], results.Select(r => r.Outcome).Order());
        Assert.Equal(ReportStatus.Sent, await StatusAsync(p));
        await using var read = _world.Open();
        var version = await read.ReportVersions.AsNoTracking().SingleAsync();
        Assert.Equal(1, version.Number);
        var signOff = (await _world.EventsAsync(p.RequestId, BaSao)).Single(e => e.Transition == nameof(ReportTransition.SignOff));
        Assert.Equal((1, version.SentBy), (signOff.Version, signOff.FullName));
    }

    private sealed class WaitBeforeStateChange(Barrier barrier) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("UPDATE \"Reports\"", StringComparison.Ordinal) && command.CommandText.Contains("\"StatusSince\"", StringComparison.Ordinal))
                barrier.SignalAndWait(TimeSpan.FromSeconds(1), cancellationToken);
            return ValueTask.FromResult(result);
        }
    }
}
