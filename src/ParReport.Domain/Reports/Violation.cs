namespace ParReport.Domain.Reports;

/// <summary>One broken rule in a report: the indicators concerned (keys "form/code") and a Vietnamese explanation naming codes and values.</summary>
public sealed record Violation(ViolationKind Kind, IReadOnlyList<string> Keys, string Message);
