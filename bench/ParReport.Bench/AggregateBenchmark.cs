using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ParReport.Application.Aggregates;
using ParReport.Domain.Aggregation;
using ParReport.Domain.Demo;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Templates;
using ParReport.Domain.Workflow;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Bench;

/// <summary>
/// The upper level's aggregate at national scale: 34 provinces and their communes (optionally through districts), the
/// commune template, one period, every report accepted with plausible values, stored in SQLite and PostgreSQL. Measured,
/// fastest of the rounds, each round with a new DbContext as a web request has: one province's roll-up and the whole
/// country's through <see cref="AggregateQuery.RollUpAsync"/>; the same sums and rates written as one SQL query in
/// PostgreSQL; the work of the province's aggregate page model; the memory of the national roll-up.
/// </summary>
internal static class AggregateBenchmark
{
    public const int Provinces = 34;
    private const string Period = "2025-9T";
    private static readonly TemplateRef Template = new("xa", 2);

    public static async Task RunAsync(int communes, int rounds, bool districts)
    {
        var template = TemplateCatalog.BuiltIn.Get(Template);
        var tree = Tree(communes, districts);
        Console.WriteLine($"{Provinces} tỉnh, {communes:N0} xã{(districts ? $" qua {tree.Count(u => u.Level == UnitLevel.District):N0} huyện" : " (hai cấp)")}, mẫu {Template}, kỳ {ReportingPeriod.Parse(Period).Label}, "
            + $"mọi báo cáo đã tiếp nhận; {Environment.ProcessorCount} lõi, .NET {Environment.Version}, {rounds} lượt (lấy lượt nhanh nhất)");
        var folder = Directory.CreateTempSubdirectory("parreport-aggregate-");
        try
        {
            var sqlite = $"Data Source={Path.Combine(folder.FullName, "parreport.db")}";
            await MeasureAsync("SQLite", sqlite, tree, template, rounds, postgres: false);
            SqliteConnection.ClearAllPools();

            var server = Environment.GetEnvironmentVariable("PARREPORT_BENCH_POSTGRES") is { Length: > 0 } named ? named : "Host=127.0.0.1;Username=postgres;Password=postgres";
            if (await ReachableAsync(server))
            {
                var name = $"{new NpgsqlConnectionStringBuilder(server).Database ?? "parreport_bench"}_aggregate_{Environment.ProcessId}";
                await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
                await admin.OpenAsync();
                await new NpgsqlCommand($"CREATE DATABASE {name}", admin).ExecuteNonQueryAsync();
                try
                {
                    await MeasureAsync("PostgreSQL", new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, tree, template, rounds, postgres: true);
                }
                finally
                {
                    NpgsqlConnection.ClearAllPools();
                    await new NpgsqlCommand($"DROP DATABASE {name}", admin).ExecuteNonQueryAsync();
                }
            }
            else Console.WriteLine($"Không kết nối được PostgreSQL ({Database.Describe(server)}); chỉ đo SQLite.");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>34 provinces; commune i in province i mod 34, with districts of about 14 communes when asked.</summary>
    public static IReadOnlyList<OrgUnit> Tree(int communes, bool districts)
    {
        var units = Enumerable.Range(1, Provinces).Select(p => new OrgUnit($"tinh-{p:00}", $"Tỉnh Số {p}", UnitLevel.Province, null)).ToList();
        var perProvince = Enumerable.Range(0, Provinces).Select(p => (communes + Provinces - 1 - p) / Provinces).ToArray();
        var districtsOf = perProvince.Select(n => Math.Max(1, n / 14)).ToArray();
        if (districts)
            for (var p = 0; p < Provinces; p++)
                for (var d = 1; d <= districtsOf[p]; d++)
                    units.Add(new OrgUnit($"huyen-{p + 1:00}-{d:000}", $"Huyện Số {d} tỉnh {p + 1}", UnitLevel.District, $"tinh-{p + 1:00}"));
        for (var i = 0; i < communes; i++)
        {
            var p = i % Provinces;
            var parent = districts ? $"huyen-{p + 1:00}-{i / Provinces % districtsOf[p] + 1:000}" : $"tinh-{p + 1:00}";
            units.Add(new OrgUnit($"xa-{i + 1:00000}", $"Xã Số {i + 1}", UnitLevel.Commune, parent));
        }
        return units;
    }

    private static async Task<bool> ReachableAsync(string server)
    {
        try
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Timeout = 3 }.ConnectionString);
            await connection.OpenAsync();
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private static async Task MeasureAsync(string provider, string database, IReadOnlyList<OrgUnit> tree, ReportTemplate template, int rounds, bool postgres)
    {
        var clock = Stopwatch.StartNew();
        var (reports, bytes) = await SeedAsync(database, tree, template);
        Console.WriteLine();
        Console.WriteLine($"{provider}: nạp {tree.Count:N0} đơn vị, {reports:N0} báo cáo đã tiếp nhận ({bytes / 1024 / 1024:N0} MB số liệu JSON) trong {clock.Elapsed.TotalSeconds:N1} s (không tính vào số đo)");

        var period = ReportingPeriod.Parse(Period);
        var province = tree.First(u => u.Level == UnitLevel.Province).Code;
        await RoundsAsync($"Tổng hợp một tỉnh ({tree.Count(u => u.Level == UnitLevel.Commune && Under(tree, u, province)):N0} xã)", rounds, async () =>
        {
            await using var db = Database.Create(database);
            var view = (await new AggregateQuery(db).RollUpAsync(null, province, period, template.Id)).Value!;
            return Check(view.Values, view.Units.Count);
        });
        var national = await RoundsAsync($"Tổng hợp cả nước ({reports:N0} xã)", rounds, async () =>
        {
            await using var db = Database.Create(database);
            var view = (await new AggregateQuery(db).RollUpAsync(null, null, period, template.Id)).Value!;
            return Check(view.Values, view.Units.Count);
        });

        // At the deadline acceptances keep coming: each round one report is written (not measured) before the roll-up, so
        // its request's answers are read again while the other requests' are kept.
        var written = 0;
        var afterChange = await RoundsAsync("Tổng hợp cả nước ngay sau khi một báo cáo thay đổi", rounds, async () =>
        {
            await using var db = Database.Create(database);
            var view = (await new AggregateQuery(db).RollUpAsync(null, null, period, template.Id)).Value!;
            return Check(view.Values, view.Units.Count);
        }, before: async () =>
        {
            await using var db = Database.Create(database);
            var id = 1 + written++ * 97 % reports;
            await db.Reports.Where(r => r.Id == id).ExecuteUpdateAsync(set => set.SetProperty(r => r.Revision, r => r.Revision + 1));
        });

        var (requestId, issuer) = await FirstRequestAsync(database, province);
        await RoundsAsync($"Trang tổng hợp của {(issuer == province ? "tỉnh" : "một huyện")} (phần xử lý của trang)", rounds, async () =>
        {
            await using var db = Database.Create(database);
            return await PageAsync(new AggregateQuery(db), requestId);
        });

        await MemoryAsync(database, period, template);
        if (postgres)
        {
            var sql = await RoundsAsync("SQL: GROUP BY trên JSON, cả nước", rounds, () => SqlAsync(database, template, null));
            await RoundsAsync("SQL: GROUP BY trên JSON, một tỉnh", rounds, () => SqlAsync(database, template, province));
            Console.WriteLine($"  Tổng hợp cả nước nhanh hơn SQL: {sql / national:N1} lần; ngay sau khi một báo cáo thay đổi: {sql / afterChange:N1} lần");
            await CompareAsync(database, template, period);
        }
    }

    private static bool Under(IReadOnlyList<OrgUnit> tree, OrgUnit unit, string code)
    {
        for (var parent = unit.ParentCode; parent is not null; parent = tree.First(u => u.Code == parent).ParentCode)
            if (parent == code) return true;
        return false;
    }

    private static string Check(IReadOnlyList<AggregateValue> values, int units)
    {
        var resolved = values.Single(v => v.Indicator.Key == "III/3.1.1");
        if (resolved.Reported != units || resolved.Missing.Count != 0) throw new InvalidOperationException($"{resolved.Reported} of {units} units aggregated.");
        return $"{units:N0} đơn vị";
    }

    /// <summary>
    /// What the aggregate page computes for the province's request, as <c>Pages/Requests/Aggregate.cshtml.cs</c> and its
    /// view do, without rendering the HTML: the use case, the ranking on the on-time rate and the province's figure over
    /// its periods, every value as shown with its missing units, what it is made of, and one drill-down sorted by value.
    /// </summary>
    private static async Task<string> PageAsync(AggregateQuery query, int requestId)
    {
        var view = (await query.LoadAsync(null, requestId)).Value!;
        var ranked = view.Template.RateOfConcept("dossiers-on-time")!;
        var ranking = Aggregate.Ranking(ranked, view.Units);
        var trend = await query.HistoryAsync(view, ranked);
        var shown = view.Values.Sum(v => AggregationMessages.Shown(v, view.UnitsName).Length + (AggregationMessages.Missing(v)?.Length ?? 0));
        var madeOf = view.MadeOf.Length;
        var behind = view.Behind(view.Template.Get("III/3.1.1")).OrderByDescending(r => r.Value.HasValue).ThenByDescending(r => r.Value).Count();
        if (ranking.Count != view.Units.Count || behind != view.Units.Count || trend.Count != 1) throw new InvalidOperationException("The page's figures do not add up.");
        return $"{view.Units.Count:N0} xã, {shown + madeOf:N0} ký tự";
    }

    /// <summary>The province's request to its communes, or with districts the first district's.</summary>
    private static async Task<(int Id, string Issuer)> FirstRequestAsync(string database, string province)
    {
        await using var db = Database.Create(database);
        var request = await db.Requests.Where(r => r.IssuerUnit.Code == province || r.IssuerUnit.Parent!.Code == province).OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.IssuerUnit.Code }).FirstAsync();
        return (request.Id, request.Code);
    }

    /// <param name="run">One round; gives what it found, printed with the times.</param>
    /// <param name="before">Done before each round, not measured.</param>
    /// <returns>The fastest round, in milliseconds.</returns>
    private static async Task<double> RoundsAsync(string name, int rounds, Func<Task<string>> run, Func<Task>? before = null)
    {
        var times = new List<double>();
        var found = "";
        for (var round = 0; round < rounds; round++)
        {
            if (before is not null) await before();
            var clock = Stopwatch.StartNew();
            found = await run();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"  {name,-52} {times.Min(),9:N1} ms   (các lượt: {string.Join(" · ", times.Select(t => t.ToString("N1")))} ms; {found})");
        return times.Min();
    }

    /// <summary>The national roll-up's memory: bytes allocated, what the view holds once made, and the peak working set during it.</summary>
    private static async Task MemoryAsync(string database, ReportingPeriod period, ReportTemplate template)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var resetPeak = TryResetPeak();
        var workingSet = Environment.WorkingSet;
        await using var db = Database.Create(database);
        var view = (await new AggregateQuery(db).RollUpAsync(null, null, period, template.Id)).Value;
        var allocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var peak = resetPeak ? PeakWorkingSet() : Process.GetCurrentProcess().PeakWorkingSet64;
        var units = view!.Units.Count;
        var held = GC.GetTotalMemory(true) - before;
        GC.KeepAlive(view);
        Console.WriteLine($"  Bộ nhớ của một lượt tổng hợp cả nước: cấp phát {allocatedBytes / 1048576.0:N1} MB ({allocatedBytes / units / 1024.0:N1} KB/xã), "
            + $"kết quả giữ {held / 1048576.0:N1} MB ({held / units / 1024.0:N1} KB/xã), working set {workingSet / 1048576:N0} MB trước → đỉnh {peak / 1048576:N0} MB"
            + (resetPeak ? "" : " (đỉnh của cả tiến trình)"));
    }

    // Linux: writing 5 to clear_refs resets the peak resident set (VmHWM), so the peak of the roll-up alone can be read.
    private static bool TryResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long PeakWorkingSet() =>
        long.Parse(File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;

    /// <summary>
    /// The same aggregate in PostgreSQL: the accepted versions' values spread out with jsonb_each, summed per indicator
    /// with GROUP BY, and every derived rate of the template (the on-time rate III/3.1, the online rate V/2.4 and the
    /// other nine) recomputed in SQL from the summed numerator and denominator.
    /// </summary>
    private static async Task<string> SqlAsync(string database, ReportTemplate template, string? unit)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Sql(template, unit is not null), connection);
        command.Parameters.AddWithValue("period", Period);
        command.Parameters.AddWithValue("template", template.Id);
        if (unit is not null) command.Parameters.AddWithValue("unit", unit);
        var rows = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows++;
        return $"{rows} dòng";
    }

    private static string Sql(ReportTemplate template, bool underUnit)
    {
        var rates = string.Join(", ", template.Indicators.Where(i => i.Kind == IndicatorKind.Rate)
            .Select(i => $"('{i.Key}', '{IndicatorKey.Of(i.FormCode, i.Numerator!)}', '{IndicatorKey.Of(i.FormCode, i.Denominator!)}')"));
        return (underUnit
                ? """
                  WITH RECURSIVE below AS (
                      SELECT "Id" FROM "Units" WHERE "Code" = @unit
                      UNION ALL SELECT u."Id" FROM "Units" u JOIN below b ON u."ParentId" = b."Id"),
                  """
                : "WITH ")
            + $"""
               accepted AS (
                   SELECT v."Values"::jsonb AS "Values"
                   FROM "ReportVersions" v
                   JOIN "Reports" r ON r."Id" = v."ReportId" AND v."Number" = r."AcceptedVersion"
                   JOIN "Requests" q ON q."Id" = r."RequestId"
                   WHERE q."PeriodCode" = @period AND q."TemplateId" = @template
                   {(underUnit ? """AND r."UnitId" IN (SELECT "Id" FROM below)""" : "")}),
               sums AS (
                   SELECT e.key, sum((e.value ->> 'N')::numeric) AS total, count(e.value ->> 'N') AS reported
                   FROM accepted a CROSS JOIN LATERAL jsonb_each(a."Values") e
                   GROUP BY e.key),
               rates(key, numerator, denominator) AS (VALUES {rates})
               SELECT key, total, NULL::numeric AS rate, reported FROM sums
               UNION ALL
               SELECT rates.key, NULL, n.total / NULLIF(d.total, 0) * 100, NULL
               FROM rates JOIN sums n ON n.key = rates.numerator JOIN sums d ON d.key = rates.denominator
               """;
    }

    /// <summary>The SQL's national sums and rates against the use case's, so the two measured do the same work.</summary>
    private static async Task CompareAsync(string database, ReportTemplate template, ReportingPeriod period)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Sql(template, false), connection);
        command.Parameters.AddWithValue("period", Period);
        command.Parameters.AddWithValue("template", template.Id);
        var byKey = new Dictionary<string, (decimal? Total, decimal? Rate)>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                byKey[reader.GetString(0)] = (reader.IsDBNull(1) ? null : reader.GetDecimal(1), reader.IsDBNull(2) ? null : reader.GetDecimal(2));
        await using var db = Database.Create(database);
        var view = (await new AggregateQuery(db).RollUpAsync(null, null, period, template.Id)).Value!;
        foreach (var value in view.Values.Where(v => v.Indicator.Kind is IndicatorKind.Count or IndicatorKind.Money or IndicatorKind.Rate))
        {
            var sql = byKey.GetValueOrDefault(value.Indicator.Key);
            var agrees = value.Indicator.Kind == IndicatorKind.Rate
                ? value.Rate is null ? sql.Rate is null : sql.Rate is { } r && Math.Abs(r - value.Rate.Value) < 0.0001m
                : value.Sum == sql.Total;
            if (!agrees) throw new InvalidOperationException($"{value.Indicator.Key}: SQL {sql} against {value.Sum ?? value.Rate}.");
        }
        Console.WriteLine($"  SQL và tổng hợp của ứng dụng cho cùng kết quả ({view.Values.Count} chỉ tiêu).");
    }

    /// <summary>
    /// Stores the tree, one request per unit whose children are communes, the units it asks, and for each commune an
    /// accepted report with its version 1 (values as <see cref="WorkflowStore"/> writes them; no document), in batches
    /// with change detection off.
    /// </summary>
    private static async Task<(int Reports, long Bytes)> SeedAsync(string database, IReadOnlyList<OrgUnit> tree, ReportTemplate template)
    {
        await using (var db = Database.Create(database)) await Database.MigrateAsync(db);
        var period = ReportingPeriod.Parse(Period);
        var sentAt = new DateTimeOffset(2025, 9, 25, 8, 0, 0, TimeSpan.Zero);
        var records = new Dictionary<string, UnitRecord>();
        await using (var db = Database.Create(database))
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var unit in tree)
            {
                var record = new UnitRecord { Code = unit.Code, Name = unit.Name, Level = UnitLevels.Code(unit.Level), Parent = unit.ParentCode is null ? null : records[unit.ParentCode] };
                records[unit.Code] = record;
                db.Units.Add(record);
            }
            await db.SaveChangesAsync();
        }
        var communes = tree.Where(u => u.Level == UnitLevel.Commune).ToList();
        var requests = new Dictionary<string, ReportingRequestRecord>();
        await using (var db = Database.Create(database))
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var issuer in communes.Select(c => c.ParentCode!).Distinct())
            {
                var request = ReportingRequest.Create(issuer, period, template.Ref);
                db.Requests.Add(requests[issuer] = new ReportingRequestRecord
                {
                    IssuerUnitId = records[issuer].Id, PeriodCode = period.Code, TemplateId = template.Id, TemplateVersion = template.Version,
                    WindowFrom = request.Window.From, WindowTo = request.Window.To, CumulativeFrom = request.CumulativeWindow.From,
                    CumulativeTo = request.CumulativeWindow.To, Deadline = request.Deadline, SentAt = sentAt.AddDays(-30),
                });
            }
            await db.SaveChangesAsync();
        }
        long bytes = 0;
        foreach (var batch in communes.Chunk(5_000))
        {
            await using var db = Database.Create(database);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var reports = batch.Select(c =>
            {
                var request = requests[c.ParentCode!].Id;
                db.RequestUnits.Add(new RequestUnitRecord { RequestId = request, UnitId = records[c.Code].Id });
                var report = new ReportRecord
                {
                    UnitId = records[c.Code].Id, RequestId = request, TemplateId = template.Id, TemplateVersion = template.Version,
                    Status = (int)ReportStatus.Accepted, StatusSince = sentAt.AddDays(1), Revision = 5, AcceptedVersion = 1,
                    DocumentNumber = "25/BC-UBND", DocumentDate = new DateOnly(2025, 9, 25), SignerName = "Nguyễn Văn An",
                };
                db.Reports.Add(report);
                return (Commune: c, Report: report);
            }).ToList();
            await db.SaveChangesAsync();
            foreach (var (commune, report) in reports)
            {
                var values = JsonSerializer.Serialize(PlausibleValues.Generate(template, int.Parse(commune.Code[3..]))
                    .ToDictionary(v => v.Key, v => new StoredValue(v.Value.Number, v.Value.Text)));
                bytes += values.Length;
                db.ReportVersions.Add(new ReportVersionRecord
                {
                    ReportId = report.Id, Number = 1, SentAt = sentAt, SentBy = "lanhdao", DocumentNumber = "25/BC-UBND",
                    DocumentDate = new DateOnly(2025, 9, 25), SignerName = "Nguyễn Văn An", Values = values, Narratives = "{}", Docx = [],
                });
            }
            await db.SaveChangesAsync();
        }
        return (communes.Count, bytes);
    }

    private sealed record StoredValue(decimal? N, string? T);
}
