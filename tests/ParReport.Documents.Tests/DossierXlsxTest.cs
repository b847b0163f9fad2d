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

    // The workbook with its sheet's XML changed as a damaged or hostile file would have it.
    private static MemoryStream Damaged(MemoryStream workbook, Func<string, string> change)
    {
        using (var zip = new System.IO.Compression.ZipArchive(workbook, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(entry.FullName).Open());
            writer.Write(change(xml));
        }
        workbook.Position = 0;
        return workbook;
    }

    [Fact]
    public void A_field_merged_over_its_dossiers_is_given_to_each_and_a_cover_sheet_is_passed_over()
    {
        using var xlsx = Damaged(Workbook(
            ["Mã hồ sơ", "Lĩnh vực", "Ngày tiếp nhận", "Hình thức nộp"],
            ["H1", "Đất đai", new DateTime(2024, 3, 4), "Trực tuyến"],
            ["H2", null, new DateTime(2024, 3, 5), "Trực tiếp"],
            ["Tổng cộng", null, null, "2"]), xml => xml.Replace("</x:sheetData>", "</x:sheetData><x:mergeCells count=\"1\"><x:mergeCell ref=\"B2:B3\"/></x:mergeCells>"));
        var rows = DossierXlsx.Read(xlsx).ToList();
        Assert.Equal(["Đất đai", "Đất đai"], rows.Select(r => r.Dossier!.Field));
    }

    [Theory]
    [InlineData("t=\"s\"", "t=\"zz\"")]
    [InlineData("r=\"A2\"", "r=\"AAAAAAA2\"")]
    [InlineData("<x:row r=\"3\"", "<x:row r=\"trois\"")]
    public void A_damaged_workbook_is_read_as_far_as_it_can_be_or_refused_with_a_message(string from, string to)
    {
        using var xlsx = Damaged(Workbook(
            ["Mã hồ sơ", "Lĩnh vực", "Ngày tiếp nhận", "Hình thức nộp"],
            ["H1", "Đất đai", new DateTime(2024, 3, 4), "Trực tuyến"],
            ["H2", "Đất đai", new DateTime(2024, 3, 5), "Trực tiếp"]), xml => xml.Contains(from) ? xml.Replace(from, to) : throw new InvalidOperationException(xml[..300]));
        try
        {
            var rows = DossierXlsx.Read(xlsx).ToList();
            Assert.NotEmpty(rows);
        }
        catch (UnreadableFileException e)
        {
            // A type it does not know leaves the cells' raw values: the header is then not found, and said so.
            Assert.Matches("^(Bảng tính XLSX bị hỏng|Tệp hồ sơ thiếu cột)", e.Message);
        }
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

    [Theory]
    [InlineData("a DTD in the workbook part")]
    [InlineData("a sheet whose id names no part")]
    [InlineData("no workbook part")]
    [InlineData("its content types cut short")]
    public void A_damaged_workbook_part_is_refused_as_damaged(string damage)
    {
        using var xlsx = Workbook(["Mã hồ sơ", "Lĩnh vực", "Ngày tiếp nhận", "Hình thức nộp"], ["H1", "Đất đai", new DateTime(2024, 3, 4), "Trực tuyến"]);
        using (var zip = new System.IO.Compression.ZipArchive(xlsx, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(damage == "its content types cut short" ? "[Content_Types].xml" : "xl/workbook.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            entry.Delete();
            if (damage != "no workbook part")
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry.FullName).Open());
                writer.Write(damage == "its content types cut short" ? xml[..(xml.Length / 2)] : damage == "a DTD in the workbook part"
                    ? "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"a\">]>" + xml[xml.IndexOf("<x:workbook", StringComparison.Ordinal)..]
                    : System.Text.RegularExpressions.Regex.Replace(xml, "r:id=\"[^\"]+\"", "r:id=\"rIdNone\""));
            }
        }
        xlsx.Position = 0;
        var error = Assert.Throws<UnreadableFileException>(() => DossierXlsx.Read(xlsx).ToList());
        Assert.Contains(error.Message, new[] { "Bảng tính XLSX bị hỏng (nội dung không đúng định dạng), không đọc được.", "Tệp không phải bảng tính XLSX hợp lệ." });
    }
}
