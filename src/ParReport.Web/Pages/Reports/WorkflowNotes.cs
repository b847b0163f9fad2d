using ParReport.Domain.Workflow;

namespace ParReport.Web.Pages.Reports;

/// <summary>The confirmation shown after a step on the report page.</summary>
public static class WorkflowNotes
{
    public static string Done(string done) => done switch
    {
        "assigned" => "Đã giao phần việc; người được giao đã nhận thông báo.",
        "document" => "Đã lưu thông tin văn bản.",
        nameof(ReportTransition.SendToLeader) => "Đã gửi lãnh đạo ký; lãnh đạo đã nhận thông báo.",
        nameof(ReportTransition.CallBack) => "Đã rút báo cáo lại để sửa.",
        nameof(ReportTransition.SignOff) => "Đã ký và gửi báo cáo lên cấp trên.",
        nameof(ReportTransition.Return) => "Đã trả lại báo cáo để đơn vị sửa.",
        nameof(ReportTransition.Accept) => "Đã tiếp nhận báo cáo.",
        nameof(ReportTransition.Reopen) => "Đã mở lại báo cáo để đơn vị sửa.",
        _ => "Đã lưu.",
    };
}
