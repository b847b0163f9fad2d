using System.Globalization;
using System.Text;

namespace ParReport.Domain.Text;

/// <summary>Compares Vietnamese text the way people match it by eye: without case or diacritics.</summary>
public static class VietnameseText
{
    /// <summary>"Đông Lạc" → "dong lac": lower case, diacritics removed, đ → d, spaces collapsed.</summary>
    public static string Fold(string text)
    {
        var decomposed = UnicodeText.Normalize(text, NormalizationForm.FormD);
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

    /// <summary>
    /// Like <see cref="Fold"/> but one character for one character, so that a match found in the folded text
    /// is at the same place in the original: "Đã nhận" → "da nhan". Spaces are kept as they are.
    /// </summary>
    public static string FoldInPlace(string text)
    {
        var chars = UnicodeText.Normalize(text, NormalizationForm.FormC).ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            // Characters outside the basic plane (emoji) come as surrogate pairs: kept as they are.
            if (char.IsSurrogate(c)) continue;
            chars[i] = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c.ToString().Normalize(NormalizationForm.FormD)[0]);
        }
        return new string(chars);
    }
}
