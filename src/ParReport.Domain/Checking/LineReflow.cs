using System.Text.RegularExpressions;
using ParReport.Domain.Text;

namespace ParReport.Domain.Checking;

/// <summary>
/// Lines as a report's author wrote them, from text that a PDF or a plain-text export wrapped and laid out: a table laid
/// out in columns of spaces is read by the columns of its fullest row (an empty cell stays empty, the wrapped rest of a
/// cell goes back into it, a row without a number keeps its empty first cell); a line a paragraph was hard-wrapped at is
/// joined back to it.
/// </summary>
public static partial class LineReflow
{
    private enum Kind { Other, Row, Header, Indented }

    public static IReadOnlyList<DocumentLine> Reflow(IEnumerable<DocumentLine> lines)
    {
        var all = lines.Select(l => l with { Text = l.Text.TrimEnd() }).ToList();
        var kinds = all.Select(l => KindOf(l.Text)).ToList();
        var result = new List<DocumentLine>();
        for (var i = 0; i < all.Count; i++)
        {
            if (kinds[i] is Kind.Row or Kind.Header)
            {
                // A table laid out with spaces: its lines up to the first that is none of its rows (numbered or not, "Trong đó  …"),
                // headers or indented rests.
                var end = i;
                while (end + 1 < all.Count && (kinds[end + 1] != Kind.Other || (Pieces(all[end + 1].Text).Count >= 2 && !all[end + 1].Text.Contains('\t')))) end++;
                ReadTable(all.GetRange(i, end - i + 1), kinds.GetRange(i, end - i + 1), result);
                i = end;
                continue;
            }
            if (result.Count > 0 && Join(result[^1].Text, all[i].Text) is { } joined) result[^1] = result[^1] with { Text = joined };
            else result.Add(all[i]);
        }
        return result;
    }

    private static Kind KindOf(string text)
    {
        if (text.Contains('\t') || text.Trim().Length == 0) return Kind.Other;
        var pieces = Pieces(text);
        if ((RowStart().IsMatch(text) || ItemRow().IsMatch(text)) && pieces.Count >= 2) return Kind.Row;
        if (pieces.Count >= 2 && VietnameseText.Fold(pieces[0].Text) is "stt" or "tt") return Kind.Header;
        return text.StartsWith("  ", StringComparison.Ordinal) ? Kind.Indented : Kind.Other;
    }

    private static void ReadTable(List<DocumentLine> lines, List<Kind> kinds, List<DocumentLine> result)
    {
        // The columns start where the cells of the row with the most cells start.
        var starts = lines.Where((_, i) => kinds[i] == Kind.Row).Select(l => Pieces(l.Text)).MaxBy(p => p.Count)?.Select(p => p.Start).ToList();
        string[]? last = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var pieces = Pieces(lines[i].Text);
            if (starts is null)
            {
                result.Add(lines[i] with { Text = string.Join('\t', pieces.Select(p => p.Text)) });
                last = null;
                continue;
            }
            var cells = new string[starts.Count];
            Array.Fill(cells, "");
            foreach (var (start, text) in pieces)
            {
                var column = Math.Max(0, starts.FindLastIndex(s => s <= start + 2));
                cells[column] = cells[column].Length == 0 ? text : $"{cells[column]} {text}";
            }
            var valueColumn = Math.Min(3, cells.Length - 1);
            if (kinds[i] == Kind.Indented && last is not null && cells[0].Length == 0 && cells[valueColumn].Length == 0)
            {
                // The wrapped rest of the row (or the header) above: each piece back into its cell.
                for (var c = 0; c < cells.Length; c++)
                    if (cells[c].Length > 0) last[c] = last[c].Length == 0 ? cells[c] : $"{last[c]} {cells[c]}";
                result[^1] = result[^1] with { Text = string.Join('\t', last) };
                continue;
            }
            last = cells;
            result.Add(lines[i] with { Text = string.Join('\t', cells) });
        }
    }

    // The cells of a line laid out with spaces, each with the column it starts at.
    private static List<(int Start, string Text)> Pieces(string text) =>
        PieceRun().Matches(text).Select(m => (m.Index, m.Value)).ToList();

    // The line before and this one as one, or null when this one starts anew: a row, a heading, an item, a blank line,
    // a capital after the end of a sentence.
    private static string? Join(string before, string text)
    {
        var next = text.Trim();
        if (next.Length == 0 || before.Trim().Length == 0 || RowStart().IsMatch(next) || Item().IsMatch(next) || next.Contains('\t')) return null;
        if (!char.IsLower(next[0])) return null;
        if (before.Contains('\t'))
        {
            // A row's label wrapped onto the next line: it goes back into the label, the row's second cell.
            var cells = before.Split('\t');
            if (cells.Length < 2) return null;
            cells[1] = $"{cells[1].TrimEnd()} {next}";
            return string.Join('\t', cells);
        }
        return Ends().IsMatch(before) ? null : $"{before.TrimEnd()} {next}";
    }

    // "4.1 …", "II.2 …", "3.1.2 …": a row of a form, or a numbered heading.
    [GeneratedRegex(@"^\s*(\d{1,2}(\.\d{1,2}){0,4}|[IVX]{1,4}(\.\d{1,2}){0,3})\.?\s")]
    private static partial Regex RowStart();

    [GeneratedRegex(@"^([-+•*–]|[a-zđ]\)|\(\d+\))\s")]
    private static partial Regex Item();

    // "-      Số cán bộ …      Người      0": a row of a form numbered with a dash, its cells apart.
    [GeneratedRegex(@"^[-+•–]\s{2,}\S")]
    private static partial Regex ItemRow();

    [GeneratedRegex(@"[.:;!?…]$")]
    private static partial Regex Ends();

    // A cell of a line laid out with spaces: words separated by single spaces, up to a run of two or more.
    [GeneratedRegex(@"\S+(?:[ \u00A0]\S+)*")]
    private static partial Regex PieceRun();
}
