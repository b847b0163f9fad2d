using Microsoft.EntityFrameworkCore;
using ParReport.Application.Reports;
using ParReport.Domain.Access;
using ParReport.Domain.Entry;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using ParReport.Domain.Workflow;
using ParReport.Domain.Writing;
using static ParReport.Application.Tests.WorkflowWorld;

namespace ParReport.Application.Tests.Reports;

/// <summary>Every write a unit's officials make to their report, and the lock that refuses them all once the report has left their hands.</summary>
public sealed class ReportEntryTest(PostgresDatabase postgresDatabase) : IAsyncLifetime, IClassFixture<PostgresDatabase>
{
    private static readonly ReportTemplate Template = TemplateCatalog.BuiltIn.Get(CommuneTemplate);
    private static readonly IReadOnlyDictionary<string, string> NoReasons = new Dictionary<string, string>();
    private WorkflowWorld _world = null!;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_world is not null) await _world.DisposeAsync();
    }

    private sealed record People(Actor Compiler, Actor Contributor, Actor Leader, Actor Reviewer, int RequestId);

    private async Task<People> StartAsync(bool postgres)
    {
        _world = await WorkflowWorld.CreateAsync(postgres, postgresDatabase);
        var people = new People(
            await _world.UserAsync(BaSao, Role.Compiler, fullName: "Nguyễn Thị Hoa"),
            await _world.UserAsync(BaSao, Role.Contributor, fullName: "Đỗ Văn Nam"),
            await _world.UserAsync(BaSao, Role.Leader, fullName: "Trần Văn Minh"),
            await _world.UserAsync(District, Role.Reviewer, fullName: "Lê Thu Hà"),
            await _world.RequestAsync(District, CommuneTemplate));
        await _world.ImportDossiersAsync(BaSao, 3);
        await _world.FillAsync(people.Compiler, people.RequestId, BaSao);
        await _world.SetDocumentAsync(people.Compiler, people.RequestId, BaSao, "15/BC-UBND", new DateOnly(2024, 3, 12));
        return people;
    }

    private static ReportPart Part(string key) => ReportPart.Find(Template, key)!;

    private static (Outcome, IReadOnlyList<string>) Of<T>(Result<T> result) => (result.Outcome, result.Messages);

    // The sentence written from the dossiers resolved, reworded with the same numbers in the same order.
    private static StatisticalSentence Sentence(ReportContext report) => StatisticalText.For(report.Template, report.Report).Single(s => s.Key == "II.2:ho-so");

    private static string Reworded(StatisticalSentence sentence) => "Trong kỳ, UBND xã " + char.ToLowerInvariant(sentence.Generated[0]) + sentence.Generated[1..];

    private sealed record Write(string Name, Func<ReportEntry, ReportContext, Task<(Outcome Outcome, IReadOnlyList<string> Messages)>> Run);

    private static IReadOnlyList<Write> Writes(People p) =>
    [
        new("values", async (e, r) => Of(await e.SaveValuesAsync(r, Part("bieu-III"), [("III/3.1.1", IndicatorValue.Of(120), IndicatorValue.Of(121))], NoReasons))),
        new("narrative", async (e, r) => Of(await e.SaveNarrativesAsync(r, Part("muc-II.2"), [("II.2", Narrative("II.2", BaSao), "Đã rà soát 12 TTHC, đề nghị bãi bỏ 2 TTHC.")]))),
        new("rewording", async (e, r) => Of(await e.RewordAsync(r, Sentence(r).Key, Reworded(Sentence(r)), null))),
        new("dossier figures", async (e, r) => Of(await e.ApplyDossiersAsync(r, Part("bieu-III"), new HashSet<string> { "III/3.1.2" }))),
        new("part status", async (e, r) => Of(await e.SetPartStatusAsync(r, Part("bieu-III"), PartStatus.InProgress))),
        new("assignment", async (e, r) => Of(await e.AssignAsync(r, Part("bieu-III"), p.Contributor.Access.UserId, new DateOnly(2024, 3, 18)))),
        new("document", async (e, r) => Of(await e.SetDocumentAsync(r, "99/BC-UBND", new DateOnly(2024, 3, 19), "Trần Văn Minh"))),
    ];

    /// <summary>Sent to the leader at 06:30 on 13/03 in Vietnam (still the 12th in UTC), signed off a day later, accepted a day after that.</summary>
    private async Task MoveToAsync(People p, ReportStatus state)
    {
        _world.Clock.SetUtcNow(new DateTimeOffset(2024, 3, 12, 23, 30, 0, TimeSpan.Zero));
        await _world.MovedAsync(p.Compiler, p.RequestId, BaSao, ReportTransition.SendToLeader);
        if (state == ReportStatus.AwaitingSignOff) return;
        _world.Clock.Advance(TimeSpan.FromDays(1));
        await _world.MovedAsync(p.Leader, p.RequestId, BaSao, ReportTransition.SignOff);
        if (state == ReportStatus.Sent) return;
        _world.Clock.Advance(TimeSpan.FromDays(1));
        await _world.MovedAsync(p.Reviewer, p.RequestId, BaSao, ReportTransition.Accept);
    }

    [Theory]
    [InlineData(ReportStatus.AwaitingSignOff, false, "Báo cáo đã gửi lãnh đạo ký ngày 13/03/2024; chỉ cán bộ tổng hợp hoặc lãnh đạo Xã Ba Sao có thể rút lại để sửa.")]
    [InlineData(ReportStatus.AwaitingSignOff, true, "Báo cáo đã gửi lãnh đạo ký ngày 13/03/2024; chỉ cán bộ tổng hợp hoặc lãnh đạo Xã Ba Sao có thể rút lại để sửa.")]
    [InlineData(ReportStatus.Sent, false, "Báo cáo đã gửi cấp trên ngày 14/03/2024; chỉ cán bộ Huyện Kim Bảng có thể trả lại để sửa.")]
    [InlineData(ReportStatus.Sent, true, "Báo cáo đã gửi cấp trên ngày 14/03/2024; chỉ cán bộ Huyện Kim Bảng có thể trả lại để sửa.")]
    [InlineData(ReportStatus.Accepted, false, "Báo cáo đã được Huyện Kim Bảng tiếp nhận ngày 15/03/2024; chỉ cán bộ Huyện Kim Bảng có thể mở lại để sửa.")]
    [InlineData(ReportStatus.Accepted, true, "Báo cáo đã được Huyện Kim Bảng tiếp nhận ngày 15/03/2024; chỉ cán bộ Huyện Kim Bảng có thể mở lại để sửa.")]
    public async Task Every_write_to_a_locked_report_is_refused_saying_since_when_and_who_can_unlock_it_and_nothing_changes(ReportStatus state, bool postgres, string why)
    {
        var p = await StartAsync(postgres);
        ReportContext stale;
        await using (var db = _world.Open())
            stale = await _world.LoadAsync(db, p.Compiler, p.RequestId, BaSao);
        await MoveToAsync(p, state);
        var reportId = stale.ReportId!.Value;
        var before = await _world.SnapshotAsync(reportId);
        ReportContext fresh;
        await using (var db = _world.Open())
            fresh = await _world.LoadAsync(db, p.Compiler, p.RequestId, BaSao);
        Assert.Equal(state, fresh.Status);

        // Opened now, the write is refused before it starts; opened before the report was locked, the store refuses it in the write's transaction.
        foreach (var write in Writes(p))
            foreach (var (report, opened) in new[] { (fresh, "opened now"), (stale, "opened while a draft") })
            {
                await using var db = _world.Open();
                var (outcome, messages) = await write.Run(new ReportEntry(db, _world.Clock), report);
                Assert.True(outcome == Outcome.Refused && messages.SequenceEqual([why]), $"{write.Name}, {opened}: {outcome} «{string.Join(" ", messages)}»");
            }
        // Nor can the leader number the document once it is waiting for them or gone.
        await using (var db = _world.Open())
        {
            var leaders = await _world.LoadAsync(db, p.Leader, p.RequestId, BaSao);
            var numbered = await new ReportEntry(db, _world.Clock).SetDocumentAsync(leaders, "16/BC-UBND", new DateOnly(2024, 3, 13), null);
            Assert.Equal((Outcome.Refused, why), (numbered.Outcome, Assert.Single(numbered.Messages)));
        }

        Assert.Equal(before, await _world.SnapshotAsync(reportId));
        Assert.Empty(await _world.NoticesAsync("assign:"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task After_a_return_the_same_writes_succeed_again(bool postgres)
    {
        var p = await StartAsync(postgres);
        await MoveToAsync(p, ReportStatus.Sent);
        await _world.MovedAsync(p.Reviewer, p.RequestId, BaSao, ReportTransition.Return, comment: "Đề nghị cập nhật số liệu hồ sơ từ phần mềm một cửa.");

        foreach (var write in Writes(p))
        {
            await using var db = _world.Open();
            var report = await _world.LoadAsync(db, p.Compiler, p.RequestId, BaSao);
            var (outcome, messages) = await write.Run(new ReportEntry(db, _world.Clock), report);
            Assert.True(outcome == Outcome.Done, $"{write.Name}: {outcome} «{string.Join(" ", messages)}»");
        }

        await using var read = _world.Open();
        var stored = await read.Reports.AsNoTracking().Include(r => r.Values).Include(r => r.Narratives).SingleAsync(r => r.RequestId == p.RequestId);
        Assert.Equal(ReportStatus.Returned, (ReportStatus)stored.Status);
        var values = stored.Values.ToDictionary(v => v.Key);
        Assert.Equal((121m, null), (values["III/3.1.1"].Number, values["III/3.1.1"].Source));
        // The dossiers' three on time replace the typed 118, marked with their source.
        Assert.Equal(3m, values["III/3.1.2"].Number);
        Assert.StartsWith("Hồ sơ TTHC: tệp mot-cua.xlsx", values["III/3.1.2"].Source);
        var narratives = stored.Narratives.ToDictionary(n => n.OutlineCode, n => n.Text);
        Assert.Equal("Đã rà soát 12 TTHC, đề nghị bãi bỏ 2 TTHC.", narratives["II.2"]);
        Assert.StartsWith("Trong kỳ, UBND xã đã giải quyết 121 hồ sơ", narratives["II.2:ho-so"]);
        var part = await read.Assignments.AsNoTracking().SingleAsync(a => a.ReportId == stored.Id && a.PartKey == "bieu-III");
        Assert.Equal((p.Contributor.Access.UserId, new DateOnly(2024, 3, 18), (int)PartStatus.InProgress), (part.AssigneeId, part.Deadline, part.Status));
        Assert.Equal(("99/BC-UBND", new DateOnly(2024, 3, 19), "Trần Văn Minh"), (stored.DocumentNumber, stored.DocumentDate, stored.SignerName));
        var trail = await read.Audit.AsNoTracking().Where(a => a.ReportId == stored.Id && a.Key == "III/3.1.1").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(("120", "121", p.Compiler.UserName), (trail[^1].Old, trail[^1].New, trail[^1].UserName));
        Assert.Single(await _world.NoticesAsync("assign:"), n => n.UserId == p.Contributor.Access.UserId);
    }

    [Fact]
    public async Task Only_the_compiler_and_the_assignee_of_a_part_write_it()
    {
        var p = await StartAsync(postgres: false);
        async Task<Outcome> SaveAsync(Actor actor)
        {
            await using var db = _world.Open();
            var report = await _world.LoadAsync(db, actor, p.RequestId, BaSao);
            return (await new ReportEntry(db, _world.Clock).SaveNarrativesAsync(report, Part("muc-II.2"),
                [("II.2", report.Report.Narratives["II.2"], $"Viết bởi {actor.FullName}.")])).Outcome;
        }

        Assert.Equal(Outcome.Forbidden, await SaveAsync(p.Contributor));
        Assert.Equal(Outcome.Forbidden, await SaveAsync(p.Leader));
        await using (var db = _world.Open())
        {
            var report = await _world.LoadAsync(db, p.Compiler, p.RequestId, BaSao);
            Assert.True((await new ReportEntry(db, _world.Clock).AssignAsync(report, Part("muc-II.2"), p.Contributor.Access.UserId, null)).IsDone);
        }
        Assert.Equal(Outcome.Done, await SaveAsync(p.Contributor));

        await using var read = _world.Open();
        Assert.Equal("Viết bởi Đỗ Văn Nam.", await read.Narratives.Where(n => n.OutlineCode == "II.2").Select(n => n.Text).SingleAsync());
    }
}
