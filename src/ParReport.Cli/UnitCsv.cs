using nietras.SeparatedValues;
using ParReport.Domain.Organisation;
using ParReport.Domain.Text;

namespace ParReport.Cli;

/// <summary>
/// Reads units from CSV (comma, semicolon or tab; UTF-8 with or without BOM). Columns are found by header,
/// in English or Vietnamese, without regard to case or diacritics: ma/code, ten/name, cap/level, ma cap tren/parent.
/// </summary>
public static class UnitCsv
{
    public sealed record Row(int Line, OrgUnit Unit);

    /// <summary>The units read; what makes the file unreadable (its header); its refused rows, by line, column and value.</summary>
    public sealed record Result(IReadOnlyList<Row> Units, IReadOnlyList<string> Errors, IReadOnlyList<RowError> RowErrors);

    private static readonly string[][] Columns =
    [
        ["ma", "code", "ma don vi"],
        ["ten", "name", "ten don vi"],
        ["cap", "level"],
        ["ma cap tren", "parent", "cap tren", "ma don vi cap tren"],
    ];

    public static Result Read(string path)
    {
        // The header is read as a row: Sep refuses a header with a name twice (two empty ones, too) by an exception.
        using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true }).FromFile(path);
        using var rows = reader.GetEnumerator();
        var headers = rows.MoveNext() ? Enumerable.Range(0, rows.Current.ColCount).Select(i => rows.Current[i].ToString()).ToList() : [];
        var errors = new List<string>();
        var index = new int[Columns.Length];
        var names = headers.Select(n => VietnameseText.Fold(n.Replace('_', ' ').Replace('-', ' '))).ToList();
        for (var c = 0; c < Columns.Length; c++)
        {
            index[c] = names.FindIndex(n => Columns[c].Contains(n));
            if (index[c] < 0 && c < 3) errors.Add(CliMessages.MissingColumn(Columns[c][0], Columns[c]));
            else if (index[c] >= 0 && names.FindLastIndex(n => Columns[c].Contains(n)) is var last && last != index[c])
                errors.Add(CliMessages.DuplicateColumn(headers[last], Columns[c][0]));
        }
        if (errors.Count > 0) return new Result([], errors, []);

        var units = new List<Row>();
        var rowErrors = new List<RowError>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);  // code → its line
        while (rows.MoveNext())
        {
            var row = rows.Current;
            var line = row.LineNumberFrom;
            var cells = new string[Columns.Length];
            for (var c = 0; c < Columns.Length; c++)
                cells[c] = index[c] >= 0 && index[c] < row.ColCount ? row[index[c]].ToString() : "";
            var (code, name, level, parent) = (cells[0], cells[1], cells[2], cells[3]);
            if (code.Length == 0 && name.Length == 0 && level.Length == 0) continue;
            var before = rowErrors.Count;
            if (code.Length == 0) rowErrors.Add(new RowError(line, "ma", "", CliMessages.EmptyCell));
            if (name.Length == 0) rowErrors.Add(new RowError(line, "ten", "", CliMessages.EmptyCell));
            if (!UnitLevels.TryParse(VietnameseText.Fold(level), out var unitLevel)) rowErrors.Add(new RowError(line, "cap", level, CliMessages.BadLevel));
            if (rowErrors.Count > before) continue;
            if (lines.ContainsKey(code)) rowErrors.Add(new RowError(line, "ma", code, CliMessages.DuplicateUnit));
            else
            {
                lines[code] = line;
                units.Add(new Row(line, new OrgUnit(code, name, unitLevel, parent.Length == 0 ? null : parent)));
            }
        }
        return new Result(units, errors, rowErrors);
    }
}
