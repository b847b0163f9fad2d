using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Documents.Tests;

public class FormXlsxTest
{
    private static readonly ReportTemplate Template = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 2));
    private static readonly Form Procedures = Template.FindForm("III")!;

    private static readonly Dictionary<string, IndicatorValue> Values = new()
    {
        ["III/3.1.1"] = IndicatorValue.Of(1034), ["III/3.1.2"] = IndicatorValue.Of(1000), ["III/1"] = IndicatorValue.Of(206),
    };

    [Fact]
    public void The_form_workbook_has_one_row_per_indicator_rates_as_formulas_and_the_download_values_in_a_hidden_column()
    {
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(FormXlsx.Write(Procedures, "Xã An Bình — Quý I năm 2024", Values)), false);
        var part = workbook.WorkbookPart!;
        Assert.Equal("Biểu III", part.Workbook!.Descendants<Sheet>().Single().Name!.Value);
        var sheet = part.WorksheetParts.Single().Worksheet!;
        Assert.True(sheet.Descendants<Column>().Single(c => c.Min!.Value == 6).Hidden!.Value);
        var rows = sheet.Descendants<Row>().Where(r => r.RowIndex!.Value > 5).ToList();
        Assert.Equal(Procedures.Indicators.Select(i => i.Code), rows.Select(r => r.Elements<Cell>().First().InnerText));

        Cell D(string code) => rows.Single(r => r.Elements<Cell>().First().InnerText == code).Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith('D'));
        Assert.Equal("1034", D("3.1.1").CellValue!.Text);
        var rate = D("3.1").CellFormula!.Text;
        uint RowOf(string code) => rows.Single(r => r.Elements<Cell>().First().InnerText == code).RowIndex!.Value;
        Assert.Contains($"D{RowOf("3.1.2")}/D{RowOf("3.1.1")}*100", rate);
        Assert.Equal("1.034", rows.Single(r => r.Elements<Cell>().First().InnerText == "3.1.1").Elements<Cell>().Last().InnerText);
    }

    [Fact]
    public void A_workbook_written_and_read_back_unchanged_changes_nothing()
    {
        var upload = FormXlsx.Read(new MemoryStream(FormXlsx.Write(Procedures, "x", Values)), Procedures);
        Assert.Empty(upload.Errors);
        Assert.All(upload.Values, v => Assert.Equal(v.Original, v.Mine));
        Assert.Equal(IndicatorValue.Of(1034), upload.Values.Single(v => v.Key == "III/3.1.1").Mine);
        Assert.DoesNotContain(upload.Values, v => v.Key == "III/3.1");
    }

    [Fact]
    public void A_workbook_of_another_form_or_not_a_workbook_is_refused_with_a_reason()
    {
        var other = FormXlsx.Write(Template.FindForm("I")!, "x", Values);
        Assert.Contains("không có trang tính của Biểu III", Assert.Throws<UnreadableFileException>(() => FormXlsx.Read(new MemoryStream(other), Procedures)).Message);
        Assert.Throws<UnreadableFileException>(() => FormXlsx.Read(new MemoryStream("abc"u8.ToArray()), Procedures));
    }

    [Theory]
    [InlineData("xl/workbook.xml")]
    [InlineData("xl/worksheets/sheet1.xml")]
    [InlineData("[Content_Types].xml")]
    [InlineData("_rels/.rels")]
    [InlineData("xl/_rels/workbook.xml.rels")]
    public void A_part_nested_a_hundred_thousand_deep_is_refused_at_once(string part)
    {
        var bytes = new MemoryStream();
        bytes.Write(FormXlsx.Write(Procedures, "x", Values));
        using (var zip = new System.IO.Compression.ZipArchive(bytes, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(part)?.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(part).Open());
            writer.Write(string.Concat(Enumerable.Repeat("<a>", 100_000)) + string.Concat(Enumerable.Repeat("</a>", 100_000)));
        }
        bytes.Position = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.Throws<UnreadableFileException>(() => FormXlsx.Read(bytes, Procedures));
        TestContext.Current.SendDiagnosticMessage($"{part}: refused in {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Cells_refused_for_one_same_reason_are_told_once_with_their_count()
    {
        var bytes = new MemoryStream();
        bytes.Write(FormXlsx.Write(Procedures, "x", Values));
        using (var workbook = SpreadsheetDocument.Open(bytes, true))
        {
            // Four entered values given as formulas never calculated (a file made by a program, not opened in Excel).
            var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Row>().Where(r => r.RowIndex!.Value > 5).ToList();
            var entered = rows.Where(r => Procedures.Find(r.Elements<Cell>().First().InnerText) is { IsEntered: true }).Take(4).ToList();
            foreach (var row in entered)
            {
                var d = row.Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith('D'));
                d.CellValue = null;
                d.DataType = null;
                d.CellFormula = new CellFormula("1+1");
            }
        }
        bytes.Position = 0;

        var errors = FormXlsx.Read(bytes, Procedures).Errors;
        var grouped = Assert.Single(errors);
        Assert.StartsWith("Trang tính «Biểu III», 4 ô: ô có công thức chưa được tính; hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi tải lên — D", grouped);
    }
}
