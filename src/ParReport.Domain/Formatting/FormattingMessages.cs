namespace ParReport.Domain.Formatting;

/// <summary>Vietnamese messages for numbers that cannot be read.</summary>
internal static class FormattingMessages
{
    public const string Empty = "Chưa nhập số.";

    public static string TooManyCommas(string text) =>
        $"«{text}» có nhiều hơn một dấu phẩy; dấu phẩy chỉ dùng để ngăn cách phần thập phân (ví dụ 99,8).";

    public static string BadGrouping(string text) =>
        $"«{text}» dùng dấu chấm không đúng chỗ; dấu chấm ngăn cách từng nhóm ba chữ số (ví dụ 1.034).";

    public static string NotANumber(string text) => $"«{text}» không phải là một số.";
}
