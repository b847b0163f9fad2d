namespace ParReport.Domain.Dossiers;

/// <summary>Vietnamese messages about dossier files.</summary>
internal static class DossierMessages
{
    public const string MissingCode = "thiếu mã hồ sơ.";
    public const string MissingField = "thiếu lĩnh vực.";
    public const string BadDate = "không đọc được ngày (dùng dd/MM/yyyy, d/M/yyyy, dd-MM-yyyy, có hoặc không có giờ, yyyy-MM-dd, hoặc ngày dạng số của Excel).";
    public const string DateTooEarly = "ngày trước năm 1900 không phải ngày của một hồ sơ (ô để trống nếu không có).";
    public const string DateTooLate = "ngày sau năm 2100 không phải ngày của một hồ sơ (ô để trống nếu không có).";
    public const string MissingReceived = "thiếu ngày tiếp nhận.";
    public const string ResultBeforeReceipt = "ngày có kết quả trước ngày tiếp nhận.";
    public const string UnknownChannel = "hình thức nộp không rõ (nhận: Trực tuyến, Nộp trực tuyến, Qua mạng, DVC toàn trình, DVC một phần; Trực tiếp, Tại Bộ phận Một cửa; Bưu chính, Dịch vụ bưu chính công ích, Qua bưu điện).";
    public const string BadFee = "phí, lệ phí không phải là một số không âm (tối đa 2 chữ số thập phân), cũng không phải Có/Không, Miễn phí.";
    public const string UnknownStatus = "trạng thái không rõ (nhận: Đã trả kết quả, Hoàn thành, Đang giải quyết, Đang xử lý, Chờ trả kết quả…; Rút hồ sơ; Từ chối, Không đủ điều kiện, Trả lại; Yêu cầu bổ sung, Tạm dừng; Hủy).";
    public static string TooLong(int length) => $"dài quá {length} ký tự.";
    public const string BadYesNo = "không rõ có hay không (dùng Có/Không, Đã/Chưa, x, 1/0, TRUE/FALSE).";

    public static string ColumnName(DossierColumn column) => column switch
    {
        DossierColumn.Code => "Mã hồ sơ",
        DossierColumn.Field => "Lĩnh vực",
        DossierColumn.Procedure => "Thủ tục",
        DossierColumn.Received => "Ngày tiếp nhận",
        DossierColumn.Deadline => "Ngày hẹn trả",
        DossierColumn.Resolved => "Ngày có kết quả",
        DossierColumn.Channel => "Hình thức nộp",
        DossierColumn.Status => "Trạng thái",
        DossierColumn.Fee => "Phí/lệ phí",
        DossierColumn.PaidOnline => "Thanh toán trực tuyến",
        _ => "Mức độ hài lòng",
    };
}
