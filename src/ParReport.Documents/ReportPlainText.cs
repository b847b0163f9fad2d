using ParReport.Domain.Formatting;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using ParReport.Domain.Writing;

namespace ParReport.Documents;

/// <summary>
/// A report as plain text lines, laid out like the published documents (header, title, outline sections with
/// their narrative, appendix rows with tab-separated cells): what the checker reads back.
/// </summary>
public static class ReportPlainText
{
    public static IReadOnlyList<string> Render(ReportTemplate template, OrgUnit unit, ReportingRequest request, Report report, string documentNumber)
    {
        var date = request.Deadline;
        var lines = new List<string>
        {
            $"Số: {documentNumber}",
            $"{Place(unit)}, ngày {date.Day} tháng {date.Month} năm {date.Year}",
            "",
            "BÁO CÁO",
            $"Kết quả công tác cải cách hành chính {report.Period.Label}",
            "",
        };
        var sentences = StatisticalText.For(template, report).ToLookup(s => s.OutlineCode, s => s.Text);
        foreach (var item in template.Outline) AddOutline(item, report, sentences, lines);

        lines.Add("");
        lines.Add("Phụ lục");
        lines.Add($"(Kèm theo Báo cáo số {documentNumber} ngày {date.Day}/{date.Month}/{date.Year} của UBND {Place(unit)})");
        lines.Add("STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu\tGhi chú");
        var rates = Derivation.Rates(template, report.Values);
        foreach (var form in template.Forms)
        {
            // A form whose first row is its own heading (the district form's "3 Cải cách thủ tục hành chính") needs no title line.
            if (form.Indicators[0] is not { Kind: IndicatorKind.Group } first || first.Code != form.Code)
            {
                if (IsRoman(form.Code)) lines.Add($"{form.Code}\t{form.Title.ToUpperInvariant()}\t\t\t");
                else lines.Add($"Biểu mẫu {form.Code}: {form.Title}");
            }
            foreach (var i in form.Indicators)
            {
                var value = i.Kind == IndicatorKind.Choice
                    ? report.Number(i.Key) is { } code ? VietnameseNumbers.FormatNumber(code) : ""
                    : IndicatorFormatter.Format(i, report.Values.GetValueOrDefault(i.Key), rates.GetValueOrDefault(i.Key));
                lines.Add($"{i.Code}\t{i.Label}\t{i.UnitText}\t{value}\t");
            }
        }
        return lines;
    }

    private static void AddOutline(OutlineItem item, Report report, ILookup<string, string> sentences, List<string> lines)
    {
        lines.Add(item.Code.Contains('.') ? $"{item.Number}. {item.Title}" : $"{item.Number}. {item.Title.ToUpperInvariant()}");
        if (report.Narratives.TryGetValue(item.Code, out var text)) lines.Add(text);
        lines.AddRange(sentences[item.Code]);
        foreach (var child in item.Items) AddOutline(child, report, sentences, lines);
    }

    private static string Place(OrgUnit unit) =>
        unit.Name.Replace("Thị trấn ", "").Replace("Xã ", "").Replace("Huyện ", "").Replace("Tỉnh ", "");

    private static bool IsRoman(string code) => code.All(c => c is 'I' or 'V' or 'X');
}
