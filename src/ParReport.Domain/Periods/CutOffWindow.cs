namespace ParReport.Domain.Periods;

/// <summary>
/// The data cut-off window (thời gian chốt số liệu): both days included, e.g. 15/12/2023 → 14/03/2024.
/// </summary>
public sealed record CutOffWindow
{
    public CutOffWindow(DateOnly from, DateOnly to)
    {
        if (to < from) throw new ArgumentException($"Window ends ({to:dd/MM/yyyy}) before it starts ({from:dd/MM/yyyy}).");
        From = from;
        To = to;
    }

    public DateOnly From { get; }
    public DateOnly To { get; }

    public bool Contains(DateOnly day) => day >= From && day <= To;

    public override string ToString() => $"{From:dd/MM/yyyy} → {To:dd/MM/yyyy}";
}
