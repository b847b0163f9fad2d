using ParReport.Domain.Entry;
using ParReport.Domain.Periods;
using ParReport.Domain.Workflow;

namespace ParReport.Application.Notices;

/// <summary>The Vietnamese wording of notices and their e-mails.</summary>
public static class NoticeMessages
{
    public static string Assigned(ReportPart part, ReportingPeriod period, string unitName, DateOnly? deadline, string by) =>
        $"{by} giao cho bạn {part.Label} — báo cáo {period.Label} của {unitName}{(deadline is { } d ? $", hạn {d:dd/MM/yyyy}" : "")}.";

    public static string Moved(ReportTransition transition, ReportingPeriod period, string unitName, string by, string? comment)
    {
        var what = $"Báo cáo {period.Label} của {unitName}";
        var text = transition switch
        {
            ReportTransition.SendToLeader => $"{what} đã hoàn thành, chờ lãnh đạo ký (gửi bởi {by}).",
            ReportTransition.CallBack => $"{what} đã được rút lại để sửa ({by}).",
            ReportTransition.SignOff => $"{what} đã được {by} ký và gửi cấp trên.",
            ReportTransition.Return => $"{what} bị {by} trả lại để sửa.",
            ReportTransition.Accept => $"{what} đã được {by} tiếp nhận.",
            ReportTransition.Reopen => $"{what} được {by} mở lại để sửa.",
            _ => throw new ArgumentOutOfRangeException(nameof(transition)),
        };
        return comment is { Length: > 0 } ? $"{text} Ghi chú: {comment}" : text;
    }

    public static string RequestSent(ReportingRequest request, string issuerName) =>
        $"{issuerName} yêu cầu báo cáo {request.Period.Label} (mẫu {request.Template}), hạn nộp {request.DeadlineLabel}.";

    public static string DueSoon(ReportingRequest request, string unitName, int days) =>
        $"Báo cáo {request.Period.Label} của {unitName} đến hạn nộp {request.DeadlineLabel} (còn {days} ngày) mà chưa gửi.";

    public static string Overdue(ReportingRequest request, string unitName, int days) =>
        $"Báo cáo {request.Period.Label} của {unitName} đã quá hạn {days} ngày (hạn {request.DeadlineLabel}) mà chưa gửi.";

    /// <summary>A comment, quoted up to 300 characters.</summary>
    public static string Commented(string by, string targetLabel, ReportingPeriod period, string unitName, string text) =>
        $"{by} góp ý về {targetLabel} — báo cáo {period.Label} của {unitName}: «{(text.Length > 300 ? text[..300] + "…" : text)}»";

    public static string MailSubject(string text) => "[ParReport] " + (text.Length > 90 ? text[..90] + "…" : text);
}
