using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using ParReport.Domain.Dossiers;
using ParReport.Domain.Entry;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Storage.Tests;

/// <summary>Field-by-field saves, conflicts, the audit trail and part statuses, on each provider.</summary>
public abstract class EntryStoreTest(bool postgres) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2024, 3, 12, 2, 0, 0, TimeSpan.Zero));
    private int _reportId;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(postgres);
        await using var db = _database.Open();
        Assert.Empty(await new UnitStore(db).ImportAsync([
            new OrgUnit("truc-ninh", "Huyện Trực Ninh", UnitLevel.District, null),
            new OrgUnit("phuong-dinh", "Xã Phương Định", UnitLevel.Commune, "truc-ninh")]));
        var requestId = await new ReportStore(db).AddRequestAsync(ReportingRequest.Create("truc-ninh", new ReportingPeriod(2024, PeriodKind.QuarterOne), new TemplateRef("xa", 2)));
        _reportId = await new EntryStore(db, _clock).EnsureReportAsync(requestId, "phuong-dinh");
        Assert.Equal(_reportId, await new EntryStore(db, _clock).EnsureReportAsync(requestId, "phuong-dinh"));
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private static IndicatorValue V(decimal n) => IndicatorValue.Of(n);

    private async Task<SaveOutcome<IndicatorValue>> SaveAsync(string by, params (string Key, IndicatorValue? Original, IndicatorValue? Mine)[] fields)
    {
        await using var db = _database.Open();
        return await new EntryStore(db, _clock).SaveValuesAsync(_reportId, "bieu-III", fields, by);
    }

    private async Task<Dictionary<string, decimal?>> StoredAsync()
    {
        await using var db = _database.Open();
        return await db.IndicatorValues.Where(v => v.ReportId == _reportId).ToDictionaryAsync(v => v.Key, v => v.Number);
    }

    [Fact]
    public async Task Two_officials_editing_different_fields_both_keep_their_changes()
    {
        await SaveAsync("tonghop", ("III/3.1.1", null, V(1034)), ("III/3.1.2", null, V(1000)));
        // Both opened the form with 1.034 and 1.000; each changes a different field.
        var first = await SaveAsync("chuyenmon", ("III/3.1.1", V(1034), V(1040)), ("III/3.1.2", V(1000), V(1000)));
        var second = await SaveAsync("tonghop", ("III/3.1.1", V(1034), V(1034)), ("III/3.1.2", V(1000), V(1001)));

        Assert.Single(first.Changes);
        Assert.Single(second.Changes);
        Assert.Empty(second.Conflicts);
        Assert.Equal(new Dictionary<string, decimal?> { ["III/3.1.1"] = 1040, ["III/3.1.2"] = 1001 }, await StoredAsync());
    }

    [Fact]
    public async Task The_second_edit_of_one_field_is_a_conflict_naming_who_changed_it_and_nothing_is_overwritten()
    {
        await SaveAsync("tonghop", ("III/3.1.1", null, V(1034)));
        _clock.Advance(TimeSpan.FromMinutes(5));
        await SaveAsync("chuyenmon", ("III/3.1.1", V(1034), V(1040)));
        var outcome = await SaveAsync("tonghop", ("III/3.1.1", V(1034), V(1050)), ("III/3.1.2", null, V(900)));

        var (conflict, last) = Assert.Single(outcome.Conflicts);
        Assert.Equal(("III/3.1.1", 1034m, 1050m, 1040m), (conflict.Key, conflict.Original!.Number!.Value, conflict.Mine!.Number!.Value, conflict.Stored!.Number!.Value));
        Assert.Equal("chuyenmon", last!.UserName);
        Assert.Equal(_clock.GetUtcNow(), last.At);
        // The other field of the same save is kept; the conflicting one is not.
        Assert.Equal(new Dictionary<string, decimal?> { ["III/3.1.1"] = 1040, ["III/3.1.2"] = 900 }, await StoredAsync());

        // Choosing: the official saves again against the value they were shown.
        var resolved = await SaveAsync("tonghop", ("III/3.1.1", V(1040), V(1050)));
        Assert.Empty(resolved.Conflicts);
        Assert.Equal(1050, (await StoredAsync())["III/3.1.1"]);
    }

    [Fact]
    public async Task Every_change_is_in_the_field_trail_with_who_when_old_and_new_and_clearing_removes_the_value()
    {
        await SaveAsync("tonghop", ("III/3.1.1", null, V(1034)));
        _clock.Advance(TimeSpan.FromHours(1));
        await SaveAsync("chuyenmon", ("III/3.1.1", V(1034), V(1040.5m)));
        await SaveAsync("chuyenmon", ("III/3.1.1", V(1040.5m), null));

        await using var db = _database.Open();
        var trail = await new EntryStore(db, _clock).TrailAsync(_reportId, EntryStore.ValueSubject, "III/3.1.1");
        Assert.Equal([("chuyenmon", "1.040,5", (string?)null), ("chuyenmon", "1.034", "1.040,5"), ("tonghop", null, "1.034")],
            trail.Select(t => (t.UserName, t.Old, t.New)));
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 2, 0, 0, TimeSpan.Zero), trail[^1].At);
        Assert.DoesNotContain("III/3.1.1", (await StoredAsync()).Keys);
    }

    [Fact]
    public async Task A_save_starts_the_part_and_reopens_a_done_one_assignments_are_audited()
    {
        await using (var db = _database.Open())
        {
            var entry = new EntryStore(db, _clock);
            await entry.AssignAsync(_reportId, "bieu-III", null, new DateOnly(2024, 3, 12), "tonghop");
            Assert.Equal(PartStatus.NotStarted, (PartStatus)(await entry.AssignmentAsync(_reportId, "bieu-III"))!.Status);
        }
        await SaveAsync("tonghop", ("III/3.1.1", null, V(1)));
        await using (var db = _database.Open())
        {
            var entry = new EntryStore(db, _clock);
            Assert.Equal(PartStatus.InProgress, (PartStatus)(await entry.AssignmentAsync(_reportId, "bieu-III"))!.Status);
            await entry.SetStatusAsync(_reportId, "bieu-III", PartStatus.Done, "tonghop");
        }
        await SaveAsync("tonghop", ("III/3.1.1", V(1), V(2)));
        await using (var db = _database.Open())
        {
            var entry = new EntryStore(db, _clock);
            Assert.Equal(PartStatus.InProgress, (PartStatus)(await entry.AssignmentAsync(_reportId, "bieu-III"))!.Status);
            Assert.Equal(["xong → đang làm", "đang làm → xong", "chưa bắt đầu → đang làm"],
                (await entry.TrailAsync(_reportId, EntryStore.StatusSubject, "bieu-III")).Select(t => $"{t.Old} → {t.New}"));
            Assert.Equal("— → —, hạn 12/03/2024", (await entry.TrailAsync(_reportId, EntryStore.AssigneeSubject, "bieu-III")).Select(t => $"{t.Old ?? "—"} → {t.New}").Single());
        }
    }

    [Fact]
    public async Task Narratives_merge_like_values_and_blank_text_clears()
    {
        await using var db = _database.Open();
        var entry = new EntryStore(db, _clock);
        await entry.SaveNarrativesAsync(_reportId, "muc-II.2", [("II.2", null, "Kết quả\r\n- ý một\n"), ("II.2#tich-cuc", null, "  ")], "tonghop");
        var conflict = await entry.SaveNarrativesAsync(_reportId, "muc-II.2", [("II.2", "Bản khác", "Bản của tôi")], "chuyenmon");
        Assert.Equal("Kết quả\n- ý một", Assert.Single(conflict.Conflicts).Conflict.Stored);
        Assert.Equal(["II.2"], await db.Narratives.Where(n => n.ReportId == _reportId).Select(n => n.OutlineCode).ToListAsync());
    }

    private async Task ImportDossiersAsync()
    {
        var day = new DateTime(2024, 2, 1, 9, 0, 0);
        DossierRow Row(int line, string code, DateTime? resolved, SubmissionChannel channel) =>
            new(line, new Dossier(code, "Hộ tịch", day, day.AddDays(5), resolved, channel), []);
        await using var db = _database.Open();
        var result = await new DossierStore(db).ImportAsync("phuong-dinh", "mot-cua.csv",
            [Row(2, "A1", day.AddDays(1), SubmissionChannel.Online), Row(3, "A2", day.AddDays(9), SubmissionChannel.Direct), Row(4, "A3", null, SubmissionChannel.Online)],
            goodRowsOnly: false, _clock.GetUtcNow());
        Assert.True(result.Committed);
    }

    [Fact]
    public async Task The_dossiers_figures_fill_empty_values_with_their_source_and_never_replace_a_typed_one_unless_asked()
    {
        await ImportDossiersAsync();
        await SaveAsync("tonghop", ("III/3.1.1", null, V(5)));
        await using var db = _database.Open();
        var entry = new EntryStore(db, _clock);
        Assert.Equal(3, await entry.FlowDossiersAsync("phuong-dinh", "tonghop"));

        var sources = await entry.SourcesAsync(_reportId);
        Assert.Equal(["III/3.1.2", "V/2.4.1", "V/2.4.2"], sources.Keys.Order());
        Assert.StartsWith("Hồ sơ TTHC: tệp mot-cua.csv, nhập lúc ", sources["V/2.4.1"]);
        Assert.EndsWith("số liệu từ 15/12/2023 đến 14/03/2024", sources["V/2.4.1"]);
        var stored = await StoredAsync();
        Assert.Equal((5m, 1m, 3m, 2m), (stored["III/3.1.1"]!.Value, stored["III/3.1.2"]!.Value, stored["V/2.4.1"]!.Value, stored["V/2.4.2"]!.Value));
        Assert.Equal(sources["V/2.4.1"], (await entry.TrailAsync(_reportId, EntryStore.ValueSubject, "V/2.4.1")).Single().Reason);

        // The typed 5 is kept and reported with the dossiers' 2 until the official asks for the dossiers' figure.
        var request = await db.Requests.SingleAsync();
        var again = await entry.ApplyDossiersAsync(_reportId, "phuong-dinh", new TemplateRef("xa", 2), new CutOffWindow(request.WindowFrom, request.WindowTo), "tonghop");
        Assert.Equal(0, again.Applied);
        Assert.Equal(("III/3.1.1", (decimal?)5, 2m), Assert.Single(again.Kept));
        var taken = await entry.ApplyDossiersAsync(_reportId, "phuong-dinh", new TemplateRef("xa", 2), new CutOffWindow(request.WindowFrom, request.WindowTo), "tonghop",
            new HashSet<string> { "III/3.1.1" });
        Assert.Equal(1, taken.Applied);
        Assert.Equal(2, (await StoredAsync())["III/3.1.1"]);
    }

    [Fact]
    public async Task An_official_overriding_a_dossier_figure_keeps_the_reason_in_the_trail_and_the_value_loses_its_source()
    {
        await ImportDossiersAsync();
        await using (var db = _database.Open()) await new EntryStore(db, _clock).FlowDossiersAsync("phuong-dinh", "tonghop");
        await using (var db = _database.Open())
            await new EntryStore(db, _clock).SaveValuesAsync(_reportId, "bieu-V", [("V/2.4.1", V(3), V(4))], "tonghop",
                new Dictionary<string, string> { ["V/2.4.1"] = "Một hồ sơ nộp qua bưu điện chưa có trên hệ thống" });
        await using (var db = _database.Open())
        {
            var entry = new EntryStore(db, _clock);
            Assert.DoesNotContain("V/2.4.1", (await entry.SourcesAsync(_reportId)).Keys);
            Assert.Equal("Một hồ sơ nộp qua bưu điện chưa có trên hệ thống", (await entry.TrailAsync(_reportId, EntryStore.ValueSubject, "V/2.4.1"))[0].Reason);
            // A later import keeps the official's figure.
            Assert.Equal(0, await entry.FlowDossiersAsync("phuong-dinh", "tonghop"));
        }
        Assert.Equal(4, (await StoredAsync())["V/2.4.1"]);
    }

    [Fact]
    public async Task Reports_past_their_deadline_are_not_changed_by_an_import()
    {
        await ImportDossiersAsync();
        _clock.SetUtcNow(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero));
        await using var db = _database.Open();
        Assert.Equal(0, await new EntryStore(db, _clock).FlowDossiersAsync("phuong-dinh", "tonghop"));
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task Racing_saves_of_one_field_do_not_both_win()
    {
        await SaveAsync("tonghop", ("III/3.1.1", null, V(1)));
        var saves = Enumerable.Range(2, 4).Select(n => Task.Run(() => SaveAsync($"user{n}", ("III/3.1.1", V(1), V(n))))).ToList();
        var outcomes = await Task.WhenAll(saves);
        // Exactly one of them changed 1 into its own value; the others see a conflict with the winner's value.
        var winner = Assert.Single(outcomes, o => o.Changes.Count == 1);
        Assert.All(outcomes.Where(o => o != winner), o => Assert.Equal(winner.Changes[0].New, Assert.Single(o.Conflicts).Conflict.Stored));
        Assert.Equal(winner.Changes[0].New!.Number, (await StoredAsync())["III/3.1.1"]);
    }
}

public sealed class SqliteEntryStoreTest() : EntryStoreTest(postgres: false);

public sealed class PostgresEntryStoreTest() : EntryStoreTest(postgres: true);
