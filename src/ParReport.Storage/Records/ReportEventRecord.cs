namespace ParReport.Storage.Records;

/// <summary>One step of a report's workflow: which, from and to which state, who, when, with what comment and, for a return, the reason per part.</summary>
public sealed class ReportEventRecord
{
    public long Id { get; set; }
    public int ReportId { get; set; }
    public required string Transition { get; set; }
    public int FromStatus { get; set; }
    public int ToStatus { get; set; }
    public required string UserName { get; set; }
    public required string FullName { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Comment { get; set; }

    /// <summary>A return's reasons by part key ("bieu-III"), as JSON; null when none.</summary>
    public string? PartReasons { get; set; }

    /// <summary>The version the step sent, for a sign-off.</summary>
    public int? Version { get; set; }
}
