namespace ParReport.Domain.Reports;

/// <summary>Every violation found in a report; empty when the report is consistent.</summary>
public sealed record ValidationResult(IReadOnlyList<Violation> Violations)
{
    public bool IsValid => Violations.Count == 0;

    /// <summary>The violations that concern one indicator, to show beside its field.</summary>
    public IEnumerable<Violation> For(string key) => Violations.Where(v => v.Keys.Contains(key));
}
