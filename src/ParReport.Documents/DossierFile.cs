using ParReport.Domain.Dossiers;

namespace ParReport.Documents;

/// <summary>Reads a dossier export by its kind: XLSX by its name, CSV otherwise.</summary>
public static class DossierFile
{
    /// <summary>The rows in batches.</summary>
    public static IEnumerable<DossierBatch> Read(Stream file, string name, IReadOnlyDictionary<string, DossierColumn>? mapping = null) =>
        name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? DossierBatch.Of(DossierXlsx.Read(file, mapping)) : DossierCsv.ReadBatches(file, mapping);
}
