using System.Text;
using ParReport.Domain.Checking;
using UglyToad.PdfPig;

namespace ParReport.Documents;

/// <summary>
/// A report saved or printed to PDF, read back as lines. A table drawn with borders is read by its borders: each row of
/// cells one line, a cell's text however it wraps inside it, empty cells kept. Other words are grouped by the line they
/// stand on, in reading order, a gap wider than two letters read as a tab (the border of a table drawn without lines).
/// The lines are then reflowed as text is (<see cref="LineReflow"/>).
/// </summary>
internal static class ReportPdf
{
    /// <exception cref="UnreadableFileException">Not a PDF that can be read, or one without text (a scan).</exception>
    public static IReadOnlyList<DocumentLine> Read(byte[] bytes, string name)
    {
        var lines = new List<string>();
        try
        {
            using var document = PdfDocument.Open(bytes);
            foreach (var page in document.GetPages()) AddPage(lines, Lines(page).ToList());
        }
        catch (Exception e) when (e is not UnreadableFileException and not OutOfMemoryException)
        {
            throw new UnreadableFileException($"Tệp «{name}» không phải tệp PDF đọc được.");
        }
        if (lines.All(l => l.Trim().Length == 0))
            throw new UnreadableFileException($"Tệp «{name}» là PDF không có chữ (có thể là bản chụp): hãy dùng tệp DOCX hoặc PDF xuất từ Word.");
        return LineReflow.Reflow(ReportFile.Numbered(lines));
    }

    // A table row broken by the page goes on at the top of the next one, its first cell empty and its label going on in
    // lower case (a row of its own without a number starts with a capital): its cells are put back together.
    private static void AddPage(List<string> lines, List<string> page)
    {
        if (lines.Count > 0 && page.Count > 0 && lines[^1].Contains('\t') && page[0].StartsWith('\t') && !lines[^1].StartsWith('\t')
            && page[0].Split('\t')[1] is var label && (label.Length == 0 || char.IsLower(label[0])))
        {
            var above = lines[^1].Split('\t');
            var rest = page[0].Split('\t');
            var cells = Enumerable.Range(0, Math.Max(above.Length, rest.Length))
                .Select(i => string.Join(' ', new[] { i < above.Length ? above[i] : "", i < rest.Length ? rest[i] : "" }.Where(t => t.Length > 0)));
            lines[^1] = string.Join('\t', cells).TrimEnd('\t');
            page.RemoveAt(0);
        }
        lines.AddRange(page);
    }

    private sealed record Cell(double Left, string Text);

    private sealed record Row(double Bottom, double Height, List<Cell> Cells)
    {
        public double Top { get; init; } = Bottom + Height;
    }

    // A row of a form starts with its code in the first column: "4.1", "II", "3.1.2".
    private static readonly System.Text.RegularExpressions.Regex Code = new(@"^(\d{1,2}(\.\d{1,2}){0,4}|[IVX]{1,4})$");

    // Top to bottom on the page: the rows of its bordered tables and the lines of the other words.
    private static IEnumerable<string> Lines(UglyToad.PdfPig.Content.Page page)
    {
        var words = page.GetWords().Where(w => w.Text.Trim().Length > 0).ToList();
        var grid = PdfGrid.Of(page);
        var tables = grid.Rows(words, out var loose);
        return tables.Select(r => (r.Top, Text: r.Text)).Concat(LooseLines(loose))
            .OrderByDescending(l => l.Top).Select(l => l.Text);
    }

    private static IEnumerable<(double Top, string Text)> LooseLines(List<UglyToad.PdfPig.Content.Word> words)
    {
        var rows = Rows(words);
        // A page number alone at the foot or the head of the page is no line of the report.
        rows.RemoveAll(r => r.Cells.Count == 1 && r.Cells[0].Text.All(char.IsAsciiDigit) && (r == rows[^1] || r == rows[0]));
        var merged = new List<Row>();
        foreach (var row in rows)
        {
            // The wrapped rest of a table row's cells: each piece goes back to the cell it stands under.
            if (merged.LastOrDefault() is { } above && Code.IsMatch(above.Cells[0].Text) && above.Cells.Count > 1 && !Code.IsMatch(row.Cells[0].Text)
                && row.Cells[0].Left > above.Cells[1].Left - above.Height && above.Bottom - row.Bottom < 2.5 * above.Height)
            {
                foreach (var cell in row.Cells)
                {
                    var under = above.Cells.FindLastIndex(c => c.Left <= cell.Left + above.Height);
                    if (under < 1) under = 1;
                    above.Cells[under] = above.Cells[under] with { Text = $"{above.Cells[under].Text} {cell.Text}" };
                }
                merged[^1] = above with { Bottom = row.Bottom };
                continue;
            }
            merged.Add(row);
        }
        return merged.Select(r => (r.Top, string.Join('\t', r.Cells.Select(c => c.Text))));
    }

    // Top to bottom: words whose baselines are within a third of their height stand on one line; left to right, a gap
    // wider than two letters ends a cell.
    private static List<Row> Rows(List<UglyToad.PdfPig.Content.Word> words)
    {
        var lines = new List<List<UglyToad.PdfPig.Content.Word>>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom))
        {
            var line = lines.LastOrDefault();
            if (line is not null && Math.Abs(line[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= Math.Max(line[0].BoundingBox.Height, 1) / 3) line.Add(word);
            else lines.Add([word]);
        }
        var rows = new List<Row>();
        foreach (var line in lines)
        {
            var cells = new List<Cell>();
            var text = new StringBuilder();
            UglyToad.PdfPig.Content.Word? before = null;
            double left = 0;
            foreach (var word in line.OrderBy(w => w.BoundingBox.Left))
            {
                if (before is not null)
                {
                    var letter = before.BoundingBox.Width / Math.Max(before.Text.Length, 1);
                    if (word.BoundingBox.Left - before.BoundingBox.Right > 2 * letter)
                    {
                        cells.Add(new Cell(left, text.ToString()));
                        text.Clear();
                    }
                    else text.Append(' ');
                }
                if (text.Length == 0) left = word.BoundingBox.Left;
                text.Append(word.Text);
                before = word;
            }
            cells.Add(new Cell(left, text.ToString()));
            rows.Add(new Row(line[0].BoundingBox.Bottom, Math.Max(line.Max(w => w.BoundingBox.Height), 1), cells));
        }
        return rows;
    }
}
