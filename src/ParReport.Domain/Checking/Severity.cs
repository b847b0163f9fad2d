namespace ParReport.Domain.Checking;

/// <summary>How serious a finding is: an error (lỗi) makes a number wrong; a warning (cảnh báo) asks for a look.</summary>
public enum Severity
{
    Error,
    Warning,
}
