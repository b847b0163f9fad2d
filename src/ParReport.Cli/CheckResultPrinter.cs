using ParReport.Domain.Checking;

namespace ParReport.Cli;

/// <summary>Prints a check result as readable Vietnamese text.</summary>
internal static class CheckResultPrinter
{
    public static void Print(string fileName, CheckResult result, TextWriter output)
    {
        output.WriteLine($"Tệp: {fileName}");
        if (result.DocumentNumber is not null) output.WriteLine($"Số văn bản: {result.DocumentNumber}");
        if (result.Date is { } date) output.WriteLine($"Ngày: {date:dd/MM/yyyy}");
        if (result.Period is { } period) output.WriteLine($"Kỳ báo cáo: {period.Label}");
        if (result.StatedWindow is { } window) output.WriteLine($"Thời gian chốt số liệu: {window.From:dd/MM/yyyy} – {window.To:dd/MM/yyyy}");
        output.WriteLine(result.Template is { } t
            ? $"Mẫu đối chiếu: {t.Id} phiên bản {t.Version} — khớp {result.MatchedRows}/{result.AppendixRows} dòng phụ lục"
            : "Mẫu đối chiếu: không nhận ra bảng phụ lục");
        output.WriteLine();
        if (result.IsClean)
        {
            output.WriteLine("Không phát hiện lỗi.");
            return;
        }
        var errors = result.Findings.Count(f => f.Severity == Severity.Error);
        output.WriteLine($"Phát hiện {result.Findings.Count} vấn đề: {errors} lỗi, {result.Findings.Count - errors} cảnh báo.");
        foreach (var f in result.Findings)
        {
            output.WriteLine();
            output.WriteLine($"[{f.SeverityName}] dòng {f.Line}, {f.Location}");
            output.WriteLine($"  Trích: «{f.Quote}»");
            output.WriteLine($"  Đúng ra: {f.Expected}");
            output.WriteLine($"  Vì: {f.Why}");
        }
    }
}
