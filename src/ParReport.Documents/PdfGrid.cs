using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;

namespace ParReport.Documents;

/// <summary>
/// The borders of the tables drawn on a PDF page, and the words they enclose read as rows of cells: the cell of a word is
/// bounded by the nearest border on each side of it; the cells whose top border is one line make a row, its columns
/// the vertical borders crossing it, so a wrapped cell stays one cell and an empty one stays empty.
/// </summary>
internal sealed partial class PdfGrid
{
    // A border: a vertical one at X = At from Y = From to To, a horizontal one at Y = At from X = From to To.
    private sealed record Border(double At, double From, double To)
    {
        public bool Spans(double value) => value >= From - 0.5 && value <= To + 0.5;
    }

    public sealed record TableRow(double Top, string Text);

    private readonly List<Border> _vertical = [];
    private readonly List<Border> _horizontal = [];

    public static PdfGrid Of(Page page)
    {
        var grid = new PdfGrid();
        foreach (var path in page.Paths.Where(p => p.IsFilled || p.IsStroked))
            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not { } box) continue;
                if (box.Width <= 2 && box.Height >= 3) grid._vertical.Add(new(box.Centroid.X, box.Bottom, box.Top));
                else if (box.Height <= 2 && box.Width >= 3) grid._horizontal.Add(new(box.Centroid.Y, box.Left, box.Right));
            }
        // A page with a few thousand borders is a drawing, not a form; its words are read as lines.
        if (grid._vertical.Count > 5_000 || grid._horizontal.Count > 5_000) { grid._vertical.Clear(); grid._horizontal.Clear(); }
        return grid;
    }

    /// <summary>The rows of the tables; the words in no cell are given back as <paramref name="loose"/>.</summary>
    public List<TableRow> Rows(List<Word> words, out List<Word> loose)
    {
        loose = [];
        var cells = new Dictionary<(double Top, double Left), List<Word>>();
        var bottoms = new Dictionary<double, double>();
        foreach (var word in words)
        {
            var x = word.BoundingBox.Centroid.X;
            var y = word.BoundingBox.Centroid.Y;
            var left = Nearest(_vertical, x, y, below: true);
            var right = Nearest(_vertical, x, y, below: false);
            var top = Nearest(_horizontal, y, x, below: false);
            var bottom = Nearest(_horizontal, y, x, below: true);
            if (left is null || right is null || top is null || bottom is null) { loose.Add(word); continue; }
            var key = (Math.Round(top.Value, 1), Math.Round(left.Value, 1));
            if (!cells.TryGetValue(key, out var list)) cells[key] = list = [];
            list.Add(word);
            bottoms[key.Item1] = Math.Max(bottoms.GetValueOrDefault(key.Item1), Math.Round(bottom.Value, 1));
        }
        var rows = new List<TableRow>();
        foreach (var row in cells.GroupBy(c => c.Key.Top))
        {
            // The columns of the row: the vertical borders that cross it, left to right, so that an empty first cell stays.
            var middle = (row.Key + bottoms[row.Key]) / 2;
            var columns = _vertical.Where(v => v.Spans(middle)).Select(v => Math.Round(v.At, 1)).Distinct().Order().ToList();
            var text = new List<string>();
            for (var c = 0; c < columns.Count - 1; c++)
            {
                var inside = row.Where(cell => cell.Key.Left >= columns[c] - 0.5 && cell.Key.Left < columns[c + 1] - 0.5).SelectMany(cell => cell.Value).ToList();
                text.Add(CellText(inside));
            }
            while (text.Count > 0 && text[^1].Length == 0) text.RemoveAt(text.Count - 1);
            if (text.Count > 0) rows.Add(new TableRow(row.Key, string.Join('\t', text)));
        }
        return rows;
    }

    // The nearest border across the point on one side of it: the left (below: true) or right border at X = along for a
    // vertical border crossing Y = across, or the bottom or top one for a horizontal border.
    private static double? Nearest(List<Border> borders, double along, double across, bool below)
    {
        double? best = null;
        foreach (var border in borders)
        {
            if (!border.Spans(across)) continue;
            if (below ? border.At < along && (best is null || border.At > best) : border.At > along && (best is null || border.At < best)) best = border.At;
        }
        return best;
    }

    // A cell's words line by line, top to bottom; a number or code broken over two lines ("1.2.3" / ".", "1.03" / "4 = 100%")
    // is put back together: a cell without letters wraps inside its figures, not between words.
    private static string CellText(List<Word> words)
    {
        var text = new StringBuilder();
        foreach (var line in words.GroupBy(w => Math.Round(w.BoundingBox.Bottom)).OrderByDescending(g => g.Key))
        {
            var part = string.Join(' ', line.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));
            if (text.Length > 0 && !(Figures().IsMatch(text.ToString()) && Figures().IsMatch(part))) text.Append(' ');
            text.Append(part);
        }
        return text.ToString();
    }

    [GeneratedRegex(@"^[^\p{L}]+$")]
    private static partial Regex Figures();
}
