using System.Diagnostics;
using nietras.SeparatedValues;
using ParReport.Documents;
using ParReport.Domain.Dossiers;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Storage;

namespace ParReport.Bench;

/// <summary>
/// Import and statistics of a synthetic dossier export, beside the ceiling (a Sep pass that only reads every cell)
/// and what a user would otherwise do (sqlite3 `.import` then the same GROUP BY).
/// </summary>
internal static class DossierBenchmark
{
    public static async Task RunAsync(long rows)
    {
        var folder = Directory.CreateTempSubdirectory("parreport-bench-");
        try
        {
            var csv = Path.Combine(folder.FullName, "ho-so.csv");
            var window = new ReportingPeriod(2024, PeriodKind.Year).DefaultWindow;
            await using (var file = File.Create(csv)) DossierCsvWriter.Write(SyntheticDossiers.Generate(1, rows, window.To), file);
            Console.WriteLine($"{rows:N0} hồ sơ, tệp {new FileInfo(csv).Length / 1024 / 1024} MB");

            var clock = Stopwatch.StartNew();
            long cells = 0;
            using (var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(csv))
                foreach (var row in reader) for (var i = 0; i < row.ColCount; i++) cells += row[i].Span.Length;
            Report("Sep, chỉ đọc (trần)", rows, clock.Elapsed);

            var sqlite = $"Data Source={Path.Combine(folder.FullName, "parreport.db")};Pooling=False";
            await ImportAsync("ParReport: nhập + thống kê (SQLite)", sqlite, csv, rows, window);
            // PostgreSQL too when a server is named: PARREPORT_BENCH_POSTGRES="Host=127.0.0.1;Username=…;Password=…;Database=…" (an empty database).
            if (Environment.GetEnvironmentVariable("PARREPORT_BENCH_POSTGRES") is { Length: > 0 } postgres)
                await ImportAsync("ParReport: nhập + thống kê (PostgreSQL)", postgres, csv, rows, window);

            clock.Restart();
            var sql = $".mode csv\n.separator ;\n.import {csv} hoso\n"
                + "SELECT \"Lĩnh vực\", count(*), sum(\"Hình thức nộp\" = 'Trực tuyến'), sum(\"Ngày có kết quả\" <> '') FROM hoso GROUP BY \"Lĩnh vực\";\n";
            var sqlite3 = Process.Start(new ProcessStartInfo("sqlite3", Path.Combine(folder.FullName, "sqlite3.db")) { RedirectStandardInput = true, RedirectStandardOutput = true })!;
            await sqlite3.StandardInput.WriteAsync(sql);
            sqlite3.StandardInput.Close();
            await sqlite3.StandardOutput.ReadToEndAsync();
            await sqlite3.WaitForExitAsync();
            Report("sqlite3 .import + GROUP BY", rows, clock.Elapsed);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task ImportAsync(string name, string database, string csv, long rows, CutOffWindow window)
    {
        await using (var db = Database.Create(database))
        {
            await Database.MigrateAsync(db);
            await new UnitStore(db).ImportAsync([new OrgUnit("xa", "Xã Bắc Sơn", UnitLevel.Commune, null)]);
        }
        var before = Process.GetCurrentProcess().PeakWorkingSet64;
        var clock = Stopwatch.StartNew();
        await using (var db = Database.Create(database))
        {
            await using var stream = File.OpenRead(csv);
            var result = await new DossierStore(db).ImportAsync("xa", "ho-so.csv", DossierCsv.ReadBatches(stream), false, DateTimeOffset.Now);
            if (!result.Committed || result.Stored != rows) throw new InvalidOperationException($"Import stored {result.Stored} of {rows}.");
            var statistics = await new DossierStore(db).StatisticsAsync("xa", window);
            if (statistics.Total.Received != rows) throw new InvalidOperationException($"Statistics counted {statistics.Total.Received} of {rows}.");
        }
        Report(name, rows, clock.Elapsed);
        Console.WriteLine($"  bộ nhớ lớn nhất của tiến trình: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB (trước khi nhập: {before / 1024 / 1024} MB)");
    }

    private static void Report(string name, long rows, TimeSpan elapsed) =>
        Console.WriteLine($"{name,-40} {rows / elapsed.TotalSeconds,12:N0} dòng/giây   {elapsed.TotalSeconds,7:N2} s");
}
