namespace ParReport.Storage.Records;

/// <summary>A stored dossier of a unit, unique by its code within the unit, and the import that last wrote it.</summary>
public sealed class DossierRecord
{
    public long Id { get; set; }
    public int UnitId { get; set; }
    public required string Code { get; set; }
    public required string Field { get; set; }
    public DateTime Received { get; set; }
    public DateTime? Deadline { get; set; }
    public DateTime? Resolved { get; set; }
    public int Channel { get; set; }
    public decimal? Fee { get; set; }
    public bool PaidOnline { get; set; }
    public bool? Satisfied { get; set; }
    public int ImportId { get; set; }
}
