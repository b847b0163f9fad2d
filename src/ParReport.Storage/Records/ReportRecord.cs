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

    /// <summary>The workflow state (<see cref="ParReport.Domain.Workflow.ReportStatus"/>) and since when.</summary>
    public int Status { get; set; }
    public DateTimeOffset? StatusSince { get; set; }

    /// <summary>Raised by every write, which also checks the state in the same statement: a write and a transition cannot interleave.</summary>
    public int Revision { get; set; }

    /// <summary>The number of the last version the upper level accepted; it stays when the report is reopened, until the next acceptance.</summary>
    public int? AcceptedVersion { get; set; }
}
