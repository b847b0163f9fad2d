namespace ParReport.Documents;

/// <summary>
/// The merged ranges of a sheet, so that every cell of a range reads as its top-left one: an export that writes a
/// field once, merged over its dossiers, gives it to each of them. Rows and columns count from 1.
/// </summary>
internal sealed class MergedCells
{
    // A range of more than 100,000 cells is no field written over its dossiers: it is left as it is.
    private const long MaxCells = 100_000;

    private readonly Dictionary<(int Row, int Column), (int Row, int Column)> _covered = [];
    private readonly HashSet<(int Row, int Column)> _origins = [];
    // The top-left values seen so far: a range's first row comes before its others.
    private readonly Dictionary<(int Row, int Column), string> _values = [];

    public void Add(int fromRow, int fromColumn, int toRow, int toColumn)
    {
        if (fromRow < 1 || fromColumn < 1 || toRow < fromRow || toColumn < fromColumn || (long)(toRow - fromRow + 1) * (toColumn - fromColumn + 1) > MaxCells) return;
        _origins.Add((fromRow, fromColumn));
        for (var row = fromRow; row <= toRow; row++)
            for (var column = fromColumn; column <= toColumn; column++)
                if ((row, column) != (fromRow, fromColumn)) _covered[(row, column)] = (fromRow, fromColumn);
    }

    /// <summary>"A2:B5", as XLSX writes a range; anything else is passed over.</summary>
    public void Add(string? range)
    {
        var ends = (range ?? "").Split(':');
        if (ends.Length == 2 && Cell(ends[0]) is { } from && Cell(ends[1]) is { } to) Add(from.Row, from.Column, to.Row, to.Column);
    }

    private static (int Row, int Column)? Cell(string reference)
    {
        var column = Xlsx.ColumnNumber(reference);
        var letters = reference.TakeWhile(char.IsAsciiLetter).Count();
        return column > 0 && int.TryParse(reference.AsSpan(letters), out var row) && row > 0 ? (row, column) : null;
    }

    /// <summary>Gives the cells of row <paramref name="line"/> that a range covers the value of its top-left cell.</summary>
    public void Fill(int line, List<string> cells)
    {
        if (_origins.Count == 0) return;
        for (var i = 0; i < cells.Count; i++)
            if (_covered.TryGetValue((line, i + 1), out var origin)) cells[i] = _values.GetValueOrDefault(origin, cells[i]);
            else if (_origins.Contains((line, i + 1))) _values[(line, i + 1)] = cells[i];
    }
}
