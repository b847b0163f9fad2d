namespace ParReport.Storage.Records;

/// <summary>A part of a report ("muc-II.2", "bieu-III"): who it is assigned to, by when, and how far it has got.</summary>
public sealed class AssignmentRecord
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public required string PartKey { get; set; }
    public string? AssigneeId { get; set; }
    public UserRecord? Assignee { get; set; }
    public DateOnly? Deadline { get; set; }
    public int Status { get; set; }
}
