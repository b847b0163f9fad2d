using ParReport.Domain.Periods;

namespace ParReport.Application.Requests;

/// <summary>The Vietnamese wording of requests and their board.</summary>
public static class RequestMessages
{
    public static string UnknownUnit(string code) => $"Không có đơn vị mã «{code}».";

    public const string LetterNeedsNumberAndDate = "Văn bản yêu cầu cần cả số và ngày.";

    public static string BadReminderDays(int max) => $"Số ngày nhắc trước hạn phải từ 0 đến {max}.";

    public static string Exists(string issuer, ReportingPeriod period) => $"{issuer} đã gửi yêu cầu báo cáo {period.Label}; không tạo thêm.";

    public const string ReasonNeeded = "Cần ghi lý do thêm hoặc bớt đơn vị của yêu cầu.";

    public static string NotBelow(string unit, string issuer) => $"{unit} không trực thuộc {issuer}.";

    public static string Sent(string issuer, ReportingRequest request, int units) =>
        $"Đã tạo yêu cầu báo cáo {request.Period.Label} của {issuer} (mẫu {request.Template}): chốt số liệu {request.Window.From:dd/MM/yyyy} – {request.Window.To:dd/MM/yyyy}, "
        + $"hạn nộp {request.DeadlineLabel}, gửi {units} đơn vị.";
}
