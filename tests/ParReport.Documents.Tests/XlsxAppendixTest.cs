using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ParReport.Domain.Templates;

namespace ParReport.Documents.Tests;

public class XlsxAppendixTest
{
    [Fact]
    public void The_appendix_workbook_holds_every_row_with_its_stored_value_and_bold_groups()
    {
        var sample = SampleReport.Create(new TemplateRef("xa", 2));
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(XlsxAppendix.Write(sample.Template, sample.Report, sample.Letterhead)), false);
        var part = workbook.WorkbookPart!;
        Assert.Equal(XlsxAppendix.SheetName, part.Workbook!.Descendants<Sheet>().Single().Name!.Value);
        Assert.Equal("'Phụ lục'!$5:$5", part.Workbook.Descendants<DefinedName>().Single(d => d.Name == "_xlnm.Print_Titles").Text);
        var rows = part.WorksheetParts.Single().Worksheet!.Descendants<Row>().ToList();
        string[] Cells(Row r) => r.Elements<Cell>().Select(c => c.InlineString!.InnerText).ToArray();

        Assert.Equal("(Kèm theo Báo cáo số 36/BC-UBND ngày 15 tháng 6 năm 2024 của UBND xã An Bình)", Cells(rows[2])[0]);
        Assert.Equal(["STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú"], Cells(rows[3]));
        var expected = AppendixLine.For(sample.Template, sample.Report).ToList();
        Assert.Equal(expected.Count, rows.Count - 4);
        var boldFormat = 4u;
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal([expected[i].Stt, expected[i].Label, expected[i].Unit, expected[i].Value, ""], Cells(rows[i + 4]));
            Assert.Equal(expected[i].IsBold, rows[i + 4].Elements<Cell>().First().StyleIndex!.Value == boldFormat);
        }
        Assert.Contains(expected, l => l.Stt == "III" && l.Label == "CẢI CÁCH TTHC" && l.IsBold);
    }
}
