namespace ParReport.Storage.Records;

/// <summary>A reviewer's note that an unusual value of one version of a report is explained; it holds for that version only.</summary>
public sealed class OutlierNoteRecord
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public int Version { get; set; }

    /// <summary>The indicator's key ("III/3.1.1").</summary>
    public required string Key { get; set; }
    public required string Note { get; set; }
    public required string UserName { get; set; }
    public required string FullName { get; set; }
    public DateTimeOffset At { get; set; }
}
