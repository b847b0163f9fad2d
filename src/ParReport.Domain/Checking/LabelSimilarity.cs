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

    public static double Of(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.Count == 0 || y.Count == 0) return 0;
        var common = x.Intersect(y).Count();
        return 2.0 * common / (x.Count + y.Count);
    }

    private static HashSet<string> Words(string label)
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
