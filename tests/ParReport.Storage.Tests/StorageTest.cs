using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Storage.Tests;

/// <summary>The same storage tests on each provider: SQLite always, PostgreSQL where a server is reachable.</summary>
public abstract class StorageTest(bool postgres) : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(postgres);

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    private static readonly OrgUnit[] Units =
    [
        new("nam-dinh", "Tỉnh Nam Định", UnitLevel.Province, null),
        new("truc-ninh", "Huyện Trực Ninh", UnitLevel.District, "nam-dinh"),
        new("phuong-dinh", "Xã Phương Định", UnitLevel.Commune, "truc-ninh"),
    ];

    private static readonly ReportingPeriod QuarterOne2024 = new(2024, PeriodKind.QuarterOne);

    private async Task<int> SeedAsync(TemplateRef template)
    {
        await using var db = _database.Open();
        Assert.Empty(await new UnitStore(db).ImportAsync(Units));
        return await new ReportStore(db).AddRequestAsync(ReportingRequest.Create("truc-ninh", QuarterOne2024, template));
    }

    [Fact]
    public async Task A_report_round_trips_with_its_values_narrative_and_template_version()
    {
        var requestId = await SeedAsync(new TemplateRef("xa", 2));
        var report = Report.Empty("phuong-dinh", QuarterOne2024, new TemplateRef("xa", 2))
            .With("III/3.1.1", 1034).With("III/3.1.2", 1034).With("I/5", 1).With("I/2.1", 6)
            .With("I/2.2", 1).With("V/1.1", 99.8m)
            .WithNarrative("II.2", "Đã tiếp nhận và giải quyết 1.034 hồ sơ.");

        await using (var db = _database.Open()) await new ReportStore(db).SaveAsync(requestId, report);
        await using (var db = _database.Open())
        {
            var loaded = await new ReportStore(db).FindAsync(requestId, "phuong-dinh");
            Assert.NotNull(loaded);
            Assert.Equal(new TemplateRef("xa", 2), loaded.Template);
            Assert.Equal(QuarterOne2024, loaded.Period);
            Assert.Equal(report.Values.OrderBy(v => v.Key), loaded.Values.OrderBy(v => v.Key));
            Assert.Equal("Đã tiếp nhận và giải quyết 1.034 hồ sơ.", loaded.Narratives["II.2"]);
        }
    }

    [Fact]
    public async Task Earlier_reports_come_with_their_values_by_period_and_only_those_sent_when_asked()
    {
        var template = new TemplateRef("xa", 2);
        var firstRequest = await SeedAsync(template);
        var halfYear = new ReportingPeriod(2024, PeriodKind.HalfYear);
        int secondRequest;
        await using (var db = _database.Open())
        {
            secondRequest = await new ReportStore(db).AddRequestAsync(ReportingRequest.Create("truc-ninh", halfYear, template));
            await new ReportStore(db).SaveAsync(firstRequest, Report.Empty("phuong-dinh", QuarterOne2024, template).With("III/3.1.1", 120).WithNarrative("II.2", "Quý I"));
            await new ReportStore(db).SaveAsync(secondRequest, Report.Empty("phuong-dinh", halfYear, template).With("III/3.1.1", 250));
            // The first quarter's report was sent; the half year's is a draft.
            await db.Reports.Where(r => r.RequestId == firstRequest).ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, (int)Domain.Workflow.ReportStatus.Sent));
        }

        await using (var db = _database.Open())
        {
            var store = new ReportStore(db);
            var both = await store.ValuesOfAsync("phuong-dinh", [QuarterOne2024, halfYear]);
            Assert.Equal(120m, both[QuarterOne2024].Number("III/3.1.1"));
            Assert.Equal(250m, both[halfYear].Number("III/3.1.1"));
            Assert.Empty(both[QuarterOne2024].Narratives);
            Assert.Equal([QuarterOne2024], (await store.ValuesOfAsync("phuong-dinh", [QuarterOne2024, halfYear], sentOnly: true)).Keys);
            Assert.Empty(await store.ValuesOfAsync("phuong-dinh", []));

            Assert.Equal([QuarterOne2024, halfYear], (await store.HistoryAsync("phuong-dinh", halfYear)).Select(r => r.Period));
            Assert.Equal([QuarterOne2024], (await store.HistoryAsync("phuong-dinh", halfYear, sentOnly: true)).Select(r => r.Period));
            Assert.Equal([QuarterOne2024], (await store.HistoryAsync("phuong-dinh", QuarterOne2024)).Select(r => r.Period));
        }
    }

    [Fact]
    public async Task Saving_again_updates_changed_values_and_drops_cleared_ones()
    {
        var requestId = await SeedAsync(new TemplateRef("xa", 1));
        var first = Report.Empty("phuong-dinh", QuarterOne2024, new TemplateRef("xa", 1))
            .With("1/1", 12).With("6/1.1", 15713.5m).With("1/2.1", 6).WithNarrative("I", "Bản nháp");
        await using (var db = _database.Open()) await new ReportStore(db).SaveAsync(requestId, first);

        var second = first.With("1/1", 13).With("1/2.1", null).WithNarrative("I", "Bản cuối").WithNarrative("V", "Kiến nghị");
        await using (var db = _database.Open()) await new ReportStore(db).SaveAsync(requestId, second);

        await using (var db = _database.Open())
        {
            var loaded = (await new ReportStore(db).FindAsync(requestId, "phuong-dinh"))!;
            Assert.Equal(13m, loaded.Number("1/1"));
            Assert.Equal(15713.5m, loaded.Number("6/1.1"));
            Assert.False(loaded.Values.ContainsKey("1/2.1"));
            Assert.Equal(["I", "V"], loaded.Narratives.Keys.Order());
            Assert.Equal("Bản cuối", loaded.Narratives["I"]);
            Assert.Equal(2, await db.IndicatorValues.CountAsync());
        }
    }

    [Fact]
    public async Task The_organisation_tree_round_trips_and_a_bad_import_writes_nothing()
    {
        await using var db = _database.Open();
        var store = new UnitStore(db);
        Assert.Empty(await store.ImportAsync(Units.Reverse().ToList()));

        var problems = await store.ImportAsync([new("xa-moi", "Xã Mới", UnitLevel.Commune, "khong-co"), new("xa-hai", "Xã Hai", UnitLevel.Commune, "truc-ninh")]);
        Assert.Contains("«khong-co» không tồn tại", Assert.Single(problems).Message);

        var tree = await store.LoadTreeAsync();
        Assert.Equal(3, tree.Units.Count);
        Assert.Equal(["truc-ninh", "phuong-dinh"], tree.DescendantsOf("nam-dinh").Select(u => u.Code));
    }

    [Fact]
    public async Task The_tree_is_read_once_per_context_and_an_import_through_it_or_another_context_is_seen()
    {
        await using var db = _database.Open();
        var store = new UnitStore(db);
        Assert.Empty(await store.ImportAsync(Units));
        var first = await store.LoadTreeAsync();
        Assert.Same(first, await new UnitStore(db).LoadTreeAsync());

        Assert.Empty(await store.ImportAsync([new("xa-moi", "Xã Mới", UnitLevel.Commune, "nam-dinh")]));
        Assert.NotNull((await store.LoadTreeAsync()).Find("xa-moi"));

        // A change made elsewhere is seen by the next context (the next request), which reads the stamp again.
        await using (var other = _database.Open())
            Assert.Empty(await new UnitStore(other).ImportAsync([new("xa-khac", "Xã Khác", UnitLevel.Commune, "nam-dinh")]));
        await using var next = _database.Open();
        Assert.NotNull((await new UnitStore(next).LoadTreeAsync()).Find("xa-khac"));
    }

    [Fact]
    public async Task A_stamp_the_caller_read_stands_for_the_tree_check_until_an_import_through_the_context()
    {
        await using (var setup = _database.Open())
        {
            Assert.Empty(await new UnitStore(setup).ImportAsync(Units));
            Assert.NotNull(await new UnitStore(setup).LoadTreeAsync());
        }
        static async Task<UnitStore.Stamp> ReadStampAsync(ParReportDbContext db) =>
            new(await db.Units.CountAsync(), await db.Units.MaxAsync(u => u.Id), await db.Units.SumAsync(u => (long)u.Revision));

        // A stamp read before another context's import: the tree checked with it is the one kept for it.
        await using var early = _database.Open();
        UnitStore.StampRead(early, await ReadStampAsync(early));
        await using (var other = _database.Open())
            Assert.Empty(await new UnitStore(other).ImportAsync([new("xa-khac", "Xã Khác", UnitLevel.Commune, "nam-dinh")]));
        Assert.Null((await new UnitStore(early).LoadTreeAsync()).Find("xa-khac"));

        // A stamp read after it shows the change.
        await using var late = _database.Open();
        UnitStore.StampRead(late, await ReadStampAsync(late));
        Assert.NotNull((await new UnitStore(late).LoadTreeAsync()).Find("xa-khac"));

        // An import through the context forgets the stamp it was given: the next check reads the units again.
        Assert.Empty(await new UnitStore(early).ImportAsync([new("xa-moi", "Xã Mới", UnitLevel.Commune, "nam-dinh")]));
        var tree = await new UnitStore(early).LoadTreeAsync();
        Assert.NotNull(tree.Find("xa-moi"));
        Assert.NotNull(tree.Find("xa-khac"));
    }

    [Fact]
    public async Task Reimporting_a_unit_updates_it_and_may_move_it_after_the_2025_reform()
    {
        await using var db = _database.Open();
        var store = new UnitStore(db);
        Assert.Empty(await store.ImportAsync(Units));
        Assert.Empty(await store.ImportAsync([new("phuong-dinh", "Xã Phương Định (mới)", UnitLevel.Commune, "nam-dinh")]));

        var tree = await store.LoadTreeAsync();
        Assert.Equal("Xã Phương Định (mới)", tree.Find("phuong-dinh")!.Name);
        Assert.Equal(1, tree.DepthOf("phuong-dinh"));
        Assert.Equal(3, await db.Units.CountAsync());
    }

    [Fact]
    public async Task A_report_for_another_period_cannot_be_stored_under_a_request()
    {
        var requestId = await SeedAsync(new TemplateRef("xa", 2));
        var stray = Report.Empty("phuong-dinh", new ReportingPeriod(2019, PeriodKind.Year), new TemplateRef("xa", 2)).With("I/1", 3);
        await using var db = _database.Open();
        await Assert.ThrowsAsync<InvalidOperationException>(() => new ReportStore(db).SaveAsync(requestId, stray));
        Assert.Equal(0, await db.Reports.CountAsync());
    }

    [Fact]
    public async Task Requests_keep_their_windows_and_deadline()
    {
        var request = ReportingRequest.Create("truc-ninh", new ReportingPeriod(2022, PeriodKind.HalfYear), new TemplateRef("xa", 1),
            new CutOffWindow(new DateOnly(2021, 12, 10), new DateOnly(2022, 6, 9)), new DateOnly(2022, 6, 9));
        await using var db = _database.Open();
        Assert.Empty(await new UnitStore(db).ImportAsync(Units));
        var id = await new ReportStore(db).AddRequestAsync(request);

        var (storedId, stored) = Assert.Single(await new ReportStore(db).ListRequestsAsync());
        Assert.Equal(id, storedId);
        Assert.Equal(request, stored);
    }
}

public sealed class SqliteStorageTest() : StorageTest(postgres: false);

public sealed class PostgresStorageTest() : StorageTest(postgres: true);
