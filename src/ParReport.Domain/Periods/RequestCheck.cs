using ParReport.Domain.Organisation;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Periods;

/// <summary>
/// What makes a reporting request sensible before it is sent: units below to answer it, a template of their level in
/// force for the period, a cut-off window inside the period's year (from 1 December of the year before, as directives
/// move it by a few days), a deadline on or after the window's end, a letter number that fits.
/// </summary>
public static class RequestCheck
{
    public const int MaxDeadlineDays = 90;
    public const int MaxLetterLength = 64;

    /// <returns>Each problem in Vietnamese; none when the request can be sent.</returns>
    public static IReadOnlyList<string> Problems(ReportingPeriod period, ReportTemplate template, IReadOnlyCollection<OrgUnit> units,
        CutOffWindow? window, DateOnly? deadline, string? letterNumber)
    {
        var problems = new List<string>();
        if (units.Count == 0) problems.Add("Đơn vị không có đơn vị trực thuộc để gửi yêu cầu.");
        foreach (var level in units.Select(u => u.Level).Distinct().Where(l => UnitLevels.Code(l) != template.Level))
            problems.Add($"Mẫu «{template.Name}» ({template.Ref}) dành cho cấp {LevelName(template.Level)}; các đơn vị trực thuộc là cấp {UnitLevels.Name(level).ToLowerInvariant()}.");

        var earliest = new DateOnly(period.Year - 1, 12, 1);
        var yearStart = new DateOnly(period.Year, 1, 1);
        var latest = new DateOnly(period.Year, 12, 31);
        if (window is not null && (window.From < earliest || window.To < yearStart || window.To > latest))
            problems.Add($"Thời gian chốt số liệu phải nằm trong khoảng {earliest:dd/MM/yyyy} – {latest:dd/MM/yyyy} và kết thúc trong năm {period.Year}.");
        var own = window ?? period.DefaultWindow;
        if (template.ValidFrom > own.To)
            problems.Add($"Mẫu {template.Ref} có hiệu lực từ {template.ValidFrom:dd/MM/yyyy}, sau thời gian chốt số liệu của kỳ.");
        if (deadline is { } due && (due < own.To || due > own.To.AddDays(MaxDeadlineDays)))
            problems.Add($"Hạn nộp phải từ ngày cuối thời gian chốt số liệu ({own.To:dd/MM/yyyy}) đến {MaxDeadlineDays} ngày sau.");
        if (letterNumber is not null && (letterNumber.Trim().Length == 0 || letterNumber.Trim().Length > MaxLetterLength))
            problems.Add($"Số văn bản yêu cầu cần từ 1 đến {MaxLetterLength} ký tự.");
        return problems;
    }

    private static string LevelName(string code) => UnitLevels.TryParse(code, out var level) ? UnitLevels.Name(level).ToLowerInvariant() : code;
}
