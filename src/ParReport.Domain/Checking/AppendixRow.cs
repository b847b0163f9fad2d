namespace ParReport.Domain.Checking;

/// <summary>A row of the appendix table: STT | Chỉ tiêu | Đơn vị tính | Số liệu | Ghi chú, and the form it sits in.</summary>
public sealed record AppendixRow(int Line, string? FormCode, string Stt, string Label, string Unit, StatedValue Value, string Note)
{
    /// <summary>The STT without its trailing dot: "3.1." → "3.1".</summary>
    public string Code => Stt.TrimEnd('.').Trim();

    public string Location => Stt.Length > 0 ? $"phụ lục, mục {Code} «{Short(Label)}»" : $"phụ lục, dòng «{Short(Label)}»";

    private static string Short(string label) => label.Length <= 60 ? label : label[..57] + "…";
}
