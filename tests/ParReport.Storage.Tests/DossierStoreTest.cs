using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Dossiers;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Text;

namespace ParReport.Storage.Tests;

/// <summary>Dossier imports on each provider: all-or-nothing, good rows only, re-import by code, statistics.</summary>
public abstract class DossierStoreTest(bool postgres) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private static readonly DateTimeOffset Now = new(2024, 3, 15, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly CutOffWindow QuarterOne = new ReportingPeriod(2024, PeriodKind.QuarterOne).DefaultWindow;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(postgres);
        await using var db = _database.Open();
        Assert.Empty(await new UnitStore(db).ImportAsync([new OrgUnit("bac-son", "Xã Bắc Sơn", UnitLevel.Commune, null)]));
    }

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private static DossierRow Good(int line, string code, string field = "Tư pháp", int resolvedDay = 5) =>
        new(line, new Dossier(code, field, new DateTime(2024, 3, 4, 8, 0, 0), new DateTime(2024, 3, 8), new DateTime(2024, 3, resolvedDay, 10, 0, 0), SubmissionChannel.Online, 8000m, true, true), []);

    private static DossierRow Bad(int line) =>
        new(line, null, [new RowError(line, "Ngày tiếp nhận", "31/02/2024", "không đọc được ngày.")]);

    private async Task<DossierImportResult> ImportAsync(bool goodRowsOnly, params DossierRow[] rows)
    {
        await using var db = _database.Open();
        return await new DossierStore(db).ImportAsync("bac-son", "ho-so.csv", rows, goodRowsOnly, Now);
    }

    private async Task<int> StoredAsync()
    {
        await using var db = _database.Open();
        return (int)await new DossierStore(db).CountAsync("bac-son");
    }

    private static async Task<List<Dossier>> StoredDossiersAsync(ParReportDbContext db)
    {
        var batch = new DossierBatch();
        var dossiers = new List<Dossier>();
        foreach (var block in await db.DossierBlocks.OrderBy(b => b.Id).ToListAsync())
        {
            batch.Unpack(block.Figures, block.Codes);
            dossiers.AddRange(Enumerable.Range(0, batch.Count).Select(i => batch[i]));
        }
        return dossiers;
    }

    [Fact]
    public async Task A_file_with_a_bad_row_stores_nothing_and_lists_the_row()
    {
        var result = await ImportAsync(false, Good(2, "H1"), Bad(3), Good(4, "H2"));
        Assert.False(result.Committed);
        Assert.Equal((0, 1), (result.Stored, result.Refused));
        Assert.Equal("dòng 3, cột «Ngày tiếp nhận», giá trị «31/02/2024»: không đọc được ngày.", Assert.Single(result.Errors).ToString());
        Assert.Equal(0, await StoredAsync());
        await using var db = _database.Open();
        Assert.Equal(0, await db.DossierImports.CountAsync());
    }

    [Fact]
    public async Task Good_rows_only_stores_the_good_rows_and_still_lists_the_skipped()
    {
        var result = await ImportAsync(true, Good(2, "H1"), Bad(3), Good(4, "H2"));
        Assert.True(result.Committed);
        Assert.Equal((2, 2, 0, 1), (result.Stored, result.Inserted, result.Updated, result.Refused));
        Assert.Single(result.Errors);
        Assert.Equal(2, await StoredAsync());
        await using var db = _database.Open();
        var import = await db.DossierImports.SingleAsync();
        Assert.Equal(("ho-so.csv", 2, 1), (import.FileName, import.Stored, import.Skipped));
    }

    [Fact]
    public async Task Reimporting_an_overlapping_file_updates_by_code_and_never_counts_twice()
    {
        Assert.Equal(2, (await ImportAsync(false, Good(2, "H1"), Good(3, "H2"))).Inserted);
        var again = await ImportAsync(false, Good(2, "H2", resolvedDay: 6), Good(3, "H3"));
        Assert.Equal((1, 1), (again.Inserted, again.Updated));
        Assert.Equal(3, await StoredAsync());

        await using var db = _database.Open();
        var statistics = await new DossierStore(db).StatisticsAsync("bac-son", QuarterOne);
        Assert.Equal(3, statistics.Total.Received);
        Assert.Equal(new DateTime(2024, 3, 6, 10, 0, 0), (await StoredDossiersAsync(db)).Single(d => d.Code == "H2").Resolved);
    }

    [Fact]
    public async Task A_code_given_twice_in_one_file_is_refused()
    {
        var result = await ImportAsync(false, Good(2, "H1"), Good(7, "H1"));
        Assert.False(result.Committed);
        Assert.Equal("dòng 7, cột «Mã hồ sơ», giá trị «H1»: mã hồ sơ trùng với một dòng trước đó của cùng tệp.", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public async Task A_code_repeated_far_down_a_large_file_is_found_and_the_other_rows_kept_on_request()
    {
        var rows = Enumerable.Range(0, 600).Select(i => Good(i + 2, $"H{i}")).Append(Good(602, "H5")).ToArray();
        var refused = await ImportAsync(false, rows);
        Assert.False(refused.Committed);
        Assert.Equal("dòng 602, cột «Mã hồ sơ», giá trị «H5»: mã hồ sơ trùng với một dòng trước đó của cùng tệp.", Assert.Single(refused.Errors).ToString());
        Assert.Equal(0, await StoredAsync());

        var kept = await ImportAsync(true, rows);
        Assert.Equal((600, 600, 1), (kept.Stored, kept.Inserted, kept.Refused));
        Assert.Equal(600, await StoredAsync());
    }

    [Fact]
    public async Task Statistics_from_the_database_equal_those_of_the_same_dossiers_in_memory()
    {
        var random = new Random(4);
        var rows = Enumerable.Range(0, 400).Select(i =>
        {
            var received = new DateTime(2023, 11, 1).AddHours(random.Next(0, 24 * 200));
            DateTime? resolved = random.Next(6) == 0 ? null : received.AddHours(random.Next(0, 24 * 20));
            var dossier = new Dossier($"H{i}", random.Next(2) == 0 ? "Tư pháp" : "Đất đai", received, received.AddDays(random.Next(1, 10)), resolved, (SubmissionChannel)random.Next(3));
            return new DossierRow(i + 2, dossier, []);
        }).ToArray();
        Assert.True((await ImportAsync(false, rows)).Committed);

        var expected = new DossierStatistics(QuarterOne);
        expected.AddRange(rows.Select(r => r.Dossier!));
        await using var db = _database.Open();
        var actual = await new DossierStore(db).StatisticsAsync("bac-son", QuarterOne);
        Assert.Equal(expected.Rows, actual.Rows);
        Assert.Equal(expected.OnTimeRate, actual.OnTimeRate);
    }

    [Fact]
    public async Task An_import_overlapping_several_stored_blocks_replaces_what_it_gives_again_and_keeps_the_rest()
    {
        // 100.000 dossiers make 25 blocks; the second file gives 60.001–130.000 again with other figures.
        var until = new DateOnly(2024, 12, 14);
        var first = SyntheticDossiers.Generate(1, 100_000, until).ToList();
        var second = SyntheticDossiers.Generate(2, 130_000, until).Skip(60_000).ToList();
        static DossierRow[] Rows(List<Dossier> dossiers) => dossiers.Select((d, i) => new DossierRow(i + 2, d, [])).ToArray();
        Assert.Equal((100_000, 0), await Counts(await ImportAsync(false, Rows(first))));
        Assert.Equal((30_000, 40_000), await Counts(await ImportAsync(false, Rows(second))));
        Assert.Equal(130_000, await StoredAsync());

        var window = new ReportingPeriod(2024, PeriodKind.Year).DefaultWindow;
        var expected = new DossierStatistics(window);
        expected.AddRange(first.Take(60_000).Concat(second));
        await using var db = _database.Open();
        var actual = await new DossierStore(db).StatisticsAsync("bac-son", window);
        Assert.Equal(expected.Rows, actual.Rows);
        Assert.Equal((expected.OnlinePaymentRate, expected.SatisfactionRate), (actual.OnlinePaymentRate, actual.SatisfactionRate));
        Assert.Equal(first.Take(60_000).Concat(second).OrderBy(d => d.Code), (await StoredDossiersAsync(db)).OrderBy(d => d.Code));

        static Task<(int, int)> Counts(DossierImportResult result) => Task.FromResult((result.Inserted, result.Updated));
    }

    [Fact]
    public async Task A_batch_handed_twice_is_refused_and_nothing_is_kept()
    {
        var batch = new DossierBatch();
        batch.Add(2, Good(2, "H1").Dossier!);
        await using var db = _database.Open();
        await Assert.ThrowsAsync<ArgumentException>(() => new DossierStore(db).ImportAsync("bac-son", "a.csv", [batch, batch], false, Now));
        Assert.Equal(0, await StoredAsync());
    }

    [Fact]
    public async Task A_code_repeated_thousands_of_times_is_refused_quickly_keeping_the_first_errors_in_line_order()
    {
        var rows = new List<DossierRow> { Good(2, "A"), Good(3, "A") };
        rows.AddRange(Enumerable.Range(4, 1500).Select(Bad));
        rows.AddRange(Enumerable.Range(1504, 30_000).Select(line => Good(line, "B")));
        var result = await ImportAsync(false, [.. rows]);
        Assert.False(result.Committed);
        Assert.Equal(1 + 1500 + 29_999, result.Refused);
        Assert.Equal(DossierStore.ErrorsKept, result.Errors.Count);
        Assert.Equal([3, 4, 5], result.Errors.Take(3).Select(e => e.Line));
        Assert.Equal("Mã hồ sơ", result.Errors[0].Column);
        Assert.Equal(0, await StoredAsync());

        var kept = await ImportAsync(true, [.. rows]);
        Assert.Equal((2, 2), (kept.Stored, kept.Inserted));
    }

    [Fact]
    public async Task An_import_that_failed_half_way_leaves_nothing_and_the_next_one_on_the_same_context_works()
    {
        static IEnumerable<DossierRow> Failing()
        {
            for (var i = 0; i < 100; i++) yield return Good(i + 2, "T" + i);
            throw new InvalidDataException("tệp bị cắt ngang");
        }
        await using var db = _database.Open();
        var store = new DossierStore(db);
        await Assert.ThrowsAsync<InvalidDataException>(() => store.ImportAsync("bac-son", "a.csv", Failing(), false, Now));
        var next = await store.ImportAsync("bac-son", "b.csv", [Good(2, "A"), Good(3, "B")], false, Now);
        Assert.Equal((true, 2), (next.Committed, next.Inserted));
        Assert.Equal(2, await StoredAsync());
    }

    [Fact]
    public async Task Headers_are_remembered_once_whatever_their_case_and_diacritics()
    {
        await using var db = _database.Open();
        var store = new DossierStore(db);
        await store.RememberMappingAsync("bac-son", new Dictionary<string, DossierColumn> { ["Số biên nhận"] = DossierColumn.Code });
        await store.RememberMappingAsync("bac-son", new Dictionary<string, DossierColumn> { ["SO BIEN NHAN"] = DossierColumn.Received });
        Assert.Equal(new Dictionary<string, DossierColumn> { ["SO BIEN NHAN"] = DossierColumn.Received }, await store.MappingAsync("bac-son"));
        Assert.True(await store.ForgetMappingAsync("bac-son", "số biên nhận"));
        Assert.Empty(await store.MappingAsync("bac-son"));
    }

    [Fact]
    public async Task Eight_officials_saving_and_forgetting_one_header_at_once_all_succeed_and_one_mapping_is_left()
    {
        var columns = new[] { DossierColumn.Code, DossierColumn.Received, DossierColumn.Field, DossierColumn.Channel };
        async Task SaveAsync(int i)
        {
            await using var db = _database.Open();
            var store = new DossierStore(db);
            if (i % 4 == 3) await store.ForgetMappingAsync("bac-son", "số biên nhận");
            else await store.RememberMappingAsync("bac-son", new Dictionary<string, DossierColumn> { ["Số biên nhận"] = columns[i % 4] });
        }
        for (var round = 0; round < 5; round++)
        {
            await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => SaveAsync(i))));
            await using var db = _database.Open();
            Assert.True((await new DossierStore(db).MappingAsync("bac-son")).Count <= 1);
        }
        await SaveAsync(0);
        await using var check = _database.Open();
        Assert.Equal(new Dictionary<string, DossierColumn> { ["Số biên nhận"] = DossierColumn.Code }, await new DossierStore(check).MappingAsync("bac-son"));
    }

    [Fact]
    public async Task Imports_of_one_unit_at_the_same_time_all_succeed_and_count_each_dossier_once()
    {
        async Task<DossierImportResult> ImportRangeAsync(int from)
        {
            await using var db = _database.Open();
            return await new DossierStore(db).ImportAsync("bac-son", $"tu-{from}.csv",
                Enumerable.Range(from, 3000).Select(i => Good(i - from + 2, $"H{i}")).ToList(), false, Now);
        }
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => ImportRangeAsync(i * 1000))));
        Assert.All(results, r => Assert.True(r.Committed));
        Assert.Equal(6000, await StoredAsync());
        Assert.Equal(6000, results.Sum(r => r.Inserted));
    }
}

public sealed class SqliteDossierStoreTest() : DossierStoreTest(postgres: false);

public sealed class PostgresDossierStoreTest() : DossierStoreTest(postgres: true);
