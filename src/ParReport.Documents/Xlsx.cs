using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ParReport.Documents;

/// <summary>The cells and the stylesheet the workbooks ParReport writes share: Times New Roman 12, thin borders.</summary>
internal static class Xlsx
{
    // Cell formats of the stylesheet below.
    public const uint Plain = 0, Bold = 1, Italic = 2, Cell = 3, BoldCell = 4;

    /// <summary>A workbook of one sheet with the shared styles; the row <paramref name="printTitleRow"/>, if given, repeats on every printed page.</summary>
    public static byte[] Workbook(string sheetName, Columns columns, SheetData data, uint? printTitleRow = null)
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = workbook.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            AddStyles(workbookPart);
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            sheetPart.Worksheet = new Worksheet(columns, data);
            workbookPart.Workbook.Append(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
            if (printTitleRow is { } title)
                workbookPart.Workbook.Append(new DefinedNames(new DefinedName($"'{sheetName}'!${title}:${title}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
            workbookPart.Workbook.Save();
        }
        return stream.ToArray();
    }

    /// <summary>The workbook's shared strings, which cells of type "s" refer to by index.</summary>
    public static string[] SharedStrings(WorkbookPart part) =>
        part.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];

    /// <summary>The last column a sheet may have (XFD).</summary>
    public const int MaxColumn = 16_384;

    /// <summary>"D7" → 4; 0 when the cell gives no reference, or one beyond the last column a sheet may have.</summary>
    public static int ColumnNumber(string? reference)
    {
        var number = 0;
        foreach (var c in reference ?? "")
        {
            if (!char.IsAsciiLetter(c)) break;
            number = number * 26 + char.ToUpperInvariant(c) - 'A' + 1;
            if (number > MaxColumn) return 0;
        }
        return number;
    }

    /// <summary>A cell's type as written ("s", "inlineStr", "n" …; "n" when none): a type the format does not know is no error.</summary>
    public static string TypeOf(Cell cell) => cell.DataType?.InnerText is { Length: > 0 } type ? type : "n";

    /// <summary>A cell's text: inline, shared (an index out of range reads as written) or its raw value.</summary>
    public static string Text(Cell? cell, string[] strings)
    {
        if (cell is null) return "";
        var type = TypeOf(cell);
        if (type == "inlineStr") return cell.InlineString?.InnerText ?? "";
        var raw = cell.CellValue?.Text ?? cell.InlineString?.InnerText ?? "";
        return type == "s" && int.TryParse(raw, out var s) && s >= 0 && s < strings.Length ? strings[s] : raw;
    }

    public static Row Row(uint index, uint style, params string[] cells) =>
        new(cells.Select((text, i) => Text($"{(char)('A' + i)}{index}", text, style))) { RowIndex = index };

    public static Cell Text(string reference, string text, uint style) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = style,
        InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }),
    };

    public static Cell Number(string reference, decimal value, uint style) =>
        new() { CellReference = reference, StyleIndex = style, CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)) };

    public static Cell Formula(string reference, string formula, uint style) =>
        new() { CellReference = reference, StyleIndex = style, CellFormula = new CellFormula(formula) };

    public static Column Column(uint index, double width, bool hidden = false) =>
        new() { Min = index, Max = index, Width = width, CustomWidth = true, Hidden = hidden ? true : null };

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        Font Font(bool bold, bool italic)
        {
            var font = new Font();
            if (bold) font.Append(new Bold());
            if (italic) font.Append(new Italic());
            font.Append(new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" });
            return font;
        }
        var thin = new Border(
            new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        CellFormat Format(uint font, uint border) => new(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            { FontId = font, BorderId = border, FillId = 0, NumberFormatId = 0, ApplyFont = true, ApplyBorder = border > 0, ApplyAlignment = true };
        styles.Stylesheet = new Stylesheet(
            new Fonts(Font(false, false), Font(true, false), Font(false, true)),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin),
            new CellFormats(Format(0, 0), Format(1, 0), Format(2, 0), Format(0, 1), Format(1, 1)));
    }
}
