namespace ParReport.Application.Comments;

/// <summary>The Vietnamese wording of the comments' refusals.</summary>
public static class CommentMessages
{
    public const string Empty = "Ý kiến trống: hãy nhập nội dung trước khi gửi.";

    public static string UnknownTarget(string? key) =>
        $"Không có phần, chỉ tiêu hay đoạn nội dung «{key}» trong mẫu báo cáo này để góp ý.";

    public const string AlreadyResolved = "Ý kiến này đã được đánh dấu xong.";

    public const string AlreadyOpen = "Ý kiến này đang mở.";

    public const string NeverSent = "Đơn vị chưa gửi báo cáo này lên cấp trên: chưa có gì để góp ý.";
}
