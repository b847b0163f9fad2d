using System.Diagnostics;
using ParReport.Domain.Templates;

namespace ParReport.Documents.Tests;

/// <summary>
/// The generated DOCX opens in another word processor: LibreOffice converts it to PDF and its first page is
/// rendered to a PNG kept in the test output (artifacts/bao-cao-trang-1.png), and so is the assignment letter's
/// (artifacts/cong-van-phan-cong-trang-1.png). Skipped, saying why, where
/// LibreOffice or pdftoppm is not installed (.ci/run installs both).
/// </summary>
public class LibreOfficeTest
{
    internal static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);

    [Fact]
    public async Task The_DOCX_converts_to_PDF_and_its_first_page_renders()
    {
        var sample = SampleReport.Create(new TemplateRef("xa", 2));
        await RenderFirstPageAsync(DocxReport.Write(sample.Template, sample.Report, sample.Letterhead), "bao-cao");
    }

    [Fact]
    public async Task The_assignment_letter_converts_to_PDF_and_its_first_page_renders() =>
        await RenderFirstPageAsync(DocxReport.Write(AssignmentLetterTest.Sample()), "cong-van-phan-cong");

    /// <summary>Converts the DOCX to PDF with LibreOffice and keeps its first page as artifacts/NAME-trang-1.png.</summary>
    private static async Task RenderFirstPageAsync(byte[] document, string name)
    {
        var office = Find("soffice") ?? Find("libreoffice");
        var pdftoppm = Find("pdftoppm");
        if (office is null || pdftoppm is null)
            Assert.Skip("LibreOffice (libreoffice-writer) or pdftoppm (poppler-utils) is not installed; .ci/run installs them.");

        var folder = Directory.CreateTempSubdirectory("parreport-lo-");
        try
        {
            var docx = Path.Combine(folder.FullName, $"{name}.docx");
            await File.WriteAllBytesAsync(docx, document);

            var convert = await RunAsync(office, $"--headless --norestore -env:UserInstallation=file://{folder.FullName}/profile --convert-to pdf --outdir {folder.FullName} {docx}");
            var pdf = Path.Combine(folder.FullName, $"{name}.pdf");
            Assert.True(File.Exists(pdf), "LibreOffice did not write the PDF: " + convert);
            Assert.True(new FileInfo(pdf).Length > 10_000);

            var artifacts = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;
            await RunAsync(pdftoppm, $"-png -r 80 -f 1 -l 1 -singlefile {pdf} {Path.Combine(artifacts, $"{name}-trang-1")}");
            var png = Path.Combine(artifacts, $"{name}-trang-1.png");
            Assert.True(File.Exists(png));
            Assert.True(new FileInfo(png).Length > 20_000, "the first page rendered almost empty");
            TestContext.Current.SendDiagnosticMessage($"First page: {png}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    internal static async Task<string> RunAsync(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return output;
    }
}
