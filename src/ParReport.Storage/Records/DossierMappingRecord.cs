namespace ParReport.Storage.Records;

/// <summary>A header of a unit's exports and the dossier column it holds, remembered for the next import.</summary>
public sealed class DossierMappingRecord
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public required string Header { get; set; }
    public required string Column { get; set; }
}
