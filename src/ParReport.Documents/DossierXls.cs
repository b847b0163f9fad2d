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
    static DossierXls()
    {
        // Strings of older workbooks are in Windows code pages.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    }

    /// <exception cref="UnreadableFileException">Not a workbook, or no sheet has a header with the columns the statistics need.</exception>
    public static IEnumerable<DossierRow> Read(Stream xls, IReadOnlyDictionary<string, DossierColumn>? mapping = null) =>
        DossierTable.Dossiers(DossierTable.Rows(Sheets(xls), mapping));

    /// <summary>The columns found and the first rows, nothing stored.</summary>
    public static DossierPreview Preview(Stream xls, IReadOnlyDictionary<string, DossierColumn>? mapping = null) =>
        DossierTable.Preview(DossierTable.Rows(Sheets(xls), mapping));

    /// <summary>The reader goes through the sheets in turn: each sheet's rows are read before the next sheet is asked for.</summary>
    /// <param name="typed">Cells as an official types them (a date its day dd/MM/yyyy, a number the Vietnamese way), not as exports write them.</param>
    internal static IEnumerable<IEnumerable<(int Line, List<string> Cells)>> Sheets(Stream xls, bool typed = false)
    {
        var reader = Open(xls);
        using (reader)
        {
            do yield return SheetRows(reader, typed);
            while (NextSheet(reader));
        }
    }

    private static IEnumerable<(int Line, List<string> Cells)> SheetRows(IExcelDataReader reader, bool typed)
    {
        var merged = Merged(reader);
        for (var line = 1; Next(reader); line++) yield return (line, Cells(reader, line, merged, typed));
    }

    private static IExcelDataReader Open(Stream xls) => Guard(() => ExcelReaderFactory.CreateBinaryReader(xls));

    private const string Damaged = "Tệp không phải bảng tính XLS hợp lệ, hoặc đã hỏng.";

    // A damaged workbook fails while it is read, not only when it is opened.
    private static bool Next(IExcelDataReader reader) => Guard(reader.Read);

    private static bool NextSheet(IExcelDataReader reader) => Guard(reader.NextResult);

    private static T Guard<T>(Func<T> step)
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

    private static MergedCells Merged(IExcelDataReader reader)
    {
        var merged = new MergedCells();
        foreach (var range in reader.MergeCells ?? []) merged.Add(range.FromRow + 1, range.FromColumn + 1, range.ToRow + 1, range.ToColumn + 1);
        return merged;
    }

    private static List<string> Cells(IExcelDataReader reader, int line, MergedCells merged, bool typed)
    {
        var cells = new List<string>(reader.FieldCount);
        for (var i = 0; i < reader.FieldCount; i++)
            cells.Add(typed ? Typed(reader.GetValue(i)) : Text(reader.GetValue(i)));
        merged.Fill(line, cells);
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

    private static string Typed(object? value) => value switch
    {
        DateTime date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        double number => TypedNumbers.Of(number),
        bool yes => yes ? "Có" : "Không",
        _ => Text(value),
    };
}
