using ParReport.Domain.Checking;
using ParReport.Domain.Templates;

namespace ParReport.Documents.Tests;

/// <summary>
/// A report as it often reaches the checker: printed to PDF (here by LibreOffice from ParReport's own DOCX), its lines
/// wrapped and its table cells laid out by position. Skipped, saying why, where LibreOffice is not installed.
/// </summary>
public class ReportPdfTest
{
    [Fact]
    public async Task A_report_printed_to_PDF_is_read_back_with_its_appendix_and_its_errors()
    {
        var office = LibreOfficeTest.Find("soffice") ?? LibreOfficeTest.Find("libreoffice");
        if (office is null) Assert.Skip("LibreOffice (libreoffice-writer) is not installed; .ci/run installs it.");
        var folder = Directory.CreateTempSubdirectory("parreport-pdf-");
        try
        {
            var sample = SampleReport.Create(new TemplateRef("xa", 2));
            // A part over its whole, planted: resolved on time above resolved.
            var report = sample.Report.With("III/3.1.2", sample.Report.Number("III/3.1.1")!.Value + 5);
            var docx = Path.Combine(folder.FullName, "bao-cao.docx");
            var bytes = DocxReport.Write(sample.Template, report, sample.Letterhead);
            await File.WriteAllBytesAsync(docx, bytes);
            var convert = await LibreOfficeTest.RunAsync(office, $"--headless --norestore -env:UserInstallation=file://{folder.FullName}/profile --convert-to pdf --outdir {folder.FullName} {docx}");
            var pdf = Path.Combine(folder.FullName, "bao-cao.pdf");
            Assert.True(File.Exists(pdf), "LibreOffice did not write the PDF: " + convert);

            var lines = ReportFile.Read(pdf);
            var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;
            await File.WriteAllLinesAsync(Path.Combine(artifacts, "bao-cao-pdf-doc-lai.txt"), lines.Select(l => $"{l.Number}\t{l.Text}"));
            var fromPdf = ReportChecker.Check(lines, TemplateCatalog.BuiltIn);
            var fromDocx = ReportChecker.Check(ReportFile.Read(bytes, "bao-cao.docx"), TemplateCatalog.BuiltIn);
            Assert.Equal(sample.Template.Ref, fromPdf.Template);
            Assert.Equal(sample.Report.Period, fromPdf.Period);
            Assert.InRange(fromPdf.MatchedRows, fromDocx.MatchedRows * 9 / 10, fromDocx.MatchedRows);
            Assert.Contains(fromPdf.Findings, f => f.Severity == Severity.Error && f.Why.StartsWith("Chỉ tiêu 3.1.2"));
            TestContext.Current.SendDiagnosticMessage($"PDF: {fromPdf.MatchedRows} rows matched, DOCX: {fromDocx.MatchedRows}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_PDF_that_is_damaged_is_refused_with_a_message()
    {
        var e = Assert.Throws<UnreadableFileException>(() => ReportFile.Read("%PDF-1.7\n1 0 obj << >> endobj\n"u8.ToArray(), "hong.pdf"));
        Assert.Contains("hong.pdf", e.Message);
    }
}
