namespace ParReport.Application.Demo;

/// <summary>The time the demo is made at: a day given on the command line, or the moment of a seeded step. In UTC, as PostgreSQL keeps instants.</summary>
public sealed class DemoClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now.ToUniversalTime();

    public DateTimeOffset Now { get => _now; set => _now = value.ToUniversalTime(); }

    public override DateTimeOffset GetUtcNow() => _now;
}
