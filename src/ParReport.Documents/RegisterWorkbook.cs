using DocumentFormat.OpenXml.Spreadsheet;
using ParReport.Domain.Registers;

namespace ParReport.Documents;

/// <summary>
/// A register as a workbook to fill and import: its name, how to fill it, a hint per column and the header (required
/// columns marked *), then its rows as the entry form shows them — none for the template — so that the file read
/// back is the register.
/// </summary>
public static class RegisterWorkbook
{
    /// <summary>The header's row: what comes above it is passed over by the import.</summary>
    public const int HeaderRow = 4;

    public static byte[] Template(Register register) => Write(register, []);

    public static byte[] Write(Register register, IReadOnlyList<RegisterRow> rows)
    {
        var data = new SheetData(
            Xlsx.Row(1, Xlsx.Bold, register.Name.ToUpperInvariant()),
            Xlsx.Row(2, Xlsx.Italic, Note(register)),
            Xlsx.Row(3, Xlsx.Italic, register.Columns.Select(Hint).ToArray()),
            Xlsx.Row(HeaderRow, Xlsx.BoldCell, register.Columns.Select(c => c.Required ? c.Header + " *" : c.Header).ToArray()));
        for (var i = 0; i < rows.Count; i++)
            data.Append(Xlsx.Row((uint)(HeaderRow + 1 + i), Xlsx.Cell, register.Columns.Select(c => RegisterCells.Show(c, rows[i].Text(c.Id))).ToArray()));
        var columns = new Columns(register.Columns.Select((c, i) => Xlsx.Column((uint)i + 1, c.MaxLength >= 1000 ? 50 : c.Type == ColumnType.Text ? 28 : 18)));
        return Xlsx.Workbook(register.Name, columns, data, printTitleRow: HeaderRow);
    }

    private static string Note(Register register) =>
        $"Ghi từ dòng {HeaderRow + 1}, mỗi dòng một {register.RowName}; cột có dấu * không được để trống. Nhập tệp thay toàn bộ sổ đang lưu của đơn vị; "
        + "tệp có dòng lỗi thì không nhập gì."
        + (register.Lasting ? " Sổ dùng qua các năm: dòng còn áp dụng thì để trống ngày hết áp dụng, không cần ghi lại mỗi năm." : "");

    private static string Hint(RegisterColumn column) => column.Type switch
    {
        ColumnType.Date => "ngày/tháng/năm, ví dụ 03/01/2024",
        ColumnType.Number => "số, ví dụ 12",
        ColumnType.Flag => "Có hoặc Không",
        ColumnType.Choice => "một trong: " + string.Join("; ", column.Choices),
        _ => $"tối đa {Domain.Formatting.VietnameseNumbers.FormatNumber(column.MaxLength)} ký tự",
    };
}
