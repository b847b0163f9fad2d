using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Access;
using ParReport.Domain.Entry;
using ParReport.Domain.Reports;
using ParReport.Domain.Workflow;
using ParReport.Storage;
using static ParReport.Application.Tests.WorkflowWorld;

namespace ParReport.Application.Tests.Storage;

/// <summary>
/// The lock as the store enforces it, below the use cases: here rather than in the storage tests because a report
/// is locked by the workflow's use cases.
/// </summary>
public sealed class EntryStoreTest(PostgresDatabase postgresDatabase) : IAsyncLifetime, IClassFixture<PostgresDatabase>
{
    private WorkflowWorld _world = null!;
    private Actor _compiler = null!;
    private Actor _leader = null!;
    private Actor _reviewer = null!;
    private int _requestId;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_world is not null) await _world.DisposeAsync();
    }

    private async Task<int> SentAsync(bool postgres)
    {
        _world = await WorkflowWorld.CreateAsync(postgres, postgresDatabase);
        _compiler = await _world.UserAsync(BaSao, Role.Compiler);
        _leader = await _world.UserAsync(BaSao, Role.Leader);
        _reviewer = await _world.UserAsync(District, Role.Reviewer);
        _requestId = await _world.RequestAsync(District, CommuneTemplate);
        await _world.SendUpAsync(_compiler, _leader, _requestId, BaSao);
        return (await _world.ReportAsync(_requestId, BaSao)).Id;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_write_of_the_store_to_a_sent_report_throws_saying_why_and_changes_nothing(bool postgres)
    {
        var reportId = await SentAsync(postgres);
        var before = await _world.SnapshotAsync(reportId);
        var why = "Báo cáo đã gửi cấp trên ngày 12/03/2024; chỉ cán bộ Huyện Kim Bảng có thể trả lại để sửa.";
        var writes = new (string Name, Func<EntryStore, ParReportDbContext, Task> Run)[]
        {
            ("values", (s, _) => s.SaveValuesAsync(reportId, "bieu-III", [("III/3.1.1", IndicatorValue.Of(120), IndicatorValue.Of(125))], "tonghop")),
            ("narrative", (s, _) => s.SaveNarrativesAsync(reportId, "muc-II.2", [("II.2", Narrative("II.2", BaSao), "Sửa sau khi gửi.")], "tonghop")),
            ("dossier figures", (s, _) => s.ApplyFiguresAsync(reportId, new Dictionary<string, decimal> { ["V/2.4.1"] = 40 }, "Hồ sơ TTHC", "tonghop")),
            ("part status", (s, _) => s.SetStatusAsync(reportId, "bieu-III", PartStatus.InProgress, "tonghop")),
            ("assignment", (s, _) => s.AssignAsync(reportId, "bieu-III", null, new DateOnly(2024, 3, 19), "tonghop")),
            ("document", (s, _) => s.SetDocumentAsync(reportId, "99/BC-UBND", new DateOnly(2024, 3, 19), null, "tonghop")),
            ("whole report", (_, db) => new ReportStore(db).SaveAsync(_requestId, Report.Empty(BaSao, QuarterOne, CommuneTemplate)
                with { Values = ImmutableDictionary<string, IndicatorValue>.Empty.Add("I/1", IndicatorValue.Of(9)) })),
        };

        foreach (var (name, run) in writes)
        {
            await using var db = _world.Open();
            var locked = await Assert.ThrowsAsync<ReportLockedException>(() => run(new EntryStore(db, _world.Clock), db));
            Assert.True(locked.Message == why, $"{name}: «{locked.Message}»");
        }
        Assert.Equal(before, await _world.SnapshotAsync(reportId));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Dossier_figures_flow_into_a_report_the_unit_may_edit_but_never_into_a_locked_one(bool postgres)
    {
        var reportId = await SentAsync(postgres);
        await _world.ImportDossiersAsync(BaSao, 5);
        var before = await _world.SnapshotAsync(reportId);

        await using (var db = _world.Open())
            Assert.Equal(0, await new EntryStore(db, _world.Clock).FlowDossiersAsync(BaSao, "tonghop"));
        Assert.Equal(before, await _world.SnapshotAsync(reportId));

        await _world.MovedAsync(_reviewer, _requestId, BaSao, ReportTransition.Return, comment: "Cập nhật số liệu hồ sơ.");
        await using (var db = _world.Open())
            // Received and received online go in; the resolved and on time the compiler typed are kept.
            Assert.Equal(2, await new EntryStore(db, _world.Clock).FlowDossiersAsync(BaSao, "tonghop"));
        await using var read = _world.Open();
        var values = await read.IndicatorValues.AsNoTracking().Where(v => v.ReportId == reportId).ToDictionaryAsync(v => v.Key);
        Assert.Equal((5m, 5m), (values["V/2.4.1"].Number, values["V/2.4.2"].Number));
        Assert.All(new[] { "V/2.4.1", "V/2.4.2" }, key => Assert.StartsWith("Hồ sơ TTHC: tệp mot-cua.xlsx", values[key].Source));
        Assert.Equal((120m, null), (values["III/3.1.1"].Number, values["III/3.1.1"].Source));
    }

    [Fact]
    public async Task Dossier_figures_stop_flowing_when_the_deadline_day_ends_in_Vietnam_whatever_the_servers_zone()
    {
        _world = await WorkflowWorld.CreateAsync();
        var requestId = await _world.RequestAsync(District, CommuneTemplate);
        foreach (var commune in new[] { BaSao, TanSon })
        {
            await _world.FillAsync(await _world.UserAsync(commune, Role.Compiler), requestId, commune);
            await _world.ImportDossiersAsync(commune, 5);
        }
        async Task<int> FlowAsync(string commune)
        {
            await using var db = _world.Open();
            return await new EntryStore(db, _world.Clock).FlowDossiersAsync(commune, "tonghop");
        }

        // 16:30 UTC on the deadline day is 23:30 in Vietnam: still the deadline day.
        _world.Clock.SetUtcNow(new DateTimeOffset(DeadlineDay.ToDateTime(new TimeOnly(16, 30)), TimeSpan.Zero));
        Assert.Equal(2, await FlowAsync(TanSon));
        // 18:30 UTC is 01:30 the next day in Vietnam: the deadline has passed, though the day has not ended in UTC.
        _world.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await FlowAsync(BaSao));

        await using var read = _world.Open();
        Assert.Equal([TanSon], await read.Reports.Where(r => r.Values.Any(v => v.Key == "V/2.4.1")).Select(r => r.Unit.Code).ToListAsync());
    }
}
