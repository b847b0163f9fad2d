namespace ParReport.Storage.Records;

/// <summary>One change to a report: what (an indicator value, a narrative, a part's status or assignee), old → new, who, when, and why if said.</summary>
public sealed class AuditRecord
{
    public long Id { get; set; }
    public int ReportId { get; set; }
    public required string Subject { get; set; }
    public required string Key { get; set; }
    public string? Old { get; set; }
    public string? New { get; set; }
    public required string UserName { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Reason { get; set; }
}
