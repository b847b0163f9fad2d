using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ParReport.Domain.Registers;

namespace ParReport.Documents.Tests;

public class RegisterFileTest
{
    private static readonly Register Documents = RegisterCatalog.Get(RegisterCatalog.Documents);

    // A workbook as officials save one: shared strings, numbers, date-formatted serials, rows where they put them.
    private static MemoryStream Workbook(params (uint Row, object?[] Cells)[] rows)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var strings = new List<string>();
            var data = new SheetData();
            foreach (var (index, values) in rows)
            {
                var row = new Row { RowIndex = index };
                for (var c = 0; c < values.Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{index}";
                    var invariant = System.Globalization.CultureInfo.InvariantCulture;
                    switch (values[c])
                    {
                        case null: break;
                        case DateTime date: row.Append(new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(date.ToOADate().ToString(invariant)) }); break;
                        case double number: row.Append(new Cell { CellReference = reference, CellValue = new CellValue(number.ToString(invariant)) }); break;
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
            workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Sổ" }));
        }
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void A_csv_with_a_bom_semicolons_and_a_title_line_gives_its_rows_under_the_header()
    {
        var csv = "SỔ THEO DÕI VĂN BẢN NĂM 2024;;;;;\n"
            + "STT;Số;Ký hiệu;Ngày ban hành;Loại văn bản;Trích yếu;Về CCHC\n"
            + "1;12;KH-UBND;03/01/2024;Kế hoạch;\"Kế hoạch CCHC năm 2024; giao nhiệm vụ\";Có\n"
            + "2;45;QĐ-UBND;2024-02-15;quyết định;Quyết định kiện toàn tổ một cửa;không\n";
        using var file = new MemoryStream([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(csv)]);

        var table = RegisterFile.Read(file);

        Assert.Equal("STT", table[1][0]);
        Assert.Equal("Kế hoạch CCHC năm 2024; giao nhiệm vụ", table[2][5]);
        var (rows, errors, fileError) = RegisterRows.ReadTable(Documents, table);
        Assert.Null(fileError);
        Assert.Empty(errors);
        Assert.Equal(2, rows.Count);
        Assert.Equal(["12", "KH-UBND", "2024-01-03", "Kế hoạch", "1"], new[] { "number", "symbol", "issued", "type", "cchc" }.Select(c => rows[0].Text(c)));
        Assert.Equal(["2024-02-15", "Quyết định", "0"], new[] { "issued", "type", "cchc" }.Select(c => rows[1].Text(c)));
    }

    [Fact]
    public void An_xlsx_with_a_title_row_gives_its_date_cells_as_days_and_its_numbers_as_typed()
    {
        using var xlsx = Workbook(
            (1, ["DANH SÁCH CÁC CUỘC KIỂM TRA CCHC"]),
            (3, ["Ngày kiểm tra", "Đơn vị được kiểm tra", "Loại đơn vị", "Số vấn đề phát hiện", "Số vấn đề đã xử lý xong"]),
            (4, [new DateTime(2024, 5, 14), "Phòng Tư pháp", "Cơ quan, đơn vị", 7d, 5d]),
            (5, [new DateTime(2024, 6, 3, 14, 30, 0), "UBND xã An Hòa", "UBND cấp xã", 1234d, 12.5d]));

        var table = RegisterFile.Read(xlsx);

        Assert.Equal(5, table.Count);
        Assert.Empty(table[1]);
        Assert.Equal(["14/05/2024", "Phòng Tư pháp", "Cơ quan, đơn vị", "7", "5"], table[3]);
        Assert.Equal(["03/06/2024", "UBND xã An Hòa", "UBND cấp xã", "1234", "12,5"], table[4]);
        var (rows, errors, _) = RegisterRows.ReadTable(RegisterCatalog.Get(RegisterCatalog.Inspections), table);
        Assert.Empty(errors);
        Assert.Equal(["2024-05-14", "7", "5"], new[] { "date", "found", "resolved" }.Select(c => rows[0].Text(c)));
        Assert.Equal(12.5m, rows[1].Number("resolved"));
    }

    [Fact]
    public void A_bad_row_of_a_workbook_is_named_by_the_sheet_s_own_line_number()
    {
        using var xlsx = Workbook(
            (2, ["Số", "Ký hiệu", "Ngày ban hành", "Loại văn bản", "Trích yếu"]),
            (3, ["1", "KH-UBND", new DateTime(2024, 1, 3), "Kế hoạch", "Kế hoạch CCHC"]),
            (9, ["2", "CV-UBND", "32/13/2024", "Công văn", "Đôn đốc"]));

        var (_, errors, _) = RegisterRows.ReadTable(Documents, RegisterFile.Read(xlsx));

        var error = Assert.Single(errors);
        Assert.Equal((9, "Ngày ban hành", "32/13/2024"), (error.Line, error.Column, error.Value));
    }

    [Fact]
    public void Every_register_written_as_a_workbook_reads_back_as_the_same_rows()
    {
        foreach (var register in RegisterCatalog.All)
        {
            var typed = register.Columns.ToDictionary(c => c.Id, c => (string?)(c.Type switch
            {
                ColumnType.Date => c.Id == Register.Until ? "31/12/2030" : "15/01/2024",
                ColumnType.Number => c.Id == "year" ? "2024" : "1034",
                ColumnType.Flag => "Có",
                ColumnType.Choice => c.Choices[^1],
                _ => "Số 12; «Đã» \"x\"",
            }));
            if (register.Id == RegisterCatalog.Inspections) typed["resolved"] = "3";
            var (row, rowErrors) = RegisterRows.Read(register, typed);
            Assert.True(row is not null, $"{register.Id}: {string.Join(", ", rowErrors)}");

            using var xlsx = new MemoryStream(RegisterWorkbook.Write(register, [row!, row!]));
            var (rows, errors, fileError) = RegisterRows.ReadTable(register, RegisterFile.Read(xlsx));

            Assert.Null(fileError);
            Assert.Empty(errors);
            Assert.Equal(2, rows.Count);
            Assert.Equal(row!.Cells.OrderBy(c => c.Key), rows[1].Cells.OrderBy(c => c.Key));
        }
    }

    [Fact]
    public void A_template_has_its_header_below_the_notes_and_no_row()
    {
        using var xlsx = new MemoryStream(RegisterWorkbook.Template(RegisterCatalog.Get(RegisterCatalog.Staffing)));
        var table = RegisterFile.Read(xlsx);

        Assert.Equal(RegisterWorkbook.HeaderRow, table.Count);
        Assert.Equal("Nhóm *", table[RegisterWorkbook.HeaderRow - 1][0]);
        Assert.Contains("Cán bộ; Công chức; Không chuyên trách", table[RegisterWorkbook.HeaderRow - 2][0]);
        Assert.Equal(RegisterMessages.Empty, RegisterRows.ReadTable(RegisterCatalog.Get(RegisterCatalog.Staffing), table).FileError);
    }

    [Fact]
    public void An_xls_is_known_by_its_first_bytes_and_its_first_sheet_read()
    {
        using var xls = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Data", "ho-so-hai-trang.xls"));

        var table = RegisterFile.Read(xls);

        Assert.Equal(["Báo cáo hồ sơ TTHC"], table[0]);
        Assert.Equal(RegisterMessages.NoHeader(Documents), RegisterRows.ReadTable(Documents, table).FileError);
    }

    [Fact]
    public void A_file_larger_than_a_register_s_or_with_more_lines_or_damaged_is_unreadable()
    {
        using var large = new MemoryStream(new byte[RegisterFile.MaxBytes + 1]);
        Assert.Contains("tối đa 8 MB", Assert.Throws<UnreadableFileException>(() => RegisterFile.Read(large)).Message);

        var lines = new StringBuilder("Số;Ký hiệu\n");
        for (var i = 0; i < RegisterFile.MaxLines; i++) lines.Append(i).Append(";KH\n");
        using var many = new MemoryStream(Encoding.UTF8.GetBytes(lines.ToString()));
        Assert.Equal(RegisterMessages.TooManyRows(RegisterRows.MaxRows), Assert.Throws<UnreadableFileException>(() => RegisterFile.Read(many)).Message);

        using var cut = new MemoryStream(Workbook((1, ["Số"])).ToArray()[..200]);
        Assert.Throws<UnreadableFileException>(() => RegisterFile.Read(cut));
    }

    [Fact]
    public void A_wide_row_and_a_long_cell_are_cut_to_the_reader_s_bounds_and_the_cell_still_refused()
    {
        var csv = "Số;Ký hiệu;Ngày ban hành;Loại văn bản;Trích yếu" + string.Concat(Enumerable.Repeat(";x", 300)) + "\n"
            + $"1;KH;03/01/2024;Kế hoạch;{new string('a', 50_000)}\n";
        var table = RegisterFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

        Assert.Equal(RegisterFile.MaxColumns, table[0].Count);
        Assert.Equal(RegisterFile.MaxCellLength, table[1][4]!.Length);
        var error = Assert.Single(RegisterRows.ReadTable(Documents, table).Errors);
        Assert.Equal(("Trích yếu", RegisterMessages.TooLong(1000)), (error.Column, error.Message));
    }
}
