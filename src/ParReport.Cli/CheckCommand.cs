using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ParReport.Documents;
using ParReport.Domain.Checking;
using ParReport.Domain.Templates;

namespace ParReport.Cli;

/// <summary>`parreport check FILE [--json]`: lists the inconsistencies of an existing report (text or DOCX).</summary>
public static class CheckCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static Command Build(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("file") { Description = "Báo cáo cần kiểm tra: văn bản (.txt, UTF-8) hoặc .docx." };
        var json = new Option<bool>("--json") { Description = "Xuất kết quả dạng JSON." };
        var check = new Command("check", "Kiểm tra một báo cáo đã có: liệt kê các lỗi số học và mâu thuẫn. Mã thoát 0: không có lỗi; 1: có lỗi; 2: không đọc được tệp.") { file, json };
        check.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (ReadReport(path, error) is not { } lines) return ExitCodes.Unreadable;
            CheckResult result;
            try
            {
                result = ReportChecker.Check(lines, TemplateCatalog.BuiltIn);
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or InvalidOperationException)
            {
                // Text the reader did not foresee: said plainly, with exit code 2, never as a stack trace.
                error.WriteLine(CliMessages.CannotCheck(path.Name, e.Message));
                return ExitCodes.Unreadable;
            }
            if (result.AppendixRows == 0 && result.Period is null)
            {
                error.WriteLine(CliMessages.NotAReport(path.Name));
                return ExitCodes.Unreadable;
            }
            if (parse.GetValue(json)) output.WriteLine(JsonSerializer.Serialize(ToJson(path.Name, result), Json));
            else CheckResultPrinter.Print(path.Name, result, output);
            return result.IsClean ? ExitCodes.Ok : ExitCodes.Problems;
        });
        return check;
    }

    /// <summary>A report file as lines, or null once the reason it cannot be read is written to <paramref name="error"/>.</summary>
    internal static IReadOnlyList<DocumentLine>? ReadReport(FileInfo file, TextWriter error)
    {
        try
        {
            return ReportFile.Read(file.FullName);
        }
        catch (UnreadableFileException e)
        {
            error.WriteLine(e.Message);
            return null;
        }
    }

    // The JSON shape is spelled out so that it stays stable whatever the domain types gain.
    private static object ToJson(string file, CheckResult result) => new
    {
        file,
        result.DocumentNumber,
        Date = result.Date?.ToString("yyyy-MM-dd"),
        Period = result.Period is { } p ? new { p.Code, p.Label } : null,
        Window = result.StatedWindow is { } w ? new { From = w.From.ToString("yyyy-MM-dd"), To = w.To.ToString("yyyy-MM-dd") } : null,
        Template = result.Template is { } t ? new { t.Id, t.Version } : null,
        result.AppendixRows,
        result.MatchedRows,
        Clean = result.IsClean,
        Findings = result.Findings.Select(f => new { Severity = f.Severity.ToString().ToLowerInvariant(), f.SeverityName, f.Line, f.Location, f.Quote, f.Expected, f.Why }),
    };
}
