using ParReport.Domain.Periods;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Checking;

/// <summary>What the checker read from a report and every problem it found, in document order.</summary>
public sealed record CheckResult(
    string? Issuer,
    string? DocumentNumber,
    DateOnly? Date,
    ReportingPeriod? Period,
    CutOffWindow? StatedWindow,
    TemplateRef? Template,
    int AppendixRows,
    int MatchedRows,
    IReadOnlyList<Finding> Findings)
{
    public bool IsClean => Findings.Count == 0;
}
