using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ParReport.Domain.Entry;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Documents;

/// <summary>What a filled form workbook holds: each indicator's value at download time and now, or the bad cells.</summary>
public sealed record FormUpload(IReadOnlyList<(string Key, IndicatorValue? Original, IndicatorValue? Mine)> Values, IReadOnlyList<string> Errors);

/// <summary>
/// One statistical form as a workbook to fill offline: Mã | Chỉ tiêu | Đơn vị tính | Số liệu | Ghi chú, with rates
/// as formulas so that Excel and LibreOffice compute them while the official types, and a hidden column F keeping
/// each value as it was when downloaded — so that an upload merges like a web save and never hides another's change.
/// </summary>
public static class FormXlsx
{
    private const int HeaderRow = 5;

    public static string SheetName(Form form) => $"Biểu {form.Code}";

    public static byte[] Write(Form form, string heading, IReadOnlyDictionary<string, IndicatorValue> values)
    {
        var data = new SheetData(
            Xlsx.Row(1, Xlsx.Bold, $"Biểu {form.Code}. {form.Title}"),
            Xlsx.Row(2, Xlsx.Italic, heading),
            Xlsx.Row(3, Xlsx.Italic, "Nhập số liệu vào cột D: số kiểu Việt Nam (1.034; 99,8) hoặc số của Excel; lựa chọn nhập bằng mã. Các tỷ lệ tự tính. Không sửa cột A."),
            Xlsx.Row(HeaderRow, Xlsx.BoldCell, "Mã", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú", "Giá trị khi tải về"));
        var rows = form.Indicators.Select((indicator, i) => (indicator, Row: (uint)(HeaderRow + 1 + i))).ToList();
        var rowOf = rows.ToDictionary(r => r.indicator.Code, r => r.Row);
        foreach (var (indicator, index) in rows)
        {
            var value = values.GetValueOrDefault(indicator.Key);
            var style = indicator.Kind == IndicatorKind.Group ? Xlsx.BoldCell : Xlsx.Cell;
            var row = Xlsx.Row(index, style, indicator.Code, indicator.Label, indicator.Kind == IndicatorKind.Choice ? "Mã lựa chọn" : indicator.Unit ?? "");
            row.Append(indicator.Kind switch
            {
                IndicatorKind.Rate => Xlsx.Formula($"D{index}", RateFormula(rowOf[indicator.Numerator!], rowOf[indicator.Denominator!]), style),
                _ when value?.Number is { } n => Xlsx.Number($"D{index}", n, style),
                _ => Xlsx.Text($"D{index}", value?.Text ?? "", style),
            });
            row.Append(Xlsx.Text($"E{index}", Note(indicator), style), Xlsx.Text($"F{index}", ValueInput.Show(value), style));
            data.Append(row);
        }
        return Xlsx.Workbook(SheetName(form),
            new Columns(Xlsx.Column(1, 8), Xlsx.Column(2, 70), Xlsx.Column(3, 16), Xlsx.Column(4, 14), Xlsx.Column(5, 30), Xlsx.Column(6, 14, hidden: true)),
            data);
    }

    private static string RateFormula(uint numerator, uint denominator) =>
        $"IF(AND(ISNUMBER(D{numerator}),ISNUMBER(D{denominator}),D{denominator}<>0),ROUND(D{numerator}/D{denominator}*100,1),\"\")";

    private static string Note(Indicator indicator) => indicator.Kind switch
    {
        IndicatorKind.Rate => $"Tự tính: ({indicator.Numerator}) / ({indicator.Denominator}) × 100",
        IndicatorKind.Choice => indicator.UnitText,
        _ => indicator.Note ?? "",
    };

    /// <summary>Reads a filled form workbook. Each bad cell is an error naming the sheet, the cell, the indicator and the value.</summary>
    /// <exception cref="UnreadableFileException">Not a workbook, a damaged one, or it has no sheet for this form.</exception>
    public static FormUpload Read(Stream xlsx, Form form)
    {
        try
        {
            // A filled form is a few kilobytes of cells; it may expand to 16 MB.
            ZipLimits.Check(xlsx, "bảng tính", 16 * 1_048_576);
            using var workbook = SpreadsheetDocument.Open(xlsx, false);
            var part = workbook.WorkbookPart;
            var sheet = part?.Workbook?.Descendants<Sheet>().FirstOrDefault(s => s.Name?.Value == SheetName(form));
            if (sheet?.Id?.Value is not { } id || !part!.TryGetPartById(id, out var found) || found is not WorksheetPart worksheet)
                throw new UnreadableFileException(EntryMessages.NoFormSheet(form.Code));
            var strings = Xlsx.SharedStrings(part);
            return Read(worksheet.Worksheet?.Descendants<Row>() ?? [], form, strings);
        }
        // A damaged workbook (a cell of a type or a row number the format does not know …) is refused, never a crash.
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException or InvalidOperationException
                                      or FormatException or OverflowException or ArgumentException)
        {
            throw new UnreadableFileException("Tệp không phải bảng tính XLSX hợp lệ, hoặc đã hỏng.");
        }
    }

    private static FormUpload Read(IEnumerable<Row> rows, Form form, string[] strings)
    {
        var values = new List<(string, IndicatorValue?, IndicatorValue?)>();
        var errors = new List<string>();
        var bad = new List<(string Cell, string Key, string Value, string Why)>();
        var seen = new Dictionary<string, string>();
        var sheet = SheetName(form);
        var line = 0u;
        foreach (var row in rows)
        {
            // Rows and cells may omit their references; then they follow each other.
            line = row.RowIndex?.Value ?? line + 1;
            if (line <= HeaderRow) continue;
            var cells = Cells(row);
            var code = Xlsx.Text(cells.GetValueOrDefault("A"), strings).Trim();
            if (code.Length == 0) continue;
            if (seen.TryGetValue(code, out var first))
            {
                errors.Add(EntryMessages.DuplicateRow(sheet, $"A{line}", code, first));
                continue;
            }
            seen[code] = $"A{line}";
            if (form.Find(code) is not { } indicator)
            {
                errors.Add(EntryMessages.BadCell(sheet, $"A{line}", code, code, "mã chỉ tiêu không có trong biểu."));
                continue;
            }
            if (!indicator.IsEntered) continue;
            var cell = cells.GetValueOrDefault("D");
            var (mine, error) = cell?.CellFormula is not null && cell.CellValue is null
                ? (null, EntryMessages.UncalculatedFormula)
                : IsNumber(cell) && decimal.TryParse(cell!.CellValue?.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? ValueInput.Checked(indicator, IndicatorValue.Of(number))
                    : ValueInput.Read(indicator, Xlsx.Text(cell, strings));
            if (error is not null)
                bad.Add(($"D{line}", indicator.Key, Xlsx.Text(cell, strings), error));
            else
                values.Add((indicator.Key, ValueInput.Read(indicator, Xlsx.Text(cells.GetValueOrDefault("F"), strings)).Value, mine));
        }
        // Cells refused for one same reason are told once, with their count and the first of them.
        foreach (var reason in bad.GroupBy(b => b.Why))
            if (reason.Count() >= GroupedFrom)
                errors.Add(EntryMessages.BadCells(sheet, reason.Count(), reason.Take(CellsShown).Select(b => $"{b.Cell} ({b.Key}: «{b.Value}»)"), reason.Key));
            else errors.AddRange(reason.Select(b => EntryMessages.BadCell(sheet, b.Cell, b.Key, b.Value, b.Why)));
        return new FormUpload(values, errors);
    }

    private const int GroupedFrom = 3, CellsShown = 5;

    /// <summary>A row's cells by column letter, placing those without a reference after the previous one.</summary>
    private static Dictionary<string, Cell> Cells(Row row)
    {
        var cells = new Dictionary<string, Cell>();
        var column = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            column = Xlsx.ColumnNumber(cell.CellReference?.Value) is > 0 and var number ? number : column + 1;
            if (column <= 26) cells[((char)('A' + column - 1)).ToString()] = cell;
        }
        return cells;
    }

    private static bool IsNumber(Cell? cell) => cell?.CellValue is not null && Xlsx.TypeOf(cell) == "n";
}
