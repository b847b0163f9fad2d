using System.Text.RegularExpressions;

namespace ParReport.Domain.Checking;

/// <summary>
/// Lines as a report's author wrote them, from text that a PDF or a plain-text export wrapped and laid out: a table row
/// whose cells are separated by runs of spaces gets tabs between them; a line a paragraph was hard-wrapped at is joined
/// back to it; the wrapped rest of a row's label is put back into the label.
/// </summary>
public static partial class LineReflow
{
    public static IReadOnlyList<DocumentLine> Reflow(IEnumerable<DocumentLine> lines)
    {
        var result = new List<DocumentLine>();
        foreach (var line in lines)
        {
            var text = line.Text.TrimEnd();
            if (!text.Contains('\t') && RowStart().IsMatch(text) && SpaceRun().IsMatch(text.Trim())) text = SpaceRun().Replace(text.Trim(), "\t");
            if (result.Count > 0 && Join(result[^1].Text, text) is { } joined) result[^1] = result[^1] with { Text = joined };
            else result.Add(line with { Text = text });
        }
        return result;
    }

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

    [GeneratedRegex(@"[.:;!?…]$")]
    private static partial Regex Ends();

    [GeneratedRegex(@"(?: |\u00A0){2,}")]
    private static partial Regex SpaceRun();
}
