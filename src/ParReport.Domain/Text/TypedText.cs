using System.Text;

namespace ParReport.Domain.Text;

/// <summary>
/// Text as an official typed or pasted it, made fit to store and to print: composed Unicode (some Vietnamese
/// keyboards send decomposed diacritics), Windows line breaks as "\n", and no control characters, which no
/// document format can hold, nor bidirectional overrides.
/// </summary>
public static class TypedText
{
    public static string Clean(string text)
    {
        // Lone surrogates and noncharacters go first: .NET refuses to normalise text that holds them.
        var unbroken = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var builder = new StringBuilder(unbroken.Length);
        for (var i = 0; i < unbroken.Length; i++)
        {
            var c = unbroken[i];
            if (char.IsHighSurrogate(c) && i + 1 < unbroken.Length && char.IsLowSurrogate(unbroken[i + 1]))
            {
                builder.Append(c).Append(unbroken[++i]);
                continue;
            }
            // Bidirectional overrides and isolates would show a figure or a name reversed in the report: Vietnamese needs none.
            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
                || (char.IsControl(c) && c is not ('\n' or '\t'))) continue;
            builder.Append(c);
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
