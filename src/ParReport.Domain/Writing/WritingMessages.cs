namespace ParReport.Domain.Writing;

/// <summary>Vietnamese messages about reworded statistical sentences.</summary>
internal static class WritingMessages
{
    public const string Empty = "Câu không được để trống.";

    public static string DifferentNumbers(IEnumerable<string> found, IEnumerable<string> expected) =>
        $"Câu sửa nêu các số {List(found)} nhưng số liệu đã lưu là {List(expected)}: phải giữ đúng các số đó, viết như cũ và theo thứ tự cũ. "
        + "Muốn đổi số, hãy sửa số liệu trong biểu mẫu.";

    private static string List(IEnumerable<string> numbers) => numbers.Any() ? string.Join(", ", numbers.Select(n => $"«{n}»")) : "(không có số nào)";
}
