using ParReport.Domain.Dossiers;

namespace ParReport.Documents;

/// <summary>Reads a dossier export by its kind: XLSX by its name, CSV otherwise.</summary>
public static class DossierFile
{
    public static IEnumerable<DossierRow> Read(Stream file, string name, IReadOnlyDictionary<string, DossierColumn>? mapping = null) =>
        name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? DossierXlsx.Read(file, mapping) : DossierCsv.Read(file, mapping);
}
