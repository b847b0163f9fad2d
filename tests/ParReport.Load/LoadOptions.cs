namespace ParReport.Load;

/// <summary>What a run simulates: how many users for how long, against which server, with which seed.</summary>
public sealed record LoadOptions
{
    public int Users { get; init; } = 20;
    public int DurationSeconds { get; init; } = 30;

    /// <summary>A running server to load; null: the tool starts the web app on loopback on a fresh PostgreSQL database.</summary>
    public Uri? Url { get; init; }

    /// <summary>The process id of the server given by <see cref="Url"/>, to read its memory; unknown without it.</summary>
    public int? Pid { get; init; }

    public int Seed { get; init; } = 1;

    /// <summary>The mean pause between two pages of one user, in ms (each pause drawn between half and one and a half times it).</summary>
    public int ThinkMs { get; init; } = 1000;

    public string Connection { get; init; } = "Host=127.0.0.1;Username=postgres;Password=postgres;Database=parreport_load";
    public int Port { get; init; } = 5198;

    /// <summary>Leaves the started server's database in place after the run, to look at it.</summary>
    public bool KeepDatabase { get; init; }

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException(LoadMessages.MissingValue(args[i]));
            int Number()
            {
                var name = args[i];
                return int.TryParse(Value(), out var n) && n > 0 ? n : throw new ArgumentException(LoadMessages.NotAPositiveNumber(name));
            }
            options = args[i] switch
            {
                "--users" => options with { Users = Number() },
                "--duration" => options with { DurationSeconds = Number() },
                "--url" => options with { Url = new Uri(Value()) },
                "--pid" => options with { Pid = Number() },
                "--seed" => options with { Seed = Number() },
                "--think" => options with { ThinkMs = int.TryParse(Value(), out var t) && t >= 0 ? t : throw new ArgumentException(LoadMessages.NotAPositiveNumber("--think")) },
                "--connection" => options with { Connection = Value() },
                "--port" => options with { Port = Number() },
                "--keep-database" => options with { KeepDatabase = true },
                _ => throw new ArgumentException(LoadMessages.UnknownOption(args[i])),
            };
        }
        return options;
    }
}
