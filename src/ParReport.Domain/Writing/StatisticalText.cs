using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using static ParReport.Domain.Formatting.VietnameseNumbers;

namespace ParReport.Domain.Writing;

/// <summary>
/// Writes the statistical sentences of a report from its stored values, in the wording of the seed reports:
/// dossiers ("Tổng số hồ sơ tiếp nhận trong kỳ là 597 hồ sơ, trong đó 596 hồ sơ trực tuyến, đạt 99,8%"),
/// plan progress ("đã hoàn thành 03/06 nhiệm vụ, đạt 50%") and staffing ("biên chế được giao 20 người, có mặt
/// 19 người"). Every number comes from a value found by its concept; a sentence whose numbers are missing is not written.
/// Each goes to the outline item whose form holds its first number. An official may reword a sentence; the
/// rewording is used only while every number in it is one of the sentence's stored numbers.
/// </summary>
public static partial class StatisticalText
{
    public static IReadOnlyList<StatisticalSentence> For(ReportTemplate template, Report report)
    {
        var sentences = new List<StatisticalSentence>();
        void Add(string concept, string kind, string? text)
        {
            if (text is null || template.FindByConcept(concept) is not { } indicator) return;
            if (template.FindForm(indicator.FormCode)?.OutlineCode is not { } outline) return;
            var sentence = new StatisticalSentence(outline, kind, text, text);
            if (report.Narratives.TryGetValue(sentence.Key, out var edited) && CheckRewording(text, edited) is null)
                sentence = sentence with { Text = edited };
            sentences.Add(sentence);
        }
        decimal? Value(string concept) =>
            template.FindByConcept(concept) is { } i ? report.Number(i.Key) : null;

        Add("dossiers-resolved", "ho-so", Dossiers(Value("dossiers-received"), Value("dossiers-online"), Value("dossiers-resolved"), Value("dossiers-on-time")));
        Add("tasks-planned", "ke-hoach", Plan(Value("tasks-planned"), Value("tasks-done"), report.Period.Year));
        Add("staff-assigned", "bien-che", Staffing(Value("staff-assigned"), Value("staff-present")));
        return sentences;
    }

    /// <summary>
    /// Why a rewording cannot be used, or null when it can: it must state exactly the generated sentence's numbers,
    /// written the same way and in the same order, so that no number reaches the document unless it is stored
    /// and none can be swapped with another.
    /// </summary>
    public static string? CheckRewording(string generated, string edited)
    {
        if (string.IsNullOrWhiteSpace(edited)) return WritingMessages.Empty;
        var expected = Numbers(generated);
        var found = Numbers(edited);
        return expected.SequenceEqual(found) ? null : WritingMessages.DifferentNumbers(found, expected);
    }

    private static List<string> Numbers(string text) => NumberText().Matches(text).Select(m => m.Value).ToList();

    [System.Text.RegularExpressions.GeneratedRegex(@"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:,[0-9]+)?")]
    private static partial System.Text.RegularExpressions.Regex NumberText();

    private static string? Dossiers(decimal? received, decimal? online, decimal? resolved, decimal? onTime)
    {
        var parts = new List<string>();
        if (received is { } r)
        {
            var sentence = $"Tổng số hồ sơ tiếp nhận trong kỳ là {FormatNumber(r)} hồ sơ";
            if (online is { } o) sentence += $", trong đó {FormatNumber(o)} hồ sơ trực tuyến{Reaching(Derivation.Rate(o, r))}";
            parts.Add(sentence);
        }
        if (resolved is { } s)
        {
            var sentence = $"đã giải quyết {FormatNumber(s)} hồ sơ";
            if (onTime is { } t) sentence += $", trong đó {FormatNumber(t)} hồ sơ giải quyết trước hạn và đúng hạn{Reaching(Derivation.Rate(t, s))}";
            parts.Add(sentence);
        }
        return parts.Count == 0 ? null : Capitalised(string.Join("; ", parts)) + ".";
    }

    private static string? Plan(decimal? planned, decimal? done, int year) =>
        planned is { } p and > 0 && done is { } d
            ? $"Tính đến thời điểm báo cáo, đã hoàn thành {FormatCountTwoDigits(d)}/{FormatCountTwoDigits(p)} nhiệm vụ của Kế hoạch cải cách hành chính năm {year}{Reaching(Derivation.Rate(d, p))}."
            : null;

    // ", đạt 99,8%", or nothing when the rate cannot be computed: a sentence never says "đạt —".
    private static string Reaching(decimal? rate) => rate is null ? "" : $", đạt {FormatPercent(rate)}";

    private static string? Staffing(decimal? assigned, decimal? present) =>
        assigned is { } a && present is { } p ? $"Tổng số biên chế được giao {FormatNumber(a)} người, có mặt {FormatNumber(p)} người." : null;

    private static string Capitalised(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
