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
    public static IEnumerable<DossierRow> Read(Stream xlsx, IReadOnlyDictionary<string, DossierColumn>? mapping = null)
    {
        SpreadsheetDocument workbook;
        try
        {
            workbook = SpreadsheetDocument.Open(xlsx, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new UnreadableFileException("Tệp không phải bảng tính XLSX hợp lệ.");
        }
        using (workbook)
        {
            var part = workbook.WorkbookPart ?? throw new UnreadableFileException("Bảng tính không có trang nào.");
            var sheets = part.Workbook?.Descendants<Sheet>().ToList() is { Count: > 0 } listed ? listed : throw new UnreadableFileException("Bảng tính không có trang nào.");
            var strings = Xlsx.SharedStrings(part);
            var dates = DateStyles(part);
            IReadOnlyList<DossierColumn>? fewest = null;
            // The first sheet with the header: a workbook may open on a cover sheet or a summary.
            foreach (var sheet in sheets)
            {
                if (sheet.Id?.Value is not { } id || part.GetPartById(id) is not WorksheetPart worksheet) continue;
                using var reader = OpenXmlReader.Create(worksheet);
                DossierColumns? columns = null;
                var searched = 0;
                while (reader.Read())
                {
                    if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
                    var row = (Row)reader.LoadCurrentElement()!;
                    var cells = Cells(row, strings, dates);
                    var line = (int)(row.RowIndex?.Value ?? 0);
                    if (columns is null)
                    {
                        // Title rows may stand above the header: it is the first row naming the columns the statistics need.
                        if (cells.All(c => c.Length == 0)) continue;
                        var (found, missing) = DossierColumns.Match(cells, mapping);
                        if (fewest is null || missing.Count < fewest.Count) fewest = missing;
                        if (found is null && ++searched >= HeaderSearchRows) break;
                        columns = found;
                        continue;
                    }
                    if (cells.All(c => c.Length == 0) || DossierRowReader.IsTotal(new StringCells(cells), columns)) continue;
                    var (dossier, errors) = DossierRowReader.Read(line, cells, columns);
                    yield return new DossierRow(line, dossier, errors);
                }
                if (columns is not null) yield break;
            }
            throw new UnreadableFileException(DossierColumns.MissingMessage(fewest ?? DossierColumns.Required));
        }
    }

    private const int HeaderSearchRows = 30;

    private static List<string> Cells(Row row, string[] strings, HashSet<uint> dateStyles)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = Xlsx.ColumnNumber(cell.CellReference?.Value) - 1;
            while (column >= 0 && cells.Count < column) cells.Add("");
            // A number in a date format is an Excel date serial: written back the way exports write dates.
            var text = (cell.DataType is null || cell.DataType.Value == CellValues.Number) && cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
                && double.TryParse(cell.CellValue?.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
                    ? DateTime.FromOADate(serial).ToString(serial % 1 == 0 ? "dd/MM/yyyy" : "dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)
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
