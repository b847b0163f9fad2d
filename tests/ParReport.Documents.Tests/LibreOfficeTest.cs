using System.Diagnostics;
using ParReport.Domain.Periods;
using ParReport.Domain.Registers;
using ParReport.Domain.Templates;

namespace ParReport.Documents.Tests;

/// <summary>
/// The generated DOCX opens in another word processor: LibreOffice converts it to PDF and its first page is
/// rendered to a PNG kept in the test output (artifacts/bao-cao-trang-1.png), with section I's list of documents
/// generated from the register read back from the PDF, and so is the assignment letter's
/// (artifacts/cong-van-phan-cong-trang-1.png). Skipped, saying why, where
/// LibreOffice or poppler's pdftoppm and pdftotext are not installed (.ci/run installs them).
/// </summary>
public class LibreOfficeTest
{
    internal static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);

    [Fact]
    public async Task The_DOCX_converts_to_PDF_and_its_first_page_renders_with_section_Is_list_from_the_register()
    {
        var sample = SampleReport.Create(new TemplateRef("xa", 2));
        var window = new CutOffWindow(new DateOnly(2023, 12, 15), new DateOnly(2024, 3, 14));
        var documents = new[]
        {
            ("05", "KH-UBND", "22/01/2024", "Kế hoạch", "về cải cách hành chính năm 2024"),
            ("12", "QĐ-UBND", "05/02/2024", "Quyết định", "kiện toàn Bộ phận Tiếp nhận và trả kết quả"),
        }.Select(d => RegisterRows.Read(RegisterCatalog.Get(RegisterCatalog.Documents), new Dictionary<string, string?>
        {
            ["number"] = d.Item1, ["symbol"] = d.Item2, ["issued"] = d.Item3, ["type"] = d.Item4, ["title"] = d.Item5, ["cchc"] = "Có",
        }).Row!).ToList();
        var list = RegisterLists.Text(RegisterLists.Documents, documents, window)!;
        var report = sample.Report.WithNarrative("I", sample.Report.Narratives.GetValueOrDefault("I") + "\n" + list);

        var text = await RenderFirstPageAsync(DocxReport.Write(sample.Template, report, sample.Letterhead), "bao-cao");

        Assert.Contains("Kế hoạch số 05/KH-UBND ngày 22/01/2024 về cải cách hành chính năm 2024;", text);
        Assert.Contains("Quyết định số 12/QĐ-UBND ngày 05/02/2024 về kiện toàn Bộ phận Tiếp nhận và trả kết quả.", text);
    }

    [Fact]
    public async Task The_assignment_letter_converts_to_PDF_and_its_first_page_renders() =>
        Assert.Contains("V/v triển khai thực hiện báo cáo CCHC", await RenderFirstPageAsync(DocxReport.Write(AssignmentLetterTest.Sample()), "cong-van-phan-cong"));

    /// <summary>Converts the DOCX to PDF with LibreOffice and keeps its first page as artifacts/NAME-trang-1.png.</summary>
    /// <returns>The first page's text as the PDF holds it, lines joined by spaces.</returns>
    private static async Task<string> RenderFirstPageAsync(byte[] document, string name)
    {
        var office = Find("soffice") ?? Find("libreoffice");
        var (pdftoppm, pdftotext) = (Find("pdftoppm"), Find("pdftotext"));
        if (office is null || pdftoppm is null || pdftotext is null)
            Assert.Skip("LibreOffice (libreoffice-writer) or pdftoppm and pdftotext (poppler-utils) are not installed; .ci/run installs them.");

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
            var textFile = Path.Combine(folder.FullName, $"{name}.txt");
            await RunAsync(pdftotext, $"-f 1 -l 1 {pdf} {textFile}");
            return string.Join(' ', (await File.ReadAllTextAsync(textFile)).Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));
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
