using System.Text;

namespace ParReport.Domain.Text;

/// <summary>
/// Text as an official typed or pasted it, made fit to store and to print: composed Unicode (some Vietnamese
/// keyboards send decomposed diacritics), Windows line breaks as "\n", and no control characters, which no
/// document format can hold.
/// </summary>
public static class TypedText
{
    public static string Clean(string text)
    {
        var composed = text.Replace("\r\n", "\n").Replace('\r', '\n').Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        for (var i = 0; i < composed.Length; i++)
        {
            var c = composed[i];
            if (char.IsHighSurrogate(c) && i + 1 < composed.Length && char.IsLowSurrogate(composed[i + 1]))
            {
                builder.Append(c).Append(composed[++i]);
                continue;
            }
            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || (char.IsControl(c) && c is not ('\n' or '\t'))) continue;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
