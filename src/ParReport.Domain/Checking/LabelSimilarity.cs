using System.Text.RegularExpressions;
using ParReport.Domain.Text;

namespace ParReport.Domain.Checking;

/// <summary>
/// How alike two indicator labels are, from 0 to 1, ignoring case, diacritics, punctuation, parenthesised
/// remarks and the usual abbreviations (VBQPPL, TTHC, PAKN, ĐVSN, SNCL …).
/// </summary>
public static partial class LabelSimilarity
{
    private static readonly Dictionary<string, string> Abbreviations = new()
    {
        ["vbqppl"] = "van ban quy pham phap luat", ["qppl"] = "quy pham phap luat", ["tthc"] = "thu tuc hanh chinh",
        ["pakn"] = "phan anh kien nghi", ["dvsn"] = "don vi su nghiep", ["sncl"] = "su nghiep cong lap",
        ["cchc"] = "cai cach hanh chinh", ["dvc"] = "dich vu cong", ["ubnd"] = "uy ban nhan dan", ["xd"] = "xay dung",
        ["cbcc"] = "can bo cong chuc", ["nsnn"] = "ngan sach nha nuoc", ["cqdt"] = "chinh quyen dien tu",
    };

    public static double Of(string a, string b) => Of(a, WordsOf(b));

    /// <summary>
    /// How alike a template's label is to words already made from a row's label (<see cref="WordsOf"/>): a row is
    /// compared with every indicator of every template, its words made once. The template's labels are kept.
    /// </summary>
    public static double Of(string templateLabel, IReadOnlySet<string> words)
    {
        var x = Kept.TryGetValue(templateLabel, out var known) ? known : Keep(templateLabel);
        if (x.Count == 0 || words.Count == 0) return 0;
        var common = 0;
        foreach (var word in x)
            if (words.Contains(word)) common++;
        return 2.0 * common / (x.Count + words.Count);
    }

    /// <summary>The words a label is compared by.</summary>
    public static IReadOnlySet<string> WordsOf(string label) => Split(label);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>> Kept = new(StringComparer.Ordinal);

    private static HashSet<string> Keep(string label)
    {
        // The labels of the catalogue's templates, a few hundred; a bound all the same, should others be passed.
        if (Kept.Count >= 10_000) Kept.Clear();
        return Kept[label] = Split(label);
    }

    private static HashSet<string> Split(string label)
    {
        var folded = VietnameseText.Fold(Parenthesised().Replace(label, " "));
        var words = NonWord().Split(folded).Where(w => w.Length > 0)
            .SelectMany(w => Abbreviations.TryGetValue(w, out var full) ? full.Split(' ') : [w]);
        return words.ToHashSet();
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
