using Microsoft.EntityFrameworkCore;
using ParReport.Application.Reports;
using ParReport.Domain.Access;
using ParReport.Domain.Entry;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using ParReport.Domain.Workflow;
using ParReport.Storage;
using ParReport.Storage.Records;
using static ParReport.Application.Tests.WorkflowWorld;

namespace ParReport.Application.Tests.Reports;

/// <summary>
/// Officials acting on one report at the same moment, each on a connection of their own: every conflict is detected,
/// nothing is overwritten silently, every change has its audit record, and no step of the workflow is taken twice.
/// </summary>
public sealed class ConcurrencyTest(PostgresDatabase postgresDatabase) : IAsyncLifetime, IClassFixture<PostgresDatabase>
{
    private WorkflowWorld _world = null!;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_world is not null) await _world.DisposeAsync();
    }

    private async Task<(Actor Compiler, Actor Leader, int RequestId)> StartAsync(bool postgres)
    {
        _world = await WorkflowWorld.CreateAsync(postgres, postgresDatabase);
        return (await _world.UserAsync(BaSao, Role.Compiler), await _world.UserAsync(BaSao, Role.Leader), await _world.RequestAsync(District, CommuneTemplate));
    }

    /// <summary>Officials, each with their own name for the audit trail, sharing the compiler's right to write every part.</summary>
    private async Task<Actor[]> EditorsAsync(int count)
    {
        var editors = new Actor[count];
        for (var i = 0; i < count; i++) editors[i] = await _world.UserAsync(BaSao, Role.Compiler, fullName: $"Cán bộ {i + 1}");
        return editors;
    }

    private async Task<Result<SaveOutcome<IndicatorValue>>> SaveAsync(Actor editor, int requestId, string key, decimal? original, decimal mine)
    {
        await using var db = _world.Open();
        var report = await _world.LoadAsync(db, editor, requestId, BaSao);
        var part = ReportPart.Find(report.Template, ReportPart.KeyOfIndicator(key))!;
        return await new ReportEntry(db, _world.Clock).SaveValuesAsync(report, part,
            [(key, original is { } o ? IndicatorValue.Of(o) : null, IndicatorValue.Of(mine))], new Dictionary<string, string>());
    }

    private async Task<List<AuditRecord>> AuditAsync(string key)
    {
        await using var db = _world.Open();
        return await db.Audit.AsNoTracking().Where(a => a.Subject == EntryStore.ValueSubject && a.Key == key).ToListAsync();
    }

    private async Task<decimal?> StoredAsync(string key)
    {
        await using var db = _world.Open();
        return await db.IndicatorValues.Where(v => v.Key == key).Select(v => v.Number).SingleOrDefaultAsync();
    }

    [Theory]
    [InlineData(false, 2)]
    [InlineData(false, 10)]
    [InlineData(true, 2)]
    [InlineData(true, 10)]
    public async Task Editors_of_one_form_on_different_fields_at_once_keep_every_value_with_its_audit_record(bool postgres, int count)
    {
        var (_, _, requestId) = await StartAsync(postgres);
        var form = TemplateCatalog.BuiltIn.Get(CommuneTemplate).Forms.First(f => f.Indicators.Count(i => i.Kind == IndicatorKind.Count) >= count);
        var keys = form.Indicators.Where(i => i.Kind == IndicatorKind.Count).Take(count).Select(i => i.Key).ToList();
        var editors = await EditorsAsync(count);

        var results = await Task.WhenAll(keys.Select((key, i) => Task.Run(() => SaveAsync(editors[i], requestId, key, null, 100 + i))));

        Assert.All(results, r => Assert.True(r.IsDone && r.Value!.Changes.Count == 1 && r.Value.Conflicts.Count == 0, $"{r.Outcome} {string.Join(" ", r.Messages)}"));
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(100 + i, await StoredAsync(keys[i]));
            var audit = Assert.Single(await AuditAsync(keys[i]));
            Assert.Equal(editors[i].UserName, audit.UserName);
        }
    }

    [Theory]
    [InlineData(false, 2)]
    [InlineData(false, 10)]
    [InlineData(true, 2)]
    [InlineData(true, 10)]
    public async Task Editors_of_one_field_at_once_give_one_winner_and_a_conflict_naming_its_value_to_every_other(bool postgres, int count)
    {
        var (compiler, _, requestId) = await StartAsync(postgres);
        const string key = "III/3.1.1";
        Assert.True((await SaveAsync(compiler, requestId, key, null, 1)).IsDone);
        var editors = await EditorsAsync(count);

        var results = await Task.WhenAll(editors.Select((editor, i) => Task.Run(() => SaveAsync(editor, requestId, key, 1, 200 + i))));

        Assert.All(results, r => Assert.True(r.IsDone, $"{r.Outcome} {string.Join(" ", r.Messages)}"));
        var winner = Assert.Single(results, r => r.Value!.Changes.Count == 1);
        var won = winner.Value!.Changes[0].New!.Number;
        Assert.All(results.Where(r => r != winner), r => Assert.Equal(won, Assert.Single(r.Value!.Conflicts).Conflict.Stored!.Number));
        Assert.Equal(won, await StoredAsync(key));
        // The first save and the winner's: no change without its record, no record without its change.
        var audit = await AuditAsync(key);
        Assert.Equal(2, audit.Count);
        Assert.Contains(audit, a => a.New == Domain.Formatting.VietnameseNumbers.FormatNumber(won!.Value) || a.New == won!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_send_to_the_leader_racing_an_edit_either_refuses_the_edit_or_sends_the_edited_report_never_both_silently(bool postgres)
    {
        var (compiler, _, requestId) = await StartAsync(postgres);
        await _world.FillAsync(compiler, requestId, BaSao);
        await _world.SetDocumentAsync(compiler, requestId, BaSao, "15/BC-UBND", new DateOnly(2024, 3, 12));
        var editor = (await EditorsAsync(1))[0];
        const string key = "III/3.1.1";
        var before = await StoredAsync(key);

        var sending = Task.Run(() => _world.MoveAsync(compiler, requestId, BaSao, ReportTransition.SendToLeader));
        var editing = Task.Run(() => SaveAsync(editor, requestId, key, before, 119));
        var (sent, edit) = (await sending, await editing);

        var edits = (await AuditAsync(key)).Where(a => a.UserName == editor.UserName).ToList();
        var sends = (await _world.EventsAsync(requestId, BaSao)).Count(e => e.Transition == nameof(ReportTransition.SendToLeader));
        var status = (ReportStatus)(await _world.ReportAsync(requestId, BaSao)).Status;
        if (!sent.IsDone)
        {
            // The edit came first and the send saw it (the part reopened, or the report changed under it): the send is
            // refused with a reason, the report stays a draft, and the edit is stored and recorded.
            Assert.NotEmpty(sent.Messages);
            Assert.Equal(ReportStatus.Draft, status);
            Assert.Equal(0, sends);
            Assert.True(edit.IsDone, string.Join(" ", edit.Messages));
            Assert.Equal(119, await StoredAsync(key));
            Assert.Single(edits);
            return;
        }
        Assert.Equal(ReportStatus.AwaitingSignOff, status);
        Assert.Equal(1, sends);
        if (edit is { IsDone: true, Value.Changes.Count: 1 })
        {
            // The edit came first: it is stored, recorded, and part of what was sent.
            Assert.Equal(119, await StoredAsync(key));
            Assert.Single(edits);
        }
        else
        {
            // The send came first: the edit is refused, with a reason, and left no trace.
            Assert.False(edit.IsDone);
            Assert.NotEmpty(edit.Messages);
            Assert.Equal(before, await StoredAsync(key));
            Assert.Empty(edits);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Of_ten_sends_to_the_leader_at_once_one_is_taken_and_the_others_refused(bool postgres)
    {
        var (compiler, _, requestId) = await StartAsync(postgres);
        await _world.FillAsync(compiler, requestId, BaSao);
        await _world.SetDocumentAsync(compiler, requestId, BaSao, "15/BC-UBND", new DateOnly(2024, 3, 12));
        var compilers = await EditorsAsync(10);

        var results = await Task.WhenAll(compilers.Select(c => Task.Run(() => _world.MoveAsync(c, requestId, BaSao, ReportTransition.SendToLeader))));

        Assert.Single(results, r => r.IsDone);
        Assert.All(results.Where(r => !r.IsDone), r => Assert.NotEmpty(r.Messages));
        Assert.Single(await _world.EventsAsync(requestId, BaSao), e => e.Transition == nameof(ReportTransition.SendToLeader));
        Assert.Equal(ReportStatus.AwaitingSignOff, (ReportStatus)(await _world.ReportAsync(requestId, BaSao)).Status);
    }
}
