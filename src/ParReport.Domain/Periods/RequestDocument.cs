namespace ParReport.Domain.Periods;

/// <summary>The letter (công văn, kế hoạch) by which an upper level asked for a report: its number and date, e.g. "125/UBND-NV" of 02/03/2024.</summary>
public sealed record RequestDocument(string Number, DateOnly Date);
