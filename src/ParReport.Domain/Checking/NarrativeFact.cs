using System.Text.RegularExpressions;
using ParReport.Domain.Formatting;

namespace ParReport.Domain.Checking;

/// <summary>
/// A quantity stated in the narrative ("đã tiếp nhận 1.034 hồ sơ"), with the concept it states and, where the sentence
/// names one, the subject it counts (<see cref="Subject"/>: "công chức", "cán bộ, công chức", "kể cả kỳ trước chuyển
/// sang" …): two statements are the same quantity only when both concept and subject are the same.
/// </summary>
public sealed partial record NarrativeFact(string Concept, decimal Value, DocumentLine Line, string Section, string Quote, string? Subject = null)
{
    private const string N = @"([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,12})";

    // Patterns on folded text (no case, no diacritics); each group is a concept, in order.
    private static readonly (Regex Pattern, string[] Concepts)[] Patterns =
    [
        (new Regex($@"ho so truc tuyen[^.;]{{0,120}}?{N}\s*/\s*{N} ho so"), ["dossiers-online", "dossiers-received"]),
        (new Regex($@"(?:qua mang|truc tuyen) (?:la )?{N} ho so(?! mot phan| toan trinh)"), ["dossiers-online"]),
        (new Regex($@"tiep nhan(?: trong ky)?(?: va giai quyet)? (?:la )?{N} ho so"), ["dossiers-received"]),
        (new Regex($@"{N} ho so truc tuyen(?! mot phan| toan trinh)"), ["dossiers-online"]),
        (new Regex($@"da giai quyet (?:la )?{N} ho so"), ["dossiers-resolved"]),
        (new Regex($@"(?:tiep nhan )?truc tiep (?:la )?{N} ho so"), ["dossiers-in-person"]),
        (new Regex($@"(?:qua |dich vu )buu chinh(?: cong ich)? (?:la )?{N} ho so"), ["dossiers-post"]),
        (new Regex($@"(?:tre han|giai quyet qua han) (?:la )?{N} ho so"), ["dossiers-late"]),
        (new Regex($@"{N} ho so giai quyet truoc han va dung han"), ["dossiers-on-time"]),
        (new Regex($@"(?<!truoc han va )dung han (?:la )?{N} ho so"), ["dossiers-on-time-only"]),
        (new Regex($@"truoc han (?:la )?{N} ho so"), ["dossiers-early"]),
        (new Regex($@"cap huyen co {N} tthc"), ["procedures-district"]),
        (new Regex($@"cap xa co {N} tthc"), ["procedures-commune"]),
        (new Regex($@"{N} tthc tren [0-9]+ linh vuc"), ["procedures-commune"]),
        (new Regex($@"de ra {N} nhiem vu"), ["tasks-planned"]),
        (new Regex($@"hoan thanh {N}\s*/\s*{N} nhiem vu"), ["tasks-done", "tasks-planned"]),
        (new Regex($@"bien che duoc giao (?:la )?{N}"), ["staff-assigned"]),
        (new Regex($@"co mat (?:la )?{N}"), ["staff-present"]),
    ];

    public static IEnumerable<NarrativeFact> In(DocumentLine line, string section)
    {
        var folded = line.Folded;
        foreach (var (pattern, concepts) in Patterns)
            foreach (Match match in pattern.Matches(folded))
            {
                if (IsPartial(folded, match.Index)) continue;
                var subject = SubjectAt(folded, match.Index, match.Index + match.Length);
                for (var g = 0; g < concepts.Length; g++)
                    if (VietnameseNumbers.Parse(match.Groups[g + 1].Value).Value is { } value)
                        yield return new NarrativeFact(concepts[g], value, line, section, line.Text.Substring(match.Index, match.Length), subject);
            }
    }

    // What a number counts, by the words that name it, the longest first: staff of one category are not those of another,
    // and dossiers received including those carried over are not those received in the period.
    private static readonly (string Folded, string Subject)[] Subjects =
    [
        ("nguoi hoat dong khong chuyen trach", "người hoạt động không chuyên trách"),
        ("can bo, cong chuc", "cán bộ, công chức"), ("can bo cong chuc", "cán bộ, công chức"), ("cbcc", "cán bộ, công chức"),
        ("vien chuc", "viên chức"), ("cong chuc", "công chức"), ("can bo", "cán bộ"), ("hop dong", "hợp đồng"),
        ("ky truoc chuyen sang", "kể cả kỳ trước chuyển sang"), ("ton ky truoc", "kể cả kỳ trước chuyển sang"),
    ];

    /// <summary>The subject named right after a stated number, up to the end of its clause, or else in the clause before it.</summary>
    public static string? SubjectAt(string folded, int start, int end)
    {
        var after = folded[end..Math.Min(folded.Length, end + 50)];
        var stop = after.IndexOfAny(['.', ';', ':', '(']);
        if (stop >= 0) after = after[..stop];
        var before = folded[Math.Max(0, start - 60)..start];
        var clause = before.LastIndexOfAny(['.', ';', ':', '(']);
        if (clause >= 0) before = before[(clause + 1)..];
        foreach (var text in new[] { after, before })
        {
            var found = Subjects.Select(s => (s.Subject, At: text.IndexOf(s.Folded, StringComparison.Ordinal))).Where(s => s.At >= 0).ToList();
            // The first named; of two at one place, the longer ("cán bộ, công chức" before "cán bộ").
            if (found.Count > 0) return found.OrderBy(s => s.At).First().Subject;
        }
        return null;
    }

    // "lĩnh vực Tư pháp tiếp nhận 985 hồ sơ", "thanh toán trực tuyến 278 hồ sơ", "lũy kế …": a share or another
    // quantity, not the period's total. Looks back to the start of the clause.
    private static bool IsPartial(string folded, int at)
    {
        var start = Math.Max(0, at - 60);
        var before = folded[start..at];
        var clause = before.LastIndexOfAny(['.', ';', ':', '(', ',']);
        if (clause >= 0) before = before[(clause + 1)..];
        return PartialContext().IsMatch(before);
    }

    [GeneratedRegex(@"linh vuc|thanh toan|luy ke|phi, le phi")]
    private static partial Regex PartialContext();

    /// <summary>
    /// Quantities the text states in one sentence that are disjoint parts of another it states there: the channels of
    /// the dossiers received, and the dossiers resolved early, on time and late. Their sum cannot exceed the whole
    /// ("tiếp nhận 250 hồ sơ, trong đó trực tuyến 180 hồ sơ, trực tiếp 80 hồ sơ").
    /// </summary>
    public static readonly (string Whole, string[] Parts)[] DisjointParts =
    [
        ("dossiers-received", ["dossiers-online", "dossiers-in-person", "dossiers-post"]),
        ("dossiers-resolved", ["dossiers-early", "dossiers-on-time-only", "dossiers-late"]),
        ("dossiers-resolved", ["dossiers-on-time", "dossiers-late"]),
    ];

    /// <summary>
    /// Percentages stated after their parts in one sentence: "597 hồ sơ, trong đó 596 hồ sơ trực tuyến, đạt 99,8%",
    /// "hoàn thành 03/06 nhiệm vụ, đạt 50%". Yields the part, the whole, the stated percentage and its decimals.
    /// </summary>
    public static IEnumerable<(decimal Part, decimal Whole, decimal Stated, int Decimals, string Quote)> StatedRates(DocumentLine line)
    {
        var folded = line.Folded;
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
        (new Regex($@"{N} ho so(?:(?![0-9]+ ho so)[^.;%]){{0,160}}?trong do {N} ho so(?:(?![0-9]+ ho so)[^.;%]){{0,160}}?dat (?<p>[0-9]+(?:,[0-9]+)?)%"), 2, 1),
        (new Regex($@"hoan thanh {N}\s*/\s*{N} (?:(?![0-9]+ nhiem vu)[^.;%]){{0,160}}?dat (?<p>[0-9]+(?:,[0-9]+)?)%"), 1, 2),
    ];

    /// <summary>
    /// Rates the text states for a quantity of the appendix: "hồ sơ giải quyết trước hạn và đúng hạn … đạt 100%"
    /// (the on-time rate), "hồ sơ trực tuyến, đạt 99,8%" (the online rate). Yields the concept of the rate's numerator.
    /// </summary>
    public static IEnumerable<(string Concept, decimal Percent, int Decimals, string Quote)> ConceptRates(DocumentLine line)
    {
        var folded = line.Folded;
        foreach (var (pattern, concept) in ConceptRatePatterns)
            foreach (Match m in pattern.Matches(folded))
            {
                var percent = m.Groups["p"].Value;
                if (VietnameseNumbers.Parse(percent).Value is { } value)
                    yield return (concept, value, percent.Contains(',') ? percent.Length - percent.IndexOf(',') - 1 : 0, line.Text.Substring(m.Index, m.Length));
            }
    }

    private static readonly (Regex Pattern, string Concept)[] ConceptRatePatterns =
    [
        (new Regex(@"(?:truoc han va dung han|dung han va truoc han)[^.;%]{0,100}?dat (?<p>[0-9]+(?:,[0-9]+)?)%"), "dossiers-on-time"),
        (new Regex(@"ty le (?:ho so )?(?:giai quyet )?(?:ho so )?dung han[^.;%0-9]{0,40}dat (?<p>[0-9]+(?:,[0-9]+)?)%"), "dossiers-on-time"),
        (new Regex(@"ho so truc tuyen[^.;%0-9]{0,40}dat (?<p>[0-9]+(?:,[0-9]+)?)%"), "dossiers-online"),
    ];

    /// <summary>Fractions "a/b" in running text where a part exceeds its whole ("88/8"); dates and document numbers are skipped.</summary>
    public static IEnumerable<(decimal Part, decimal Whole, string Quote)> ExcessiveFractions(DocumentLine line)
    {
        foreach (Match match in Fraction().Matches(line.Text))
        {
            if (VietnameseNumbers.Parse(match.Groups[1].Value).Value is not { } part || VietnameseNumbers.Parse(match.Groups[2].Value).Value is not { } whole || part <= whole)
                continue;
            // "29/12", "từ 15/12 đến 14/3", "24/7" are days, not parts: a part is followed by what it counts ("88/8 nhiệm vụ").
            var after = line.Text[(match.Index + match.Length)..].TrimStart();
            var counted = after.Length > 0 && char.IsLetter(after[0]) && !after.StartsWith("đến", StringComparison.Ordinal) && !after.StartsWith("năm", StringComparison.Ordinal);
            if (!counted || (part <= 31 && whole <= 12)) continue;
            yield return (part, whole, match.Value);
        }
    }

    [GeneratedRegex(@"(?<![0-9/.,])([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,12})\s*/\s*([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,12})(?![0-9/]|\.[0-9])")]
    private static partial Regex Fraction();
}
