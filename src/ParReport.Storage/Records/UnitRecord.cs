namespace ParReport.Storage.Records;

/// <summary>A stored organisation unit.</summary>
public sealed class UnitRecord
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Level { get; set; }
    public int? ParentId { get; set; }
    public UnitRecord? Parent { get; set; }
}
