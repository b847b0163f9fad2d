namespace ParReport.Faults;

/// <summary>What a campaign runs: which scenarios on which databases, how many kills each, how big the import.</summary>
public sealed record FaultOptions
{
    public int Kills { get; init; } = 20;
    public IReadOnlyList<string> Databases { get; init; } = ["sqlite", "postgres"];
    public IReadOnlyList<string> Scenarios { get; init; } = ["import", "submit", "docx"];
    public long Rows { get; init; } = 1_000_000;
    public int Seed { get; init; } = 1;
    public string Postgres { get; init; } = "Host=127.0.0.1;Username=postgres;Password=postgres";

    public static FaultOptions Parse(string[] args)
    {
        var options = new FaultOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(FaultMessages.MissingValue(args[i]));
            long Number()
            {
                var name = args[i];
                return long.TryParse(Value(), out var n) && n > 0 ? n : throw new ArgumentException(FaultMessages.NotAPositiveNumber(name));
            }
            options = args[i] switch
            {
                "--kills" => options with { Kills = (int)Number() },
                "--rows" => options with { Rows = Number() },
                "--seed" => options with { Seed = (int)Number() },
                "--postgres" => options with { Postgres = Value() },
                "--database" => options with { Databases = Value() switch
                {
                    "both" => ["sqlite", "postgres"], "sqlite" => ["sqlite"], "postgres" => ["postgres"],
                    var other => throw new ArgumentException(FaultMessages.Unknown("--database", other)),
                } },
                "--scenario" => options with { Scenarios = Value() switch
                {
                    "all" => ["import", "submit", "docx"],
                    var one when one is "import" or "submit" or "docx" => [one],
                    var other => throw new ArgumentException(FaultMessages.Unknown("--scenario", other)),
                } },
                var other => throw new ArgumentException(FaultMessages.Unknown("", other)),
            };
        }
        return options;
    }
}
