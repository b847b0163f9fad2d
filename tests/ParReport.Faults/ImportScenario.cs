using ParReport.Domain.Demo;

namespace ParReport.Faults;

/// <summary>
/// `parreport dossiers import` of a large file killed at random moments: afterwards the unit has none of the file's
/// dossiers or all of them, never some; the statistics are the empty ones or the clean run's; and the import re-run
/// to its end gives the clean run's statistics again. A killed process leaves nothing in the temporary folder.
/// </summary>
public static class ImportScenario
{
    private static readonly string[] Stats = ["dossiers", "stats", "--unit", DemoUsers.CommuneCode, "--from", "15/12/2023", "--to", "14/12/2024", "--json"];

    public static async Task RunAsync(FaultDatabase database, FaultOptions options, string folder, Outcome outcome)
    {
        var file = Path.Combine(folder, $"ho-so-{options.Rows}-{options.Seed}.csv");
        if (!File.Exists(file)) await Expect(await Programs.ParReportAsync(database.ConnectionString, "dossiers", "generate", "--rows", $"{options.Rows}", "--seed", $"{options.Seed}", "-o", file));
        await Expect(await Programs.ParReportAsync(database.ConnectionString, "demo"));
        var before = Path.Combine(folder, $"import-{database.Kind}.bak");
        await Expect(await Programs.ParReportAsync(database.ConnectionString, "backup", before));
        var empty = (await Expect(await Programs.ParReportAsync(database.ConnectionString, Stats))).Output;
        outcome.Startup = await Programs.StartupAsync(database.ConnectionString);
        string[] import = ["dossiers", "import", file, "--unit", DemoUsers.CommuneCode];

        var clean = await Expect(await Programs.ParReportAsync(database.ConnectionString, import));
        outcome.Clean = clean.Elapsed;
        var cleanStats = (await Expect(await Programs.ParReportAsync(database.ConnectionString, Stats))).Output;
        if ((await Consistency.DossiersAsync(database, DemoUsers.CommuneCode)).Dossiers != options.Rows) outcome.Problems.Add(FaultMessages.CleanCount(options.Rows));

        var random = new Random(options.Seed);
        outcome.RowsLost = 0;
        for (var kill = 1; kill <= options.Kills; kill++)
        {
            // Odd kills: a first import into the unit (restored to before it). Even kills: the same file again over the
            // dossiers stored, each updated by its code, which replaces their blocks.
            if (kill % 2 == 1) await Expect(await Programs.ParReportAsync(database.ConnectionString, "restore", before));
            var importsBefore = (await Consistency.DossiersAsync(database, DemoUsers.CommuneCode)).Imports;
            var after = TimeSpan.FromMilliseconds(random.NextDouble() * clean.Elapsed.TotalMilliseconds);
            outcome.Killed(await Programs.KillParReportAsync(database.ConnectionString, after, import), after);

            outcome.CheckTemp(kill);
            outcome.Check(await Consistency.DatabaseAsync(database), kill);
            outcome.Check(await Consistency.WorkflowAsync(database), kill);
            var (dossiers, imports) = await Consistency.DossiersAsync(database, DemoUsers.CommuneCode);
            // A first import leaves none of the file's dossiers or all of them; a second one all of them, old or updated.
            if (dossiers != options.Rows && (dossiers != 0 || kill % 2 == 0)) outcome.Check([FaultMessages.Partial(dossiers, options.Rows)], kill);
            if ((dossiers > 0) != (imports > 0)) outcome.Check([FaultMessages.ImportRecord(dossiers, imports)], kill);
            if (imports > importsBefore) outcome.Committed++;
            var seen = await Programs.ParReportAsync(database.ConnectionString, Stats);
            if (seen.Output != (dossiers == 0 ? empty : cleanStats)) outcome.Check([FaultMessages.StatsAfterKill], kill);

            var again = await Programs.ParReportAsync(database.ConnectionString, import);
            if (again.Exit != 0) outcome.Check([FaultMessages.Failed("dossiers import", again)], kill);
            if ((await Programs.ParReportAsync(database.ConnectionString, Stats)).Output != cleanStats) outcome.Check([FaultMessages.StatsDiffer], kill);
            var stored = (await Consistency.DossiersAsync(database, DemoUsers.CommuneCode)).Dossiers;
            if (stored != options.Rows) outcome.Check([FaultMessages.RowsLost(options.Rows - stored)], kill);
            outcome.RowsLost += Math.Max(0, options.Rows - stored);
        }
    }

    public static Task<Programs.Run> Expect(Programs.Run run) =>
        run.Exit == 0 ? Task.FromResult(run) : throw new InvalidOperationException(FaultMessages.Failed("parreport", run));
}
