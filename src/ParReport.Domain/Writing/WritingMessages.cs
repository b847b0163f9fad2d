using static ParReport.Domain.Formatting.VietnameseNumbers;

namespace ParReport.Domain.Writing;

/// <summary>Vietnamese messages about reworded statistical sentences.</summary>
internal static class WritingMessages
{
    public const string Empty = "Câu không được để trống.";

    public static string ForeignNumbers(IEnumerable<string> foreign, IEnumerable<decimal> allowed) =>
        $"Câu sửa có số {string.Join(", ", foreign.Select(n => $"«{n}»"))} không có trong số liệu đã lưu; "
        + $"chỉ được dùng các số: {string.Join("; ", allowed.Distinct().Select(FormatNumber))}. Muốn đổi số, hãy sửa số liệu trong biểu mẫu.";
}
