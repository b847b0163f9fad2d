namespace ParReport.Domain.Workflow;

/// <summary>What the upper level's board needs of one unit's report: its state, when it was first and last sent, how often it was returned.</summary>
public sealed record ReportProgress(ReportStatus Status, DateTimeOffset? FirstSent, DateTimeOffset? LastSent, int Returns)
{
    public static readonly ReportProgress NotStarted = new(ReportStatus.Draft, null, null, 0);
}
