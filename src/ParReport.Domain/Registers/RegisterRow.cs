using System.Globalization;

namespace ParReport.Domain.Registers;

/// <summary>
/// A row of a register as stored: each column's value in its canonical text (dates "yyyy-MM-dd", numbers invariant,
/// flags "1"/"0", choices as their option), absent when empty. <see cref="Id"/> is the stored row's id (0 when new).
/// </summary>
public sealed record RegisterRow(IReadOnlyDictionary<string, string> Cells, int Id = 0)
{
    public string? Text(string column) => Cells.GetValueOrDefault(column);

    public DateOnly? Date(string column) =>
        Cells.TryGetValue(column, out var text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public decimal? Number(string column) =>
        Cells.TryGetValue(column, out var text) && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null;

    public bool Flag(string column) => Cells.GetValueOrDefault(column) == "1";

    public bool Has(string column) => Cells.ContainsKey(column);
}
