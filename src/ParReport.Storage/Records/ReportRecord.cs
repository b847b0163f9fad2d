namespace ParReport.Storage.Records;

/// <summary>A stored report: one unit's answer to one request, with the template version it was made with.</summary>
public sealed class ReportRecord
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public UnitRecord Unit { get; set; } = null!;
    public int RequestId { get; set; }
    public ReportingRequestRecord Request { get; set; } = null!;
    public required string TemplateId { get; set; }
    public int TemplateVersion { get; set; }
    public List<IndicatorValueRecord> Values { get; set; } = [];

    /// <summary>What the signed document will carry: its number ("36/BC-UBND"), date and signer, set before generating it.</summary>
    public string? DocumentNumber { get; set; }
    public DateOnly? DocumentDate { get; set; }
    public string? SignerName { get; set; }
    public List<NarrativeRecord> Narratives { get; set; } = [];
}
