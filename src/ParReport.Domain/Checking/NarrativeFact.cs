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
        (new Regex($@"tiep nhan(?: va giai quyet)? (?:la )?{N} ho so"), ["dossiers-received"]),
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
