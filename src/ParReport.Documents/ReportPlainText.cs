using ParReport.Domain.Formatting;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Entry;
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
        foreach (var row in AppendixLine.For(template, report))
            lines.Add(row.Kind != AppendixLineKind.FormTitle ? $"{row.Stt}\t{row.Label}\t{row.Unit}\t{row.Value}\t"
                : AppendixLine.IsRoman(row.Stt) ? $"{row.Stt}\t{row.Label}\t\t\t" : row.Label);
        return lines;
    }

    private static void AddOutline(OutlineItem item, Report report, ILookup<string, string> sentences, List<string> lines)
    {
        lines.Add(item.Heading);
        if (report.Narratives.TryGetValue(item.Code, out var text)) lines.Add(text);
        lines.AddRange(sentences[item.Code]);
        foreach (var section in NarrativeSection.Of(item).Skip(1))
            if (report.Narratives.TryGetValue(section.Key, out var assessment)) lines.Add($"{section.Title}: {assessment}");
        foreach (var child in item.Items) AddOutline(child, report, sentences, lines);
    }

    private static string Place(OrgUnit unit) =>
        unit.Name.Replace("Thị trấn ", "").Replace("Xã ", "").Replace("Huyện ", "").Replace("Tỉnh ", "");
}
