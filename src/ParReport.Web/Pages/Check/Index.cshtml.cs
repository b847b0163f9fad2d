using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParReport.Documents;
using ParReport.Domain.Checking;
using ParReport.Domain.Templates;

namespace ParReport.Web.Pages.Check;

/// <summary>Upload an existing report (text or DOCX) and see its inconsistencies beside the lines they quote.</summary>
[UploadLimit(UploadLimitAttribute.Report)]
public sealed class IndexModel(HtmlEncoder encoder) : PageModel
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public string? FileName { get; private set; }
    public string? Error { get; private set; }
    public CheckResult? Result { get; private set; }
    public IReadOnlyDictionary<int, DocumentLine> Lines { get; private set; } = new Dictionary<int, DocumentLine>();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(IFormFile? report, CancellationToken cancel)
    {
        if (report is null) return Refuse("Chọn tệp báo cáo (.txt hoặc .docx) để kiểm tra.");
        if (report.Length == 0) return Refuse($"Tệp «{Path.GetFileName(report.FileName)}» rỗng: chọn tệp báo cáo có nội dung (.txt, .docx hoặc .pdf).");
        if (report.Length > MaxBytes) return Refuse($"Tệp «{report.FileName}» lớn hơn 20 MB.");
        FileName = Path.GetFileName(report.FileName);
        using var buffer = new MemoryStream();
        await report.CopyToAsync(buffer, cancel);
        IReadOnlyList<DocumentLine> lines;
        using var budget = RequestBudget.Start(HttpContext, RequestBudget.Check);
        try
        {
            (lines, Result) = await budget.RunAsync(_ =>
            {
                var read = ReportFile.Read(buffer.ToArray(), FileName);
                return (read, ReportChecker.Check(read, TemplateCatalog.BuiltIn));
            });
        }
        catch (UnreadableFileException e)
        {
            return Refuse(e.Message);
        }
        catch (OperationCanceledException) when (budget.Exceeded)
        {
            return Refuse(budget.Message(FileName, "kiểm tra"));
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidOperationException)
        {
            return Refuse($"Không kiểm tra được tệp «{FileName}»: {e.Message}");
        }
        if (Result.AppendixRows == 0 && Result.Period is null)
            return Refuse($"Không nhận ra báo cáo trong tệp «{FileName}»: không thấy tiêu đề «BÁO CÁO … kỳ báo cáo» hay bảng phụ lục.");
        Lines = lines.ToDictionary(l => l.Number);
        return Page();
    }

    private PageResult Refuse(string message)
    {
        Error = message;
        Result = null;
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    /// <summary>The line, HTML-encoded, with every quoted passage of its findings in &lt;mark&gt;.</summary>
    public IHtmlContent Marked(int lineNumber)
    {
        var html = new StringBuilder();
        foreach (var (text, marked) in Passages(lineNumber))
            html.Append(marked ? $"<mark>{encoder.Encode(text)}</mark>" : encoder.Encode(text));
        return new HtmlString(html.ToString());
    }

    private IEnumerable<(string Text, bool Marked)> Passages(int lineNumber)
    {
        // Shown as the checker read it: "$\frac{317}{1.034} = 31\%$" appears as "317/1.034 = 31%".
        var text = Lines.TryGetValue(lineNumber, out var line) ? StatedValue.Normalise(line.Text.Replace('\t', ' ')) : "";
        var quotes = Result!.Findings.Where(f => f.Line == lineNumber).Select(f => f.Quote.Replace('\t', ' ')).Distinct();
        var spans = quotes.Select(q => (Start: text.IndexOf(q, StringComparison.Ordinal), q.Length)).Where(s => s.Start >= 0).OrderBy(s => s.Start).ToList();
        var at = 0;
        foreach (var (start, length) in spans)
        {
            if (start < at) continue;
            if (start > at) yield return (text[at..start], false);
            yield return (text.Substring(start, length), true);
            at = start + length;
        }
        if (at < text.Length) yield return (text[at..], false);
    }
}
