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

    public static byte[] Write(ReportTemplate template, Report report, Letterhead letterhead)
    {
        var data = new SheetData();
        var row = 0u;
        data.Append(Xlsx.Row(++row, Xlsx.Bold, "Phụ lục"));
        data.Append(Xlsx.Row(++row, Xlsx.Bold, $"THỐNG KÊ SỐ LIỆU KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH {report.Period.Label.ToUpperInvariant()}"));
        data.Append(Xlsx.Row(++row, Xlsx.Italic, letterhead.AppendixCaption));
        row++;
        data.Append(Xlsx.Row(++row, Xlsx.BoldCell, "STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú"));
        foreach (var line in AppendixLine.For(template, report))
            data.Append(Xlsx.Row(++row, line.IsBold ? Xlsx.BoldCell : Xlsx.Cell, line.Stt, line.Label, line.Unit, line.Value, ""));
        return Xlsx.Workbook(SheetName,
            new Columns(Xlsx.Column(1, 8), Xlsx.Column(2, 70), Xlsx.Column(3, 16), Xlsx.Column(4, 14), Xlsx.Column(5, 14)),
            data, printTitleRow: HeaderRow);
    }
}
