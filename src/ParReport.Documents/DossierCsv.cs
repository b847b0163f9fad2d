using nietras.SeparatedValues;
using ParReport.Domain.Dossiers;

namespace ParReport.Documents;

/// <summary>
/// Reads a dossier export in CSV (UTF-8 with or without BOM; comma, semicolon or tab) one row at a time, so that a
/// file of any size is read in constant memory. Each row comes back as a dossier or with the reasons it was refused.
/// </summary>
public static class DossierCsv
{
    /// <exception cref="UnreadableFileException">The header lacks a column the statistics need.</exception>
    public static IEnumerable<DossierRow> Read(Stream csv, IReadOnlyDictionary<string, DossierColumn>? mapping = null)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true }).From(csv);
        var (columns, missing) = DossierColumns.Match(reader.Header.ColNames.ToList(), mapping);
        if (columns is null)
            throw new UnreadableFileException($"Tệp hồ sơ thiếu cột: {string.Join(", ", missing.Select(c => $"«{DossierColumnNames.Of(c)}»"))}.");
        var cells = new List<string>();
        foreach (var row in reader)
        {
            cells.Clear();
            for (var i = 0; i < row.ColCount; i++) cells.Add(row[i].ToString());
            if (cells.All(c => c.Length == 0)) continue;
            var (dossier, errors) = DossierRowReader.Read(row.LineNumberFrom, cells, columns);
            yield return new DossierRow(row.LineNumberFrom, dossier, errors);
        }
    }
}
