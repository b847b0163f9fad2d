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

    public sealed record Result(IReadOnlyList<Row> Units, IReadOnlyList<string> Errors);

    private static readonly string[][] Columns =
    [
        ["ma", "code", "ma don vi"],
        ["ten", "name", "ten don vi"],
        ["cap", "level"],
        ["ma cap tren", "parent", "cap tren", "ma don vi cap tren"],
    ];

    public static Result Read(string path)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true }).FromFile(path);
        var errors = new List<string>();
        var index = new int[Columns.Length];
        var names = reader.Header.ColNames.Select(n => VietnameseText.Fold(n.Replace('_', ' ').Replace('-', ' '))).ToList();
        for (var c = 0; c < Columns.Length; c++)
        {
            index[c] = names.FindIndex(n => Columns[c].Contains(n));
            if (index[c] < 0 && c < 3) errors.Add(CliMessages.MissingColumn(Columns[c][0], Columns[c]));
        }
        if (errors.Count > 0) return new Result([], errors);

        var units = new List<Row>();
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            var cells = new string[Columns.Length];
            for (var c = 0; c < Columns.Length; c++)
                cells[c] = index[c] >= 0 && index[c] < row.ColCount ? row[index[c]].ToString() : "";
            var (code, name, level, parent) = (cells[0], cells[1], cells[2], cells[3]);
            if (code.Length == 0 && name.Length == 0 && level.Length == 0) continue;
            var rowErrors = new List<string>();
            if (code.Length == 0) rowErrors.Add(CliMessages.EmptyCell("ma"));
            if (name.Length == 0) rowErrors.Add(CliMessages.EmptyCell("ten"));
            if (!UnitLevels.TryParse(VietnameseText.Fold(level), out var unitLevel)) rowErrors.Add(CliMessages.BadLevel(level));
            if (rowErrors.Count > 0) errors.Add(CliMessages.RowErrors(line, rowErrors));
            else if (units.FirstOrDefault(u => u.Unit.Code == code) is { } first) errors.Add(CliMessages.DuplicateUnit(line, code, first.Line));
            else units.Add(new Row(line, new OrgUnit(code, name, unitLevel, parent.Length == 0 ? null : parent)));
        }
        return new Result(units, errors);
    }
}
