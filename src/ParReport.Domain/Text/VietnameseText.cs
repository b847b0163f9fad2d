using System.Globalization;
using System.Text;

namespace ParReport.Domain.Text;

/// <summary>Compares Vietnamese text the way people match it by eye: without case or diacritics.</summary>
public static class VietnameseText
{
    /// <summary>"Đông Lạc" → "dong lac": lower case, diacritics removed, đ → d, spaces collapsed.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var folded = c switch { 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(c) };
            if (char.IsWhiteSpace(folded))
            {
                if (!lastWasSpace) builder.Append(' ');
                lastWasSpace = true;
                continue;
            }
            builder.Append(folded);
            lastWasSpace = false;
        }
        return builder.ToString().TrimEnd();
    }
}
