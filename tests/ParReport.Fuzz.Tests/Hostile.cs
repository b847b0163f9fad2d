using System.Text;

namespace ParReport.Fuzz.Tests;

/// <summary>Hostile values for text fields, numbers and file contents.</summary>
public static class Hostile
{
    /// <summary>Text that breaks naive code: noncharacters, lone surrogates, controls, bidi overrides, markup, numbers that overflow.</summary>
    public static readonly string[] Texts =
    [
        "", " ", "\t", "\r\n", "\0", "\uFFFE", "\uFFFF", "a\uFFFEb", "\uD800", "\uDC00", "x\uD83D", "\uDE00y", "\uD83D\uDE00",
        "\u0001\u0002\u0003\u001B[31m", "\u0007\u0008\u000B\u000C", "\u202Eabc\u202C", "\u2066\u2067\u2068\u2069", "\u200B\u200C\u200D\uFEFF",
        "\u0085\u2028\u2029", "NaN", "Infinity", "-Infinity", "1e309", "-1e309", "1E+30", "1000000000000000000000000000000",
        "-1", "-0", "0", "00000001", "1.034", "1,5", "1.234,5", "99,9%", "12%", "0x1F", "1_000", "١٢٣", "１２３", "½", "Ⅻ",
        "=1+1", "=HYPERLINK(\"http://x\")", "+cmd|'/C calc'!A0", "@SUM(A1)", "-2+3", "<script>alert(1)</script>", "\"><img src=x>",
        "'; DROP TABLE Reports;--", "../../etc/passwd", "%00", "%s%s%s%n", "{0}", "${jndi:x}", "null", "undefined", "true", "[]", "{}",
        "31/02/2024", "00/00/0000", "01/01/0001", "31/12/9999", "99/99/9999", "2024-13-45", "45000", "2958466", "-657435", "1e10",
        "Xã An Bình", "Tư pháp - Hộ tịch", "Đất đai", "Trực tuyến", "Đúng hạn", "Tiếng Việt có dấu: ắằẳẵặ ếềểễệ",
        "e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301", "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035A",
    ];

    public static string Text(Random random) => random.Next(12) switch
    {
        0 => new string((char)random.Next(0x20, 0xD7FF), random.Next(1, 5000)),
        1 => Random(random, random.Next(1, 300)),
        2 => string.Concat(Enumerable.Range(0, random.Next(2, 6)).Select(_ => Texts[random.Next(Texts.Length)])),
        _ => Texts[random.Next(Texts.Length)],
    };

    /// <summary>Any UTF-16 code units, lone surrogates and noncharacters included.</summary>
    public static string Random(Random random, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
            text.Append(random.Next(6) switch
            {
                0 => (char)random.Next(0, 0x20),
                1 => (char)random.Next(0xD800, 0xE000),
                2 => (char)random.Next(0xFFF0, 0x10000),
                3 => (char)random.Next(0x200B, 0x2070),
                _ => (char)random.Next(0x20, 0x1EFF),
            });
        return text.ToString();
    }

    /// <summary>A number as text: ordinary, huge, negative, fractional, not a number.</summary>
    public static string Number(Random random) => random.Next(8) switch
    {
        0 => random.Next(0, 5000).ToString(),
        1 => (-random.Next(1, 1000)).ToString(),
        2 => "1" + new string('0', random.Next(15, 400)),
        3 => random.NextDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        4 => ((decimal)random.NextDouble() * 1000).ToString("0.###", new System.Globalization.CultureInfo("vi-VN")),
        _ => Texts[random.Next(Texts.Length)],
    };

    /// <summary>A long value: up to 10 MB in the full run, 1 MB in the short one.</summary>
    public static string Huge(Random random) => new((char)random.Next('a', 'z' + 1), FuzzSize.Full ? 10 * 1024 * 1024 : 1024 * 1024);
}
