using ParReport.Domain.Formatting;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Documents;

/// <summary>
/// One printed row of the appendix (STT | Chỉ tiêu thống kê | Đơn vị tính | Số liệu | Ghi chú), the same in the
/// text, DOCX and XLSX outputs: a form's title, a group heading, or an indicator with its value in Vietnamese format.
/// </summary>
public sealed record AppendixLine(string Stt, string Label, string Unit, string Value, AppendixLineKind Kind)
{
    public bool IsBold => Kind != AppendixLineKind.Value;

    public static IEnumerable<AppendixLine> For(ReportTemplate template, Report report)
    {
        var rates = Derivation.Rates(template, report.Values);
        foreach (var form in template.Forms)
        {
            // A form whose first row is its own heading (the district form's "3 Cải cách thủ tục hành chính") needs no title row.
            if (form.Indicators[0] is not { Kind: IndicatorKind.Group } first || first.Code != form.Code)
                yield return new AppendixLine(form.Code, IsRoman(form.Code) ? form.Title.ToUpperInvariant() : $"Biểu mẫu {form.Code}: {form.Title}", "", "", AppendixLineKind.FormTitle);
            foreach (var i in form.Indicators)
                yield return new AppendixLine(i.Code, i.Label, i.UnitText, IndicatorFormatter.Display(i, report, rates),
                    i.Kind == IndicatorKind.Group ? AppendixLineKind.Group : AppendixLineKind.Value);
        }
    }

    /// <summary>Roman-numbered forms (I … V) are sections of one table; numbered forms are separate biểu mẫu.</summary>
    public static bool IsRoman(string code) => code.All(c => c is 'I' or 'V' or 'X');
}

public enum AppendixLineKind
{
    FormTitle,
    Group,
    Value,
}
