using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ParReport.Domain.Dossiers;

namespace ParReport.Documents.Tests;

public class DossierXlsxTest
{
    // A workbook as an export writes it: shared strings for text, date-formatted serial numbers for dates.
    private static MemoryStream Workbook(params object?[][] rows)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 22, ApplyNumberFormat = true }));
            var strings = new List<string>();
            var data = new SheetData();
            uint index = 0;
            foreach (var values in rows)
            {
                var row = new Row { RowIndex = ++index };
                for (var c = 0; c < values.Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{index}";
                    switch (values[c])
                    {
                        case null: break;
                        case DateTime date: row.Append(new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(date.ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)) }); break;
                        default:
                            strings.Add(values[c]!.ToString()!);
                            row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue((strings.Count - 1).ToString()) });
                            break;
                    }
                }
                data.Append(row);
            }
            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s))));
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Hồ sơ" }));
        }
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void An_XLSX_export_is_read_with_its_shared_strings_dates_and_empty_cells()
    {
        using var xlsx = Workbook(
            ["Mã hồ sơ", "Lĩnh vực", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày có kết quả", "Hình thức nộp"],
            ["H1", "Tư pháp - Hộ tịch", new DateTime(2024, 3, 4, 8, 30, 0), new DateTime(2024, 3, 8), new DateTime(2024, 3, 5), "Trực tuyến"],
            ["H2", "Đất đai", new DateTime(2024, 3, 6), null, null, "Trực tiếp"],
            ["H3", "Đất đai", "ngày mai", null, null, "Trực tiếp"]);
        var rows = DossierXlsx.Read(xlsx).ToList();
        Assert.Equal(new Dossier("H1", "Tư pháp - Hộ tịch", new DateTime(2024, 3, 4, 8, 30, 0), new DateTime(2024, 3, 8), new DateTime(2024, 3, 5), SubmissionChannel.Online)
            { Unknowns = DossierUnknowns.Fee | DossierUnknowns.Payment | DossierUnknowns.Evaluation }, rows[0].Dossier);
        Assert.Equal((SubmissionChannel.Direct, (DateTime?)null), (rows[1].Dossier!.Channel, rows[1].Dossier!.Deadline));
        var error = Assert.Single(rows[2].Errors);
        Assert.StartsWith("dòng 4, cột «Ngày tiếp nhận», giá trị «ngày mai»: không đọc được ngày (dùng dd/MM/yyyy,", error.ToString());
    }

    [Fact]
    public void Title_rows_above_the_header_are_passed_over()
    {
        using var xlsx = Workbook(
            ["DANH SÁCH HỒ SƠ TIẾP NHẬN"],
            [],
            ["Mã biên nhận", "Lĩnh vực", "Ngày nhận", "Thời hạn giải quyết", "Ngày hoàn thành", "Nguồn hồ sơ"],
            ["H1", "Tư pháp", new DateTime(2024, 3, 4), new DateTime(2024, 3, 8), new DateTime(2024, 3, 5), "DVC toàn trình"]);
        var row = Assert.Single(DossierXlsx.Read(xlsx));
        Assert.Equal((4, "H1", SubmissionChannel.Online, (DateTime?)new DateTime(2024, 3, 8)), (row.Line, row.Dossier!.Code, row.Dossier.Channel, row.Dossier.Deadline));
    }

    [Fact]
    public void A_workbook_without_the_header_anywhere_is_refused_naming_the_columns()
    {
        using var xlsx = Workbook(["Tiêu đề"], ["Mã hồ sơ", "Lĩnh vực"], ["H1", "Tư pháp"]);
        var error = Assert.Throws<UnreadableFileException>(() => DossierXlsx.Read(xlsx).ToList());
        Assert.StartsWith("Tệp hồ sơ thiếu cột: «Ngày tiếp nhận», «Hình thức nộp»", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_refused() =>
        Assert.Throws<UnreadableFileException>(() => DossierXlsx.Read(new MemoryStream([0x50, 0x4B, 3, 4, 1, 2])).ToList());
}
