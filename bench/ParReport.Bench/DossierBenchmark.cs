using System.Diagnostics;
using nietras.SeparatedValues;
using Npgsql;
using ParReport.Documents;
using ParReport.Domain.Dossiers;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Storage;

namespace ParReport.Bench;

/// <summary>
/// Import and statistics of a synthetic dossier export, beside the ceiling (a Sep pass that only reads every cell)
/// and what a user would otherwise do (sqlite3 `.import` then the same GROUP BY). Each is run a few times in one
/// process; every time is printed, the fastest is the figure.
/// </summary>
internal static class DossierBenchmark
{
    public static async Task RunAsync(long rows, int rounds)
    {
        var folder = Directory.CreateTempSubdirectory("parreport-bench-");
        try
        {
            var csv = Path.Combine(folder.FullName, "ho-so.csv");
            var window = new ReportingPeriod(2024, PeriodKind.Year).DefaultWindow;
            await using (var file = File.Create(csv)) DossierCsvWriter.Write(SyntheticDossiers.Generate(1, rows, window.To), file);
            Console.WriteLine($"{rows:N0} hồ sơ, tệp {new FileInfo(csv).Length / 1024 / 1024} MB, {Environment.ProcessorCount} lõi, {rounds} lượt");

            await RoundsAsync("Sep, chỉ đọc (trần)", rows, rounds, _ => Timed(() =>
            {
                long cells = 0;
                using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(csv);
                foreach (var row in reader) for (var i = 0; i < row.ColCount; i++) cells += row[i].Span.Length;
                return Task.CompletedTask;
            }));

            var before = Process.GetCurrentProcess().PeakWorkingSet64;
            long afterOne = 0;
            await RoundsAsync("ParReport: nhập + thống kê (SQLite)", rows, rounds, async round =>
            {
                var time = await ImportAsync($"Data Source={Path.Combine(folder.FullName, $"parreport-{round}.db")};Pooling=False", csv, rows, window);
                // The memory of one import: later rounds add the garbage of the earlier ones.
                if (round == 0) afterOne = Process.GetCurrentProcess().PeakWorkingSet64;
                return time;
            });
            Console.WriteLine($"  bộ nhớ lớn nhất của tiến trình sau lượt nhập đầu: {afterOne / 1024 / 1024} MB (trước khi nhập: {before / 1024 / 1024} MB; sau {rounds} lượt: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB)");
            // PostgreSQL too when a server is named: PARREPORT_BENCH_POSTGRES="Host=127.0.0.1;Username=…;Password=…;Database=…"
            // (a database of that name and a number is created for each round, and dropped).
            if (Environment.GetEnvironmentVariable("PARREPORT_BENCH_POSTGRES") is { Length: > 0 } postgres)
                await RoundsAsync("ParReport: nhập + thống kê (PostgreSQL)", rows, rounds, round => PostgresImportAsync(postgres, round, csv, rows, window));

            await RoundsAsync("sqlite3 .import + GROUP BY", rows, rounds, round => Timed(async () =>
            {
                var sql = $".mode csv\n.separator ;\n.import {csv} hoso\n"
                    + "SELECT \"Lĩnh vực\", count(*), sum(\"Hình thức nộp\" = 'Trực tuyến'), sum(\"Ngày có kết quả\" <> '') FROM hoso GROUP BY \"Lĩnh vực\";\n";
                var sqlite3 = Process.Start(new ProcessStartInfo("sqlite3", Path.Combine(folder.FullName, $"sqlite3-{round}.db")) { RedirectStandardInput = true, RedirectStandardOutput = true })!;
                await sqlite3.StandardInput.WriteAsync(sql);
                sqlite3.StandardInput.Close();
                await sqlite3.StandardOutput.ReadToEndAsync();
                await sqlite3.WaitForExitAsync();
            }));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<TimeSpan> Timed(Func<Task> run)
    {
        var clock = Stopwatch.StartNew();
        await run();
        return clock.Elapsed;
    }

    /// <param name="run">Runs a round and gives the time of its timed part.</param>
    private static async Task RoundsAsync(string name, long rows, int rounds, Func<int, Task<TimeSpan>> run)
    {
        var times = new List<double>();
        for (var round = 0; round < rounds; round++) times.Add((await run(round)).TotalSeconds);
        var best = times.Min();
        Console.WriteLine($"{name,-40} {rows / best,12:N0} dòng/giây   {best,7:N2} s   (các lượt: {string.Join(" · ", times.Select(t => t.ToString("N2")))} s)");
    }

    private static async Task<TimeSpan> PostgresImportAsync(string server, int round, string csv, long rows, CutOffWindow window)
    {
        var database = new NpgsqlConnectionStringBuilder(server);
        var name = $"{database.Database ?? "parreport_bench"}_{round}";
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
        await admin.OpenAsync();
        await new NpgsqlCommand($"DROP DATABASE IF EXISTS {name}", admin).ExecuteNonQueryAsync();
        await new NpgsqlCommand($"CREATE DATABASE {name}", admin).ExecuteNonQueryAsync();
        try
        {
            database.Database = name;
            return await ImportAsync(database.ConnectionString, csv, rows, window);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await new NpgsqlCommand($"DROP DATABASE {name}", admin).ExecuteNonQueryAsync();
        }
    }

    // The timed part is what `parreport dossiers import` then `stats` do, on a database made ready beforehand.
    private static async Task<TimeSpan> ImportAsync(string database, string csv, long rows, CutOffWindow window)
    {
        await using (var db = Database.Create(database))
        {
            await Database.MigrateAsync(db);
            await new UnitStore(db).ImportAsync([new OrgUnit("xa", "Xã Bắc Sơn", UnitLevel.Commune, null)]);
        }
        var clock = Stopwatch.StartNew();
        await using (var db = Database.Create(database))
        {
            await using var stream = File.OpenRead(csv);
            var result = await new DossierStore(db).ImportAsync("xa", "ho-so.csv", DossierCsv.ReadBatches(stream), false, DateTimeOffset.Now);
            if (!result.Committed || result.Stored != rows) throw new InvalidOperationException($"Import stored {result.Stored} of {rows}.");
            var statistics = await new DossierStore(db).StatisticsAsync("xa", window);
            if (statistics.Total.Received != rows) throw new InvalidOperationException($"Statistics counted {statistics.Total.Received} of {rows}.");
        }
        return clock.Elapsed;
    }
}
