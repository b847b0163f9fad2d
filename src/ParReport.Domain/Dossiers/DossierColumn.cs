namespace ParReport.Domain.Dossiers;

/// <summary>The columns of a one-stop system's dossier export that the statistics use.</summary>
public enum DossierColumn
{
    Code,
    Field,
    Procedure,
    Received,
    Deadline,
    Resolved,
    Channel,
    Status,
    Fee,
    PaidOnline,
    Satisfaction,
}
