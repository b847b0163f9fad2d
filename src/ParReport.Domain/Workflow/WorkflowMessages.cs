namespace ParReport.Domain.Workflow;

/// <summary>Vietnamese messages of the report workflow: refusals, locks, timeliness.</summary>
public static class WorkflowMessages
{
    public static string Action(ReportTransition transition) => transition switch
    {
        ReportTransition.SendToLeader => "Gửi lãnh đạo ký",
        ReportTransition.CallBack => "Rút lại để sửa",
        ReportTransition.SignOff => "Ký và gửi cấp trên",
        ReportTransition.Return => "Trả lại để sửa",
        ReportTransition.Accept => "Tiếp nhận",
        ReportTransition.Reopen => "Mở lại để sửa",
        _ => throw new ArgumentOutOfRangeException(nameof(transition)),
    };

    /// <summary>What the history of a report says a transition did.</summary>
    public static string Done(ReportTransition transition) => transition switch
    {
        ReportTransition.SendToLeader => "gửi lãnh đạo ký",
        ReportTransition.CallBack => "rút lại để sửa",
        ReportTransition.SignOff => "ký và gửi cấp trên",
        ReportTransition.Return => "trả lại để sửa",
        ReportTransition.Accept => "tiếp nhận",
        ReportTransition.Reopen => "mở lại để sửa",
        _ => throw new ArgumentOutOfRangeException(nameof(transition)),
    };

    public static string WrongState(ReportTransition transition, ReportStatus status) =>
        $"Không thể «{Action(transition).ToLowerInvariant()}»: báo cáo đang ở trạng thái «{ReportStatuses.Label(status)}».";

    public static string Unfinished(IReadOnlyList<string> parts) =>
        $"Còn {parts.Count} phần chưa xong: {string.Join("; ", parts)}.";

    public static string Violations(int count) =>
        $"Còn {count} lỗi số liệu cần sửa trước khi gửi lãnh đạo ký.";

    public const string DocumentMissing = "Cần ghi số và ngày văn bản khi ký.";

    public static string ReasonMissing(ReportTransition transition) =>
        transition == ReportTransition.Reopen ? "Cần ghi lý do mở lại báo cáo." : "Cần ghi lý do trả lại: chung cho cả báo cáo hoặc cho từng phần.";

    public const string NotAllowed = "Bạn không có quyền thực hiện bước này với báo cáo của đơn vị.";

    public const string Moved = "Báo cáo vừa được người khác sửa hoặc chuyển bước; hãy tải lại trang rồi làm lại.";

    /// <summary>
    /// Why a locked report refuses a change, and who can unlock it — never a bare "locked". <paramref name="since"/> is
    /// when the report entered its state, in Vietnam's time.
    /// </summary>
    public static string Locked(ReportStatus status, DateTimeOffset since, string unitName, string issuerName) => status switch
    {
        ReportStatus.AwaitingSignOff =>
            $"Báo cáo đã gửi lãnh đạo ký ngày {since:dd/MM/yyyy}; chỉ cán bộ tổng hợp hoặc lãnh đạo {unitName} có thể rút lại để sửa.",
        ReportStatus.Sent =>
            $"Báo cáo đã gửi cấp trên ngày {since:dd/MM/yyyy}; chỉ cán bộ {issuerName} có thể trả lại để sửa.",
        ReportStatus.Accepted =>
            $"Báo cáo đã được {issuerName} tiếp nhận ngày {since:dd/MM/yyyy}; chỉ cán bộ {issuerName} có thể mở lại để sửa.",
        _ => throw new ArgumentOutOfRangeException(nameof(status), "An editable report is not locked."),
    };
}
