namespace ParReport.Faults;

/// <summary>
/// `parreport report docx --issuer` for every report of a request, killed at random moments: every DOCX left under its
/// final name opens whole, and the command re-run writes them all.
/// </summary>
public static class DocxScenario
{
    public static async Task RunAsync(FaultDatabase database, FaultOptions options, string folder, Outcome outcome)
    {
        await ImportScenario.Expect(await Programs.ParReportAsync(database.ConnectionString, "demo"));
        var period = ParReport.Storage.DemoData.Current(TimeProvider.System).Code;
        var output = Path.Combine(folder, $"docx-{database.Kind}");
        string[] docx = ["report", "docx", "--issuer", ParReport.Domain.Demo.DemoUsers.DistrictCode, "--period", period, "-o", output];

        outcome.Startup = await Programs.StartupAsync(database.ConnectionString);
        Empty(output);
        var clean = await Programs.ParReportAsync(database.ConnectionString, docx);
        outcome.Clean = clean.Elapsed;
        var expected = Documents(output);
        if (expected.Count == 0 || clean.Exit != 0) outcome.Problems.Add(FaultMessages.Failed("report docx", clean));

        var random = new Random(options.Seed);
        for (var kill = 1; kill <= options.Kills; kill++)
        {
            Empty(output);
            var after = TimeSpan.FromMilliseconds(random.NextDouble() * clean.Elapsed.TotalMilliseconds);
            outcome.Killed(await Programs.KillParReportAsync(database.ConnectionString, after, docx), after);

            outcome.CheckTemp(kill);
            outcome.Check(await Consistency.DatabaseAsync(database), kill);
            var left = Documents(output);
            outcome.Check(left.Where(f => !Consistency.IsWholeDocx(File.ReadAllBytes(Path.Combine(output, f)))).Select(FaultMessages.HalfWritten), kill);
            outcome.Check(left.Except(expected).Select(FaultMessages.Unexpected), kill);
            if (left.Count == expected.Count) outcome.Committed++;

            var again = await Programs.ParReportAsync(database.ConnectionString, docx);
            if (again.Exit != clean.Exit) outcome.Check([FaultMessages.Failed("report docx", again)], kill);
            var written = Documents(output);
            if (!written.SequenceEqual(expected) || written.Any(f => !Consistency.IsWholeDocx(File.ReadAllBytes(Path.Combine(output, f)))))
                outcome.Check([FaultMessages.DocumentsDiffer(written.Count, expected.Count)], kill);
        }
    }

    /// <summary>The documents under their final names (a temporary file of a killed write starts with a dot).</summary>
    private static List<string> Documents(string folder) =>
        Directory.GetFiles(folder, "*.docx").Select(Path.GetFileName).OfType<string>().Where(f => !f.StartsWith('.')).Order(StringComparer.Ordinal).ToList();

    private static void Empty(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(folder);
    }
}
