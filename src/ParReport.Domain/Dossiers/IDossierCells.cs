namespace ParReport.Domain.Dossiers;

/// <summary>The cells of one exported row, read in place (a CSV reader's row, or a list of strings).</summary>
public interface IDossierCells
{
    int Count { get; }

    ReadOnlySpan<char> this[int index] { get; }
}

/// <summary>Cells held as strings.</summary>
public readonly struct StringCells(IReadOnlyList<string> cells) : IDossierCells
{
    public int Count => cells.Count;

    public ReadOnlySpan<char> this[int index] => cells[index];
}
