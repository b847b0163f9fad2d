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

    /// <summary>Raised by every change of the unit (<see cref="UnitStore.ImportAsync"/>), so that a tree kept by a reader is known to be stale.</summary>
    public int Revision { get; set; }
}
