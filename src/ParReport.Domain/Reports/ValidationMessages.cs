using ParReport.Domain.Templates;
using static ParReport.Domain.Formatting.VietnameseNumbers;

namespace ParReport.Domain.Reports;

/// <summary>The Vietnamese wording of every report violation, reviewed in one place.</summary>
internal static class ValidationMessages
{
    private static string Name(Indicator i) => $"chỉ tiêu {i.Code} «{i.Label}» (biểu mẫu {i.FormCode})";

    public static string NotACount(Indicator i, decimal v) =>
        $"Giá trị {FormatNumber(v)} của {Name(i)} phải là số nguyên không âm ({i.Unit}).";

    public static string NegativeMoney(Indicator i, decimal v) =>
        $"Giá trị {FormatNumber(v)} triệu đồng của {Name(i)} không được âm.";

    public static string PercentOutOfRange(Indicator i, decimal v) =>
        $"Tỷ lệ {FormatNumber(v)}% của {Name(i)} phải nằm trong khoảng 0% – 100%.";

    public static string NotAnOption(Indicator i, decimal v) =>
        $"Giá trị {FormatNumber(v)} của {Name(i)} không phải là một lựa chọn hợp lệ; chỉ nhận: {string.Join("; ", i.Choices)}.";

    public static string NotEnterable(Indicator i) => i.Kind == IndicatorKind.Rate
        ? $"{Capitalised(Name(i))} được tính tự động từ chỉ tiêu {i.Numerator} và {i.Denominator}, không nhập trực tiếp."
        : $"{Capitalised(Name(i))} là tiêu đề nhóm, không có số liệu.";

    public static string WrongType(Indicator i) => i.Kind == IndicatorKind.Text
        ? $"{Capitalised(Name(i))} nhận nội dung chữ, không nhận số."
        : $"{Capitalised(Name(i))} phải là một số.";

    public static string UnknownIndicator(string key) => $"Mẫu báo cáo không có chỉ tiêu «{key}».";

    public static string PartExceedsWhole(Indicator part, decimal partValue, Indicator whole, decimal wholeValue) =>
        $"Chỉ tiêu {part.Code} «{part.Label}» ({FormatNumber(partValue)}) lớn hơn chỉ tiêu {whole.Code} «{whole.Label}» "
        + $"({FormatNumber(wholeValue)}) trong biểu mẫu {whole.FormCode}: phần không thể vượt quá tổng.";

    public static string PartsDoNotSum(Indicator whole, decimal wholeValue, IReadOnlyList<(Indicator Part, decimal Value)> parts) =>
        $"Chỉ tiêu {whole.Code} «{whole.Label}» là {FormatNumber(wholeValue)} nhưng tổng các chỉ tiêu thành phần "
        + $"{string.Join(" + ", parts.Select(p => $"{p.Part.Code} ({FormatNumber(p.Value)})"))} = {FormatNumber(parts.Sum(p => p.Value))} "
        + $"(biểu mẫu {whole.FormCode}).";

    public static string PartsExceedWhole(Indicator whole, decimal wholeValue, IReadOnlyList<(Indicator Part, decimal Value)> parts) =>
        $"Tổng các chỉ tiêu thành phần đã nhập {string.Join(" + ", parts.Select(p => $"{p.Part.Code} ({FormatNumber(p.Value)})"))} "
        + $"= {FormatNumber(parts.Sum(p => p.Value))} đã vượt quá chỉ tiêu {whole.Code} «{whole.Label}» ({FormatNumber(wholeValue)}) "
        + $"(biểu mẫu {whole.FormCode}).";

    public static string DisjointPartsExceedWhole(Indicator whole, decimal wholeValue, IReadOnlyList<(Indicator Part, decimal Value)> parts) =>
        $"Các chỉ tiêu {string.Join(" + ", parts.Select(p => $"{p.Part.Code} ({FormatNumber(p.Value)})"))} = {FormatNumber(parts.Sum(p => p.Value))} "
        + $"là các phần không trùng nhau của chỉ tiêu {whole.Code} «{whole.Label}» ({FormatNumber(wholeValue)}), nên cộng lại không thể vượt quá nó "
        + $"(biểu mẫu {whole.FormCode}).";

    public static string ChoiceContradictsCount(Indicator choice, string option, Indicator counted, decimal value, bool some) => some
        ? $"Chỉ tiêu {choice.Code} «{choice.Label}» chọn «{option}» nhưng chỉ tiêu {counted.Code} «{counted.Label}» là 0: đã chọn «{option}» thì phải lớn hơn 0 (biểu mẫu {choice.FormCode})."
        : $"Chỉ tiêu {choice.Code} «{choice.Label}» chọn «{option}» nhưng chỉ tiêu {counted.Code} «{counted.Label}» là {FormatNumber(value)}: đã chọn «{option}» thì phải bằng 0 hoặc để trống (biểu mẫu {choice.FormCode}).";

    private static string Capitalised(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
