namespace ParReport.Domain.Checking;

/// <summary>
/// One problem in a report: where it is (section or appendix row, and line), the text it quotes,
/// what was expected and why, in Vietnamese.
/// </summary>
public sealed record Finding(Severity Severity, int Line, string Location, string Quote, string Expected, string Why)
{
    public string SeverityName => Severity == Severity.Error ? "lỗi" : "cảnh báo";
}
