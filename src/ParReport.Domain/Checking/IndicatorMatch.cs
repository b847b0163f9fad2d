using ParReport.Domain.Templates;

namespace ParReport.Domain.Checking;

/// <summary>The appendix rows matched to a template's indicators, and the rows that matched nothing.</summary>
public sealed record IndicatorMatch(ReportTemplate Template, IReadOnlyList<(AppendixRow Row, Indicator Indicator)> Pairs, IReadOnlyList<AppendixRow> Unmatched)
{
    // Each row and each indicator is in at most one pair; the checks look them up once per rule and per row.
    private Dictionary<string, AppendixRow>? _rowByKey;
    private Dictionary<AppendixRow, Indicator>? _indicatorByRow;

    public AppendixRow? RowOf(string key) => (_rowByKey ??= Pairs.ToDictionary(p => p.Indicator.Key, p => p.Row)).GetValueOrDefault(key);

    public decimal? NumberOf(string key) => RowOf(key)?.Value.Number;

    public Indicator? IndicatorOf(AppendixRow row) => (_indicatorByRow ??= Pairs.ToDictionary(p => p.Row, p => p.Indicator)).GetValueOrDefault(row);

    /// <summary>
    /// Matches rows to indicators: first by code within the current form when the labels agree, then by the
    /// most similar label of the form; a row like no indicator is left unmatched rather than guessed.
    /// A row that names a form by its code and title ("III CẢI CÁCH TTHC") opens that form.
    /// </summary>
    public static IndicatorMatch Of(ReportTemplate template, IReadOnlyList<AppendixRow> rows)
    {
        var pairs = new List<(AppendixRow, Indicator)>();
        var unmatched = new List<AppendixRow>();
        var used = new HashSet<string>();
        Form? form = null;
        foreach (var row in rows)
        {
            var words = LabelSimilarity.WordsOf(row.Label);
            if (row.FormCode is not null && template.FindForm(row.FormCode) is { } titled && form?.Code != titled.Code) form = titled;
            if (template.FindForm(row.Code) is { } section && LabelSimilarity.Of(section.Title, words) >= 0.85)
            {
                form = section;
                if (section.Find(row.Code) is { } heading && used.Add(heading.Key)) pairs.Add((row, heading));
                continue;
            }
            if (form?.Find(row.Code) is null && template.FindForm(row.Code.Split('.')[0]) is { } byNumber && byNumber.Find(row.Code) is not null)
                form = byNumber;

            var candidates = (form?.Indicators ?? template.Indicators).Where(i => !used.Contains(i.Key)).ToList();
            // A numbered row is only matched within its own top-level number: "2.3" is never taken for "4.4".
            var top = row.Code.Split('.')[0];
            if (top.Length > 0 && top.All(char.IsAsciiDigit)) candidates = candidates.Where(i => i.Code.Split('.')[0] == top).ToList();
            var sameCode = candidates.FirstOrDefault(i => i.Code == row.Code);
            Indicator? match = sameCode is not null && LabelSimilarity.Of(sameCode.Label, words) >= 0.45 ? sameCode : null;
            if (match is null)
            {
                var best = candidates.Select(i => (Indicator: i, Score: LabelSimilarity.Of(i.Label, words))).DefaultIfEmpty().MaxBy(c => c.Score);
                if (best.Indicator is not null && best.Score >= 0.7) match = best.Indicator;
            }
            if (match is null) { unmatched.Add(row); continue; }
            used.Add(match.Key);
            pairs.Add((row, match));
        }
        return new IndicatorMatch(template, pairs, unmatched);
    }
}
