using ParReport.Domain.Text;

namespace ParReport.Domain.Registers;

/// <summary>
/// Reads rows of a register, typed in the entry form or taken from a file: each cell by its column, then what a row
/// must hold as a whole (no more issues resolved than found, a stop after the start …). A file is read whole or not at
/// all: any refused row refuses the file, with every error named by line, column and value.
/// </summary>
public static class RegisterRows
{
    public const int MaxRows = 20_000;
    private const int HeaderSearch = 20;

    /// <summary>One row from its typed cells by column id.</summary>
    /// <returns>The row, or the errors by column id.</returns>
    public static (RegisterRow? Row, IReadOnlyList<(string Column, string Message)> Errors) Read(
        Register register, IReadOnlyDictionary<string, string?> typed, int id = 0)
    {
        var cells = new Dictionary<string, string>();
        var errors = new List<(string, string)>();
        foreach (var column in register.Columns)
        {
            var (value, error) = RegisterCells.Read(column, typed.GetValueOrDefault(column.Id));
            if (error is not null) errors.Add((column.Id, error));
            else if (value is not null) cells[column.Id] = value;
        }
        if (errors.Count > 0) return (null, errors);
        var row = new RegisterRow(cells, id);
        var whole = WholeRowError(register, row);
        return whole is null ? (row, []) : (null, [whole.Value]);
    }

    /// <summary>A file's rows under its header row (title rows above it are skipped; "STT" and unknown columns are ignored).</summary>
    public static (IReadOnlyList<RegisterRow> Rows, IReadOnlyList<RowError> Errors, string? FileError) ReadTable(
        Register register, IReadOnlyList<IReadOnlyList<string?>> table)
    {
        var headerIndex = -1;
        Dictionary<string, int>? columns = null;
        for (var i = 0; i < Math.Min(HeaderSearch, table.Count) && columns is null; i++)
        {
            var found = MatchHeader(register, table[i]);
            if (found.Count > 0 && register.Columns.Where(c => c.Required).All(c => found.ContainsKey(c.Id))) (columns, headerIndex) = (found, i);
        }
        if (columns is null)
        {
            var best = Enumerable.Range(0, Math.Min(HeaderSearch, table.Count)).Select(i => MatchHeader(register, table[i])).MaxBy(f => f.Count);
            if (best is null || best.Count == 0) return ([], [], RegisterMessages.NoHeader);
            return ([], [], RegisterMessages.MissingColumns(register.Columns.Where(c => c.Required && !best.ContainsKey(c.Id)).Select(c => c.Header)));
        }
        if (Duplicate(register, table[headerIndex]) is { } duplicate) return ([], [], RegisterMessages.DuplicateColumn(duplicate));

        var rows = new List<RegisterRow>();
        var errors = new List<RowError>();
        for (var i = headerIndex + 1; i < table.Count; i++)
        {
            var line = table[i];
            if (line.All(string.IsNullOrWhiteSpace)) continue;
            if (rows.Count + errors.Count >= MaxRows) return ([], [], RegisterMessages.TooManyRows(MaxRows));
            var typed = columns.ToDictionary(c => c.Key, c => c.Value < line.Count ? line[c.Value] : null);
            var (row, rowErrors) = Read(register, typed);
            if (row is not null) rows.Add(row);
            foreach (var (column, message) in rowErrors)
                errors.Add(new RowError(i + 1, register.Column(column)!.Header, Shorten(typed.GetValueOrDefault(column) ?? ""), message));
        }
        if (errors.Count > 0) return ([], errors, null);
        return rows.Count == 0 ? ([], [], RegisterMessages.Empty) : (rows, [], null);
    }

    private static Dictionary<string, int> MatchHeader(Register register, IReadOnlyList<string?> line)
    {
        var found = new Dictionary<string, int>();
        for (var i = 0; i < line.Count; i++)
        {
            var header = VietnameseText.Fold(TypedText.Clean(line[i] ?? "")).Trim().TrimEnd('*', ':').Trim();
            if (header.Length == 0) continue;
            var column = register.Columns.FirstOrDefault(c => c.Headers.Any(h => VietnameseText.Fold(h) == header));
            if (column is not null) found.TryAdd(column.Id, i);
        }
        return found;
    }

    private static string? Duplicate(Register register, IReadOnlyList<string?> line) =>
        line.Select(h => VietnameseText.Fold(TypedText.Clean(h ?? "")).Trim().TrimEnd('*', ':').Trim())
            .Select(h => register.Columns.FirstOrDefault(c => c.Headers.Any(x => VietnameseText.Fold(x) == h)))
            .OfType<RegisterColumn>().GroupBy(c => c.Id).Where(g => g.Count() > 1).Select(g => g.First().Header).FirstOrDefault();

    private static (string, string)? WholeRowError(Register register, RegisterRow row)
    {
        if (row.Date(Register.From) is { } from && row.Date(Register.Until) is { } until && until <= from)
            return (Register.Until, RegisterMessages.UntilBeforeFrom(from.ToString("dd/MM/yyyy")));
        if (row.Number("resolved") > (row.Number("found") ?? 0)) return ("resolved", RegisterMessages.ResolvedOverFound);
        if (row.Date("done") is { } done && row.Date("assigned") is { } assigned && done < assigned) return ("done", RegisterMessages.DoneBeforeAssigned);
        return null;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
