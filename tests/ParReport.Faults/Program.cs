using ParReport.Faults;

// Kills the real parreport processes at random moments and checks what they leave behind (docs/RELIABILITY.md, "Faults").
FaultOptions options;
try
{
    options = FaultOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
var folder = Path.Combine(Path.GetTempPath(), "parreport-faults");
Directory.CreateDirectory(folder);
Programs.TempFolder = Directory.CreateDirectory(Path.Combine(folder, "tmp")).FullName;
var outcomes = new List<Outcome>();
foreach (var scenario in options.Scenarios)
    foreach (var kind in options.Databases)
    {
        var outcome = new Outcome(scenario, kind);
        outcomes.Add(outcome);
        var started = DateTime.UtcNow;
        var database = await FaultDatabase.CreateAsync(kind, scenario, options, folder);
        try
        {
            await (scenario switch
            {
                "import" => ImportScenario.RunAsync(database, options, folder, outcome),
                "submit" => SubmitScenario.RunAsync(database, options, outcome),
                _ => DocxScenario.RunAsync(database, options, folder, outcome),
            });
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException or IOException or System.Data.Common.DbException)
        {
            outcome.Problems.Add(FaultMessages.Broke(scenario, kind, e.Message));
        }
        finally
        {
            await database.DropAsync();
        }
        Console.WriteLine($"{FaultMessages.Row(outcome)} ({(DateTime.UtcNow - started).TotalSeconds:0} s)");
        foreach (var problem in outcome.Problems) Console.WriteLine("  " + problem);
    }
Console.WriteLine();
Console.WriteLine(FaultMessages.Header);
foreach (var outcome in outcomes) Console.WriteLine(FaultMessages.Row(outcome));
return outcomes.Any(o => o.Problems.Count > 0) ? 1 : 0;
