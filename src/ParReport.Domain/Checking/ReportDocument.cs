using ParReport.Domain.Periods;

namespace ParReport.Domain.Checking;

/// <summary>What <see cref="ReportReader"/> found in a report: header, period, narrative with its sections, appendix rows.</summary>
public sealed record ReportDocument(
    IReadOnlyList<DocumentLine> Lines,
    string? Issuer,
    bool HasTitle,
    string? Number,
    DocumentLine? DateLine,
    DateOnly? Date,
    ReportingPeriod? Period,
    CutOffWindow? StatedWindow,
    DocumentLine? AttachmentLine,
    DateOnly? AttachmentDate,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<(DocumentLine Line, string Section)> Narrative,
    IReadOnlyList<AppendixRow> Appendix);

/// <summary>A numbered heading of the narrative: "II." or "2." under "II".</summary>
public sealed record Heading(DocumentLine Line, string Number, string? Parent);
