using System.Text.RegularExpressions;
using ParReport.Domain.Formatting;

namespace ParReport.Domain.Checking;

/// <summary>
/// A value cell as written by hand: "1.034", "16,67%", "317/1.034 = 31%", "184/184= 100%", "01", "1 2".
/// </summary>
public sealed partial record StatedValue(string Text, decimal? Number, decimal? Numerator, decimal? Denominator, int Decimals, bool IsPercent, int NumberCount)
{
    public bool IsEmpty => Text.Length == 0;

    /// <summary>"1,034": thousands grouped with a comma, the English way; in Vietnamese it would read 1 point 034.</summary>
    public bool LooksLikeCommaThousands => CommaThousands().IsMatch(Text);

    public static StatedValue Parse(string cell)
    {
        var text = Normalise(cell);
        // "1 (Có)": a code followed by its label; only the code is the value.
        var labelled = LabelledCode().Match(text);
        if (labelled.Success) text = labelled.Groups[1].Value;
        var numbers = NumberPattern().Matches(text).Select(m => m.Value).ToList();
        var isPercent = text.Contains('%');
        var fraction = FractionPattern().Match(text);
        decimal? numerator = null, denominator = null;
        if (fraction.Success)
        {
            numerator = VietnameseNumbers.Parse(fraction.Groups[1].Value).Value;
            denominator = VietnameseNumbers.Parse(fraction.Groups[2].Value).Value;
        }
        // The stated result is the last number: "317/1.034 = 31%" states 31.
        var last = numbers.Count > 0 ? numbers[^1] : null;
        var parsed = last is null ? null : VietnameseNumbers.Parse(last);
        var decimals = last is not null && last.Contains(',') ? last.Length - last.IndexOf(',') - 1 : 0;
        var number = fraction.Success && numbers.Count == 2 ? null : parsed?.Value;
        return new StatedValue(text, number, numerator, denominator, decimals, isPercent, numbers.Count);
    }

    /// <summary>Undoes the markup of text extracted from documents: "$\frac{317}{1.034} = 31\%$" → "317/1.034 = 31%".</summary>
    public static string Normalise(string cell) =>
        FracPattern().Replace(cell, "$1/$2").Replace("\\%", "%").Replace("$", "").Trim();

    [GeneratedRegex(@"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:[.,][0-9]+)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)\s*/\s*([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)")]
    private static partial Regex FractionPattern();

    [GeneratedRegex(@"^([0-9]+)\s*\([^()]*\)$")]
    private static partial Regex LabelledCode();

    [GeneratedRegex(@"^[0-9]{1,3}(?:,[0-9]{3})+%?$")]
    private static partial Regex CommaThousands();

    [GeneratedRegex(@"\\\s*frac\s*\{([^}]*)\}\s*\{([^}]*)\}")]
    private static partial Regex FracPattern();
}
