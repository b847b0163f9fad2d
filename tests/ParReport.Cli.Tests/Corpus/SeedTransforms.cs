using System.Text;
using System.Text.RegularExpressions;

namespace ParReport.Cli.Tests.Corpus;

/// <summary>The shapes a report takes on its way to the checker, applied to its text lines.</summary>
internal static partial class SeedTransforms
{
    /// <summary>Paragraphs hard-wrapped at 72 characters, as a plain-text export or an e-mail leaves them.</summary>
    public static List<string> HardWrapped(IEnumerable<string> lines)
    {
        var result = new List<string>();
        foreach (var line in lines)
        {
            if (line.Contains('\t') || line.Length <= 72) { result.Add(line); continue; }
            var current = new StringBuilder();
            foreach (var word in line.Split(' '))
            {
                if (current.Length > 0 && current.Length + 1 + word.Length > 72)
                {
                    result.Add(current.ToString());
                    current.Clear();
                }
                if (current.Length > 0) current.Append(' ');
                current.Append(word);
            }
            result.Add(current.ToString());
        }
        return result;
    }

    /// <summary>
    /// Tables laid out in columns of spaces, as a text export of a PDF prints them: each run of tabbed lines padded to its
    /// widest cell per column (at most 60 characters, a longer label wrapped onto the next lines within its column).
    /// </summary>
    public static List<string> LaidOutWithSpaces(IReadOnlyList<string> lines)
    {
        var result = new List<string>();
        for (var i = 0; i < lines.Count;)
        {
            if (!lines[i].Contains('\t')) { result.Add(lines[i++]); continue; }
            var block = new List<string[]>();
            for (; i < lines.Count && lines[i].Contains('\t'); i++) block.Add(lines[i].Split('\t').Select(c => c.Trim()).ToArray());
            var columns = block.Max(r => r.Length);
            var widths = Enumerable.Range(0, columns).Select(c => Math.Min(60, block.Max(r => c < r.Length ? r[c].Length : 0))).ToArray();
            foreach (var row in block)
            {
                // The cells that do not fit their column go on in it on the following lines.
                var pieces = row.Select((cell, c) => Wrap(cell, Math.Max(widths[c], 1))).ToList();
                for (var part = 0; part < pieces.Max(p => p.Count); part++)
                {
                    var text = new StringBuilder();
                    for (var c = 0; c < pieces.Count; c++)
                        text.Append((part < pieces[c].Count ? pieces[c][part] : "").PadRight(widths[c])).Append("   ");
                    result.Add(text.ToString().TrimEnd());
                }
            }
        }
        return result;
    }

    private static List<string> Wrap(string cell, int width)
    {
        var parts = new List<string> { "" };
        foreach (var word in cell.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (parts[^1].Length > 0 && parts[^1].Length + 1 + word.Length > width) parts.Add("");
            parts[^1] = parts[^1].Length == 0 ? word : parts[^1] + " " + word;
        }
        return parts;
    }

    /// <summary>The appendix renumbered and reworded: codes with a trailing dot, parenthesised notes dropped from labels, "Số lượng" said "Số".</summary>
    public static List<string> Reworded(IEnumerable<string> lines) =>
        lines.Select(line =>
        {
            var cells = line.Split('\t');
            if (cells.Length < 4 || !Code().IsMatch(cells[0])) return line;
            cells[0] = cells[0].EndsWith('.') ? cells[0] : cells[0] + ".";
            var label = Parenthesised().Replace(cells[1], "").Trim();
            cells[1] = label.Length > 0 ? label.Replace("Số lượng ", "Số ") : cells[1];
            return string.Join('\t', cells);
        }).ToList();

    [GeneratedRegex(@"^[0-9]{1,2}(\.[0-9]{1,2}){0,3}\.?$")]
    private static partial Regex Code();

    [GeneratedRegex(@"\s*\((?:<i>)?[^()]*(?:</i>)?\)")]
    private static partial Regex Parenthesised();
}
