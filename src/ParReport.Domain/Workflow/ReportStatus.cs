namespace ParReport.Domain.Workflow;

/// <summary>Where a unit's report stands on its way up the hierarchy.</summary>
public enum ReportStatus
{
    /// <summary>Nháp: being filled by the unit's officials.</summary>
    Draft,
    /// <summary>Chờ ký: complete and consistent, waiting for the leader's sign-off.</summary>
    AwaitingSignOff,
    /// <summary>Đã gửi: signed off and sent to the upper level.</summary>
    Sent,
    /// <summary>Trả lại: returned by the upper level with reasons; the unit edits it again.</summary>
    Returned,
    /// <summary>Đã tiếp nhận: accepted by the upper level.</summary>
    Accepted,
}

public static class ReportStatuses
{
    public static readonly IReadOnlyList<ReportStatus> All = Enum.GetValues<ReportStatus>();

    public static string Label(ReportStatus status) => status switch
    {
        ReportStatus.Draft => "nháp",
        ReportStatus.AwaitingSignOff => "chờ ký",
        ReportStatus.Sent => "đã gửi",
        ReportStatus.Returned => "trả lại",
        ReportStatus.Accepted => "đã tiếp nhận",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>Whether the unit may change the report's values, narrative and parts: only while it is theirs to fill.</summary>
    public static bool IsEditable(ReportStatus status) => status is ReportStatus.Draft or ReportStatus.Returned;

    /// <summary>Whether the upper level has the report: sent, and not returned since.</summary>
    public static bool IsSent(ReportStatus status) => status is ReportStatus.Sent or ReportStatus.Accepted;
}
