using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ParReport.Domain.Dossiers;

namespace ParReport.Documents;

/// <summary>
/// Reads a dossier export in XLSX: the first sheet with the header, its header the first row naming the needed columns (title rows may stand above it), read as a stream of rows so that
/// large workbooks stay in constant memory. Dates stored as Excel serial numbers are written back as dd/MM/yyyy HH:mm.
/// </summary>
public static class DossierXlsx
{
    /// <exception cref="UnreadableFileException">Not a workbook, or the header lacks a column the statistics need.</exception>
    public static IEnumerable<DossierRow> Read(Stream xlsx, IReadOnlyDictionary<string, DossierColumn>? mapping = null) =>
        DossierTable.Dossiers(DossierTable.Rows(Sheets(xlsx), mapping));

    /// <summary>The columns found and the first rows, nothing stored.</summary>
    /// <exception cref="UnreadableFileException">Not a workbook, or the header lacks a column the statistics need.</exception>
    public static DossierPreview Preview(Stream xlsx, IReadOnlyDictionary<string, DossierColumn>? mapping = null) =>
        DossierTable.Preview(DossierTable.Rows(Sheets(xlsx), mapping));

    // An export of a million dossiers expands to about 400 MB, ten times its packed size; beyond 1 GB only a file that
    // packs no more than a hundred times is read.
    private const long MaxExpandedBytes = 1_024L * 1_048_576;
    private const long PackedLikeReal = 100;

    /// <summary>Each sheet's rows as text, read as a stream; the workbook stays open while they are read.</summary>
    /// <param name="typed">Cells as an official types them (a date cell its day dd/MM/yyyy, a number the Vietnamese way), not as exports write them.</param>
    /// <param name="maxExpanded">What the workbook may expand to; the dossiers' limit when null.</param>
    internal static IEnumerable<IEnumerable<(int Line, List<string> Cells)>> Sheets(Stream xlsx, bool typed = false, long? maxExpanded = null)
    {
        SpreadsheetDocument workbook;
        try
        {
            if (xlsx.CanSeek) ZipLimits.Check(xlsx, "bảng tính", maxExpanded ?? Math.Max(MaxExpandedBytes, PackedLikeReal * xlsx.Length));
            workbook = SpreadsheetDocument.Open(xlsx, false);
        }
        // A zip whose package parts ([Content_Types].xml, the relationships) are cut or not XML is no workbook either.
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException or InvalidOperationException or IOException
                                  or ArgumentException)
        {
            throw new UnreadableFileException("Tệp không phải bảng tính XLSX hợp lệ.");
        }
        using (workbook)
        {
            string[] strings;
            HashSet<uint> dates;
            List<WorksheetPart> worksheets;
            try
            {
                var part = workbook.WorkbookPart ?? throw new UnreadableFileException("Bảng tính không có trang nào.");
                var sheets = part.Workbook?.Descendants<Sheet>().ToList() is { Count: > 0 } listed ? listed : throw new UnreadableFileException("Bảng tính không có trang nào.");
                (strings, dates) = (Xlsx.SharedStrings(part), DateStyles(part));
                // A sheet whose id names no part is damage; a chart sheet has no rows to read.
                worksheets = sheets.Select(s => s.Id?.Value is { } id && part.TryGetPartById(id, out var p) ? p : throw new InvalidDataException())
                    .OfType<WorksheetPart>().ToList();
            }
            catch (Exception e) when (e is FormatException or System.Xml.XmlException or InvalidDataException or OpenXmlPackageException or OverflowException
                                      or InvalidOperationException or ArgumentException or IOException)
            {
                throw new UnreadableFileException(Damaged);
            }
            foreach (var worksheet in worksheets) yield return SheetRows(worksheet, strings, dates, typed);
        }
    }

    private static IEnumerable<(int Line, List<string> Cells)> SheetRows(WorksheetPart worksheet, string[] strings, HashSet<uint> dates, bool typed)
    {
        var merged = Merged(worksheet);
        using var reader = OpenXmlReader.Create(worksheet);
        while (Next(reader, strings, dates, typed) is { } row)
        {
            merged.Fill(row.Line, row.Cells);
            yield return row;
        }
    }

    // The sheet's merged ranges come after its rows: they are read first, the rows passed over without being loaded.
    private static MergedCells Merged(WorksheetPart worksheet)
    {
        var merged = new MergedCells();
        try
        {
            using var reader = OpenXmlReader.Create(worksheet);
            var more = reader.Read();
            while (more)
            {
                if (reader.IsStartElement && reader.ElementType == typeof(SheetData))
                {
                    reader.Skip();
                    more = !reader.EOF;
                    continue;
                }
                if (reader.IsStartElement && reader.ElementType == typeof(MergeCell))
                    merged.Add(reader.Attributes.FirstOrDefault(a => a.LocalName == "ref").Value);
                more = reader.Read();
            }
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or OpenXmlPackageException or IOException)
        {
            throw new UnreadableFileException(Damaged);
        }
        return merged;
    }

    private const string Damaged = "Bảng tính XLSX bị hỏng (nội dung không đúng định dạng), không đọc được.";

    // A damaged sheet (XML cut short, a row number or a style that is no number) is an unreadable file, never a crash.
    private static (int Line, List<string> Cells)? Next(OpenXmlReader reader, string[] strings, HashSet<uint> dates, bool typed)
    {
        try
        {
            while (reader.Read())
            {
                if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
                var row = (Row)reader.LoadCurrentElement()!;
                return ((int)Math.Min(row.RowIndex?.Value ?? 0, int.MaxValue), Cells(row, strings, dates, typed));
            }
            return null;
        }
        catch (Exception e) when (e is FormatException or System.Xml.XmlException or InvalidDataException or OpenXmlPackageException or ArgumentException
                                      or InvalidOperationException or OverflowException or IOException)
        {
            throw new UnreadableFileException(Damaged);
        }
    }

    private static List<string> Cells(Row row, string[] strings, HashSet<uint> dateStyles, bool typed)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = Xlsx.ColumnNumber(cell.CellReference?.Value) - 1;
            while (column >= 0 && cells.Count < column) cells.Add("");
            var number = Xlsx.TypeOf(cell) == "n" && double.TryParse(cell.CellValue?.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : (double?)null;
            // A number in a date format is an Excel date serial: written back the way exports write dates.
            var text = number is { } serial && cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
                    ? DateTime.FromOADate(serial).ToString(serial % 1 == 0 || typed ? "dd/MM/yyyy" : "dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)
                : typed && number is { } value ? TypedNumbers.Of(value)
                : Xlsx.Text(cell, strings);
            cells.Add(text);
        }
        return cells;
    }

    // Cell formats whose number format is a date (built-in 14–22, or a custom one with d, m and y in it).
    private static HashSet<uint> DateStyles(WorkbookPart part)
    {
        var stylesheet = part.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.FormatCode?.Value is { } code && code.Contains('d') && code.Contains('y'))
            .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
        var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        return formats.Select((f, i) => (f, i)).Where(x => x.f.NumberFormatId?.Value is { } id && (id is >= 14 and <= 22 || custom.Contains(id)))
            .Select(x => (uint)x.i).ToHashSet();
    }
}
