using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Documents;

/// <summary>
/// Writes the appendix as an XLSX workbook: the title rows, then STT | Chỉ tiêu thống kê | Đơn vị tính | Số liệu | Ghi chú,
/// group rows in bold, the header row repeated on every printed page. Values are in Vietnamese format, as printed.
/// </summary>
public static class XlsxAppendix
{
    public const string SheetName = "Phụ lục";
    private const int HeaderRow = 5;

    // Cell formats of the stylesheet below.
    private const uint Plain = 0, Bold = 1, Italic = 2, Cell = 3, BoldCell = 4;

    public static byte[] Write(ReportTemplate template, Report report, Letterhead letterhead)
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = workbook.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            AddStyles(workbookPart);
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var row = 0u;
            data.Append(Row(++row, Bold, "Phụ lục"));
            data.Append(Row(++row, Bold, $"THỐNG KÊ SỐ LIỆU KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH {report.Period.Label.ToUpperInvariant()}"));
            data.Append(Row(++row, Italic, letterhead.AppendixCaption));
            row++;
            data.Append(Row(++row, BoldCell, "STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú"));
            foreach (var line in AppendixLine.For(template, report))
                data.Append(Row(++row, line.IsBold ? BoldCell : Cell, line.Stt, line.Label, line.Unit, line.Value, ""));

            sheetPart.Worksheet = new Worksheet(
                new Columns(Column(1, 8), Column(2, 70), Column(3, 16), Column(4, 14), Column(5, 14)),
                data);
            workbookPart.Workbook.Append(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName }));
            workbookPart.Workbook.Append(new DefinedNames(new DefinedName($"'{SheetName}'!${HeaderRow}:${HeaderRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
            workbookPart.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Row Row(uint index, uint style, params string[] cells) =>
        new(cells.Select((text, i) => new Cell
        {
            CellReference = $"{(char)('A' + i)}{index}",
            DataType = CellValues.InlineString,
            StyleIndex = style,
            InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        })) { RowIndex = index };

    private static Column Column(uint index, double width) => new() { Min = index, Max = index, Width = width, CustomWidth = true };

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
