using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ParReport.Documents;
using ParReport.Domain.Dossiers;
using UglyToad.PdfPig.Writer;

namespace ParReport.Fuzz.Tests;

/// <summary>The valid inputs the generators mutate: the repository's seeds and templates, and files written as the application writes them.</summary>
public static class Seeds
{
    private static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "seeds", name);

    /// <summary>The three real reports of tests/seeds.</summary>
    public static readonly string[] Reports = Directory.GetFiles(Folder(""), "*.txt").Order().Select(File.ReadAllText).ToArray();

    /// <summary>The shipped templates (templates/*.json).</summary>
    public static readonly string[] Templates = Directory.GetFiles(Folder("templates"), "*.json").Order().Select(File.ReadAllText).ToArray();

    /// <summary>A real XLS export (the documents tests' two-page workbook).</summary>
    public static readonly byte[] Xls = File.ReadAllBytes(Folder("ho-so-hai-trang.xls"));

    /// <summary>A unit's export as the one-stop system writes it, dossiers received before the demo's 05/03/2024.</summary>
    public static string DossierCsv(int seed, int rows)
    {
        using var stream = new MemoryStream();
        DossierCsvWriter.Write(SyntheticDossiers.Generate(seed, rows, new DateOnly(2024, 3, 4)), stream);
        return new UTF8Encoding(false).GetString(stream.ToArray()).TrimStart('\uFEFF');
    }

    /// <summary>The same export as a workbook: text as shared strings, dates as date-formatted serial numbers.</summary>
    public static byte[] DossierXlsx(int seed, int rows, Func<int, int, string, Cell?>? cell = null) =>
        Workbook(DossierCsv(seed, rows).TrimEnd().Split('\n').Select(l => l.TrimEnd('\r').Split(';')).ToList(), cell);

    /// <summary>A workbook of one sheet from rows of text; <paramref name="cell"/> may write a cell otherwise (row, column, text).</summary>
    public static byte[] Workbook(IReadOnlyList<string[]> rows, Func<int, int, string, Cell?>? cell = null)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 22, ApplyNumberFormat = true }));
            var strings = new SharedStringTable();
            var data = new SheetData();
            var count = 0;
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    var text = rows[r][c];
                    var written = cell?.Invoke(r, c, text);
                    if (written is not null) { written.CellReference ??= reference; row.Append(written); continue; }
                    if (text.Length == 0) continue;
                    if (r > 0 && DateTime.TryParseExact(text, "dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                        row.Append(new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(date.ToOADate().ToString(CultureInfo.InvariantCulture)) });
                    else
                    {
                        strings.Append(new SharedStringItem(new Text(text)));
                        row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue((count++).ToString()) });
                    }
                }
                data.Append(row);
            }
            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = strings;
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Hồ sơ" }));
        }
        return stream.ToArray();
    }

    /// <summary>Units as `parreport units import` reads them.</summary>
    public const string Units = "ma;ten;cap;ma cap tren\nnam-dinh;Tỉnh Nam Định;tinh;\ntruc-ninh;Huyện Trực Ninh;huyen;nam-dinh\nphuong-dinh;Xã Phương Định;xa;truc-ninh\ntruc-hung;Xã Trực Hưng;xa;truc-ninh\n";

    /// <summary>A report typed in Word: a paragraph per line, a table per run of tabbed lines.</summary>
    public static byte[] Docx(string report) => Cli.Tests.Corpus.TextDocx.Write(report.Split('\n').Select(l => l.TrimEnd('\r')).ToList());

    /// <summary>A report printed to PDF, line by line in a standard font (its letters without diacritics where the font has none).</summary>
    public static byte[] Pdf(string report, int lines = 120)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 800.0;
        foreach (var line in report.Split('\n').Take(lines))
        {
            if (y < 40) { page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4); y = 800; }
            var text = Latin(line.TrimEnd('\r').Replace('\t', ' '));
            if (text.Length > 0) page.AddText(text.Length > 110 ? text[..110] : text, 9, new UglyToad.PdfPig.Core.PdfPoint(30, y), font);
            y -= 12;
        }
        return builder.Build();
    }

    // Helvetica has Latin-1 only: the diacritics of Vietnamese beyond it are dropped.
    private static string Latin(string text)
    {
        var plain = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
            if (c is >= ' ' and <= '~' || c is >= '\u00C0' and <= '\u00FF') plain.Append(c);
            else if (c == 'đ') plain.Append('d');
            else if (c == 'Đ') plain.Append('D');
        return plain.ToString();
    }
}
