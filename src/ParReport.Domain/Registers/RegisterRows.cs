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
        Header? header = null;
        for (var i = 0; i < Math.Min(HeaderSearch, table.Count) && header is null; i++)
        {
            var found = MatchHeader(register, table[i]);
            if (found.Columns.Count > 0 && found.Missing(register).Count == 0) (header, headerIndex) = (found, i);
        }
        if (header is null)
        {
            var best = Enumerable.Range(0, Math.Min(HeaderSearch, table.Count)).Select(i => MatchHeader(register, table[i])).MaxBy(f => f.Columns.Count + f.Files.Count);
            if (best is null || best.Columns.Count + best.Files.Count == 0) return ([], [], RegisterMessages.NoHeader(register));
            return ([], [], RegisterMessages.MissingColumns(best.Missing(register).Select(c => c.Header)));
        }
        if (Duplicate(register, table[headerIndex]) is { } duplicate) return ([], [], RegisterMessages.DuplicateColumn(duplicate));

        var rows = new List<RegisterRow>();
        var errors = new List<RowError>();
        for (var i = headerIndex + 1; i < table.Count; i++)
        {
            var line = table[i];
            if (line.All(string.IsNullOrWhiteSpace)) continue;
            if (rows.Count + errors.Count >= MaxRows) return ([], [], RegisterMessages.TooManyRows(MaxRows));
            var typed = header.Typed(register, line);
            var (row, rowErrors) = Read(register, typed);
            if (row is not null) rows.Add(row);
            foreach (var (column, message) in rowErrors)
                errors.Add(new RowError(i + 1, register.Column(column)!.Header, Shorten(typed.GetValueOrDefault(column) ?? ""), message));
        }
        if (errors.Count > 0) return ([], errors, null);
        return rows.Count == 0 ? ([], [], RegisterMessages.Empty) : (rows, [], null);
    }

    /// <summary>Where a header row puts the register's columns, and the combined columns of other layouts it has.</summary>
    private sealed record Header(Dictionary<string, int> Columns, List<(RegisterFileColumn Column, int Index)> Files)
    {
        public IReadOnlyList<RegisterColumn> Missing(Register register) => register.Columns
            .Where(c => c.Required && !Columns.ContainsKey(c.Id) && !Files.Any(f => f.Column.Gives.Contains(c.Id)) && !register.Derived.ContainsKey(c.Id)).ToList();

        /// <summary>A line's cells by column id: the register's own columns first, then what a combined cell gives, then what can be derived.</summary>
        public Dictionary<string, string?> Typed(Register register, IReadOnlyList<string?> line)
        {
            string? Cell(int index) => index < line.Count ? line[index] : null;
            var typed = Columns.ToDictionary(c => c.Key, c => Cell(c.Value));
            foreach (var (file, index) in Files)
                if (Cell(index) is { Length: > 0 } cell)
                    foreach (var (column, value) in file.Split(cell)) typed.TryAdd(column, value);
            foreach (var (column, derive) in register.Derived)
                if (!Columns.ContainsKey(column) && !typed.ContainsKey(column)) typed[column] = derive(typed);
            return typed;
        }
    }

    private static Header MatchHeader(Register register, IReadOnlyList<string?> line)
    {
        var found = new Header([], []);
        for (var i = 0; i < line.Count; i++)
        {
            var header = VietnameseText.Fold(TypedText.Clean(line[i] ?? "")).Trim().TrimEnd('*', ':').Trim();
            if (header.Length == 0) continue;
            var column = register.Columns.FirstOrDefault(c => c.Headers.Any(h => VietnameseText.Fold(h) == header));
            if (column is not null) found.Columns.TryAdd(column.Id, i);
            else if (register.FileColumns.FirstOrDefault(f => f.Headers.Any(h => VietnameseText.Fold(h) == header)) is { } file && found.Files.All(f => f.Column != file))
                found.Files.Add((file, i));
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
