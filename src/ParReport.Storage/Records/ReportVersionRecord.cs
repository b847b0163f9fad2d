namespace ParReport.Storage.Records;

/// <summary>A report as it was signed off and sent, kept whole: values, narrative, the document's number, date and signer, the DOCX as generated.</summary>
public sealed class ReportVersionRecord
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public int Number { get; set; }
    public DateTimeOffset SentAt { get; set; }
    public required string SentBy { get; set; }
    public required string DocumentNumber { get; set; }
    public DateOnly DocumentDate { get; set; }
    public string? SignerName { get; set; }

    /// <summary>The values by key as JSON: {"III/3.1.1": {"n": 1034}, "I/1.1": {"t": "…"}}.</summary>
    public required string Values { get; set; }

    /// <summary>The narrative by key as JSON.</summary>
    public required string Narratives { get; set; }

    public required byte[] Docx { get; set; }
}
