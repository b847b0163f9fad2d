namespace ParReport.Storage.Records;

/// <summary>The stored narrative of one outline item of a report.</summary>
public sealed class NarrativeRecord
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public required string OutlineCode { get; set; }
    public required string Text { get; set; }

    /// <summary>Raised by each change, so that two saves racing on one text cannot both win.</summary>
    public int Version { get; set; }
}
