using System.Text.RegularExpressions;
using ParReport.Domain.Formatting;
using ParReport.Domain.Text;

namespace ParReport.Domain.Checking;

/// <summary>A quantity stated in the narrative ("đã tiếp nhận 1.034 hồ sơ"), with the concept it states.</summary>
public sealed partial record NarrativeFact(string Concept, decimal Value, DocumentLine Line, string Section, string Quote)
{
    private const string N = @"(\d{1,3}(?:\.\d{3})+|\d+)";

    // Patterns on folded text (no case, no diacritics); each group is a concept, in order.
    private static readonly (Regex Pattern, string[] Concepts)[] Patterns =
    [
        (new Regex($@"ho so truc tuyen[^.;]*?{N}\s*/\s*{N} ho so"), ["dossiers-online", "dossiers-received"]),
        (new Regex($@"(?:qua mang|truc tuyen) (?:la )?{N} ho so"), ["dossiers-online"]),
        (new Regex($@"tiep nhan(?: trong ky)?(?: va giai quyet)? (?:la )?{N} ho so"), ["dossiers-received"]),
        (new Regex($@"{N} ho so truc tuyen"), ["dossiers-online"]),
        (new Regex($@"da giai quyet {N} ho so"), ["dossiers-resolved"]),
        (new Regex($@"{N} ho so giai quyet truoc han va dung han"), ["dossiers-on-time"]),
        (new Regex($@"(?<!truoc han va )dung han (?:la )?{N} ho so"), ["dossiers-on-time-only"]),
        (new Regex($@"truoc han (?:la )?{N} ho so"), ["dossiers-early"]),
        (new Regex($@"cap huyen co {N} tthc"), ["procedures-district"]),
        (new Regex($@"cap xa co {N} tthc"), ["procedures-commune"]),
        (new Regex($@"{N} tthc tren \d+ linh vuc"), ["procedures-commune"]),
        (new Regex($@"de ra {N} nhiem vu"), ["tasks-planned"]),
        (new Regex($@"hoan thanh {N}\s*/\s*{N} nhiem vu"), ["tasks-done", "tasks-planned"]),
        (new Regex($@"bien che duoc giao (?:la )?{N}"), ["staff-assigned"]),
        (new Regex($@"co mat (?:la )?{N}"), ["staff-present"]),
    ];

    public static IEnumerable<NarrativeFact> In(DocumentLine line, string section)
    {
        var folded = VietnameseText.FoldInPlace(line.Text);
        foreach (var (pattern, concepts) in Patterns)
            foreach (Match match in pattern.Matches(folded))
                for (var g = 0; g < concepts.Length; g++)
                    if (VietnameseNumbers.Parse(match.Groups[g + 1].Value).Value is { } value)
                        yield return new NarrativeFact(concepts[g], value, line, section, line.Text.Substring(match.Index, match.Length));
    }

    /// <summary>
    /// Percentages stated after their parts in one sentence: "597 hồ sơ, trong đó 596 hồ sơ trực tuyến, đạt 99,8%",
    /// "hoàn thành 03/06 nhiệm vụ, đạt 50%". Yields the part, the whole, the stated percentage and its decimals.
    /// </summary>
    public static IEnumerable<(decimal Part, decimal Whole, decimal Stated, int Decimals, string Quote)> StatedRates(DocumentLine line)
    {
        var folded = VietnameseText.FoldInPlace(line.Text);
        foreach (var (pattern, partGroup, wholeGroup) in RatePatterns)
            foreach (Match m in pattern.Matches(folded))
            {
                var percent = m.Groups["p"].Value;
                if (VietnameseNumbers.Parse(m.Groups[partGroup].Value).Value is { } part && VietnameseNumbers.Parse(m.Groups[wholeGroup].Value).Value is { } whole
                    && VietnameseNumbers.Parse(percent).Value is { } stated)
                    yield return (part, whole, stated, percent.Contains(',') ? percent.Length - percent.IndexOf(',') - 1 : 0, line.Text.Substring(m.Index, m.Length));
            }
    }

    private static readonly (Regex Pattern, int Part, int Whole)[] RatePatterns =
    [
        (new Regex($@"{N} ho so[^.;%]*?trong do {N} ho so[^.;%]*?dat (?<p>\d+(?:,\d+)?)%"), 2, 1),
        (new Regex($@"hoan thanh {N}\s*/\s*{N} [^.;%]*?dat (?<p>\d+(?:,\d+)?)%"), 1, 2),
    ];

    /// <summary>Fractions "a/b" in running text where a part exceeds its whole ("88/8"); dates and document numbers are skipped.</summary>
    public static IEnumerable<(decimal Part, decimal Whole, string Quote)> ExcessiveFractions(DocumentLine line)
    {
        foreach (Match match in Fraction().Matches(line.Text))
            if (VietnameseNumbers.Parse(match.Groups[1].Value).Value is { } part && VietnameseNumbers.Parse(match.Groups[2].Value).Value is { } whole && part > whole)
                yield return (part, whole, match.Value);
    }

    [GeneratedRegex(@"(?<![\d/.,])(\d{1,3}(?:\.\d{3})+|\d+)\s*/\s*(\d{1,3}(?:\.\d{3})+|\d+)(?![\d/]|\.\d)")]
    private static partial Regex Fraction();
}
