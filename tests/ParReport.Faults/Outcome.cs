namespace ParReport.Faults;

/// <summary>What one scenario on one database gave: kills, how many landed mid-work, what was found wrong, rows lost.</summary>
public sealed class Outcome(string scenario, string database)
{
    public string Scenario { get; } = scenario;
    public string Database { get; } = database;
    public TimeSpan Clean { get; set; }
    /// <summary>How long the command takes to start and open the database (a command doing nothing else); zero for the web app, killed once it answers.</summary>
    public TimeSpan Startup { get; set; }
    public int Kills { get; set; }
    /// <summary>Kills that found the process still running.</summary>
    public int Running { get; set; }
    /// <summary>Kills that found it running past its start-up, in the middle of the work.</summary>
    public int Landed { get; set; }
    /// <summary>Kills after which the work was found done (committed before the kill) rather than absent.</summary>
    public int Committed { get; set; }
    public long? RowsLost { get; set; }
    public List<string> Problems { get; } = [];

    public void Killed(bool running, TimeSpan after)
    {
        Kills++;
        if (running) Running++;
        if (running && after >= Startup) Landed++;
    }

    public void Check(IEnumerable<string> problems, int kill)
    {
        problems = problems.ToList();
        foreach (var problem in problems) Problems.Add(FaultMessages.AtKill(kill, problem));
    }

    /// <summary>Counts as a problem what the killed process left in the temporary folder (space never given back), then clears it.</summary>
    public void CheckTemp(int kill)
    {
        var left = Programs.LeftInTemp();
        if (left.Length > 0) Problems.Add(FaultMessages.AtKill(kill, FaultMessages.LeftInTemp(left.Length, left.Sum(f => new FileInfo(f).Length))));
        foreach (var file in Directory.GetFiles(Programs.TempFolder)) File.Delete(file);
    }
}
