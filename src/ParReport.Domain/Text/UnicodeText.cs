using System.Text;

namespace ParReport.Domain.Text;

/// <summary>
/// Normalisation that never throws: .NET refuses to normalise text holding a lone surrogate or U+FFFE, which a file or a
/// pasted text may well hold. Those are first replaced by U+FFFD, one for one, so positions in the text stay where they were.
/// </summary>
public static class UnicodeText
{
    public static string Normalize(string text, NormalizationForm form) => Valid(text).Normalize(form);

    /// <summary>The text with each lone surrogate and U+FFFE replaced by U+FFFD (the same string when it has none).</summary>
    public static string Valid(string text)
    {
        var bad = Invalid(text, 0);
        if (bad < 0) return text;
        var chars = text.ToCharArray();
        for (; bad >= 0; bad = Invalid(text, bad + 1)) chars[bad] = '\uFFFD';
        return new string(chars);
    }

    private static int Invalid(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\uFFFE') return i;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return i;
        }
        return -1;
    }
}
