namespace ParReport.Storage.Records;

/// <summary>One import of a dossier file: which unit, which file, when, and how many rows it stored or skipped.</summary>
public sealed class DossierImportRecord
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public required string FileName { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public int Stored { get; set; }
    public int Skipped { get; set; }
}
