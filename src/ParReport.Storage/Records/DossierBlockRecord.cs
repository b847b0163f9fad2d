namespace ParReport.Storage.Records;

/// <summary>
/// Up to 4.096 dossiers of a unit, packed by <see cref="ParReport.Domain.Dossiers.DossierBatch"/>: what the
/// statistics read (fields, times, channels, fees, evaluations) and, apart, the codes. A unit's dossiers are the
/// rows of all its blocks; a code is in one block only.
/// </summary>
public sealed class DossierBlockRecord
{
    public long Id { get; set; }
    public int UnitId { get; set; }
    /// <summary>The import that wrote the block.</summary>
    public int ImportId { get; set; }
    public int Count { get; set; }
    /// <summary>The latest receipt in the block, so that the web page can open on its year without reading the blocks.</summary>
    public DateTime LastReceived { get; set; }
    public required byte[] Figures { get; set; }
    public required byte[] Codes { get; set; }
}
