using System.Globalization;
using ExcelDataReader;
using ParReport.Domain.Dossiers;

namespace ParReport.Documents;

/// <summary>
/// Reads a dossier export in the old binary XLS format (Excel 97–2003, which many one-stop systems still write): the
/// first sheet whose first 30 rows hold the header, title rows above it passed over, a merged cell's value given to
/// every cell it covers (a field written once over its dossiers), rows of totals passed over.
/// </summary>
public static class DossierXls
{
    private const int HeaderSearchRows = 30;

    static DossierXls()
    {
        // Strings of older workbooks are in Windows code pages.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    }

    /// <exception cref="UnreadableFileException">Not a workbook, or no sheet has a header with the columns the statistics need.</exception>
    public static IEnumerable<DossierRow> Read(Stream xls, IReadOnlyDictionary<string, DossierColumn>? mapping = null)
    {
        var reader = Open(xls);
        using (reader)
        {
            IReadOnlyList<DossierColumn>? fewest = null;
            do
            {
                var merged = Merged(reader);
                var origins = new Dictionary<(int, int), string>();
                DossierColumns? columns = null;
                var line = 0;
                while (Next(reader))
                {
                    line++;
                    var cells = Cells(reader, line, merged, origins);
                    if (cells.All(c => c.Length == 0)) continue;
                    if (columns is null)
                    {
                        var (found, missing) = DossierColumns.Match(cells, mapping);
                        if (fewest is null || missing.Count < fewest.Count) fewest = missing;
                        if (found is null && line >= HeaderSearchRows) break;
                        columns = found;
                        continue;
                    }
                    if (DossierRowReader.IsTotal(new StringCells(cells), columns)) continue;
                    var (dossier, errors) = DossierRowReader.Read(line, cells, columns);
                    yield return new DossierRow(line, dossier, errors);
                }
                if (columns is not null) yield break;
            }
            while (NextSheet(reader));
            throw new UnreadableFileException(DossierColumns.MissingMessage(fewest ?? DossierColumns.Required));
        }
    }

    private static IExcelDataReader Open(Stream xls)
    {
        try
        {
            return ExcelReaderFactory.CreateBinaryReader(xls);
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or IOException or ArgumentException
                                      or NotSupportedException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new UnreadableFileException(Damaged);
        }
    }

    private const string Damaged = "Tệp không phải bảng tính XLS hợp lệ, hoặc đã hỏng.";

    // A damaged workbook fails while it is read, not only when it is opened.
    private static bool Next(IExcelDataReader reader) => Guard(reader.Read);

    private static bool NextSheet(IExcelDataReader reader) => Guard(reader.NextResult);

    private static bool Guard(Func<bool> step)
    {
        try
        {
            return step();
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or IOException or ArgumentException
                                      or NotSupportedException or InvalidOperationException or IndexOutOfRangeException or OverflowException)
        {
            throw new UnreadableFileException(Damaged);
        }
    }

    /// <summary>Each merged range's cells (row and column from 1) but its top-left one, with that top-left cell, whose value they take.</summary>
    private sealed record MergedCells(Dictionary<(int Row, int Column), (int Row, int Column)> Covered, HashSet<(int Row, int Column)> Origins);

    private static MergedCells Merged(IExcelDataReader reader)
    {
        var merged = new MergedCells([], []);
        foreach (var range in reader.MergeCells ?? [])
        {
            // A range of more than 100,000 cells is no field written over its dossiers: it is left as it is.
            if ((long)(range.ToRow - range.FromRow + 1) * (range.ToColumn - range.FromColumn + 1) > 100_000) continue;
            var origin = (range.FromRow + 1, range.FromColumn + 1);
            merged.Origins.Add(origin);
            for (var row = range.FromRow; row <= range.ToRow; row++)
                for (var column = range.FromColumn; column <= range.ToColumn; column++)
                    if ((row + 1, column + 1) != origin) merged.Covered[(row + 1, column + 1)] = origin;
        }
        return merged;
    }

    // A merged range's first row comes before its others: its top-left value is kept as rows go by, and given to the rest.
    private static List<string> Cells(IExcelDataReader reader, int line, MergedCells merged, Dictionary<(int, int), string> origins)
    {
        var cells = new List<string>(reader.FieldCount);
        for (var i = 0; i < reader.FieldCount; i++) cells.Add(Text(reader.GetValue(i)));
        if (merged.Origins.Count == 0) return cells;
        for (var i = 0; i < cells.Count; i++)
            if (merged.Covered.TryGetValue((line, i + 1), out var origin)) cells[i] = origins.GetValueOrDefault(origin, cells[i]);
            else if (merged.Origins.Contains((line, i + 1))) origins[(line, i + 1)] = cells[i];
        return cells;
    }

    // As exports write them: dates as dd/MM/yyyy (with the time when there is one), numbers without grouping.
    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime date => date.ToString(date.TimeOfDay == TimeSpan.Zero ? "dd/MM/yyyy" : "dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture),
        double number => number.ToString(CultureInfo.InvariantCulture),
        bool yes => yes ? "TRUE" : "FALSE",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };
}
