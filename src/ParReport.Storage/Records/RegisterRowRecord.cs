namespace ParReport.Storage.Records;

/// <summary>
/// A row of one of a unit's registers: its cells as JSON by column id (each register has its own columns, see
/// Domain.Registers.RegisterCatalog), who last changed it and when, and the file it came from if imported.
/// </summary>
public sealed class RegisterRowRecord
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public required string Register { get; set; }
    public required string Cells { get; set; }
    public int Version { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? FileName { get; set; }
}
