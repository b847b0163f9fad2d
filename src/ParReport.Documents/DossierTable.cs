using ParReport.Domain.Dossiers;

namespace ParReport.Documents;

/// <summary>
/// The dossiers of a workbook or a table of text: the first sheet whose first 30 non-empty rows hold a header naming
/// the columns the statistics need (title rows above it passed over), then its rows, blank rows and totals passed over.
/// </summary>
internal static class DossierTable
{
    private const int HeaderSearchRows = 30;

    /// <summary>One row of cells as text; the header first (<see cref="IsHeader"/>), then the dossiers' rows.</summary>
    public sealed record Row(DossierColumns Columns, int Line, List<string> Cells, bool IsHeader);

    /// <exception cref="UnreadableFileException">No sheet has the header.</exception>
    public static IEnumerable<Row> Rows(IEnumerable<IEnumerable<(int Line, List<string> Cells)>> sheets, IReadOnlyDictionary<string, DossierColumn>? mapping)
    {
        IReadOnlyList<DossierColumn>? fewest = null;
        foreach (var sheet in sheets)
        {
            DossierColumns? columns = null;
            var searched = 0;
            foreach (var (line, cells) in sheet)
            {
                if (cells.All(c => c.Length == 0)) continue;
                if (columns is null)
                {
                    var (found, missing) = DossierColumns.Match(cells, mapping);
                    if (fewest is null || missing.Count < fewest.Count) fewest = missing;
                    if (found is null)
                    {
                        if (++searched >= HeaderSearchRows) break;
                        continue;
                    }
                    columns = found;
                    yield return new Row(columns, line, cells, IsHeader: true);
                    continue;
                }
                if (DossierRowReader.IsTotal(new StringCells(cells), columns)) continue;
                yield return new Row(columns, line, cells, IsHeader: false);
            }
            if (columns is not null) yield break;
        }
        throw new UnreadableFileException(DossierColumns.MissingMessage(fewest ?? DossierColumns.Required));
    }

    /// <summary>The dossiers' rows read, each a dossier or its reasons.</summary>
    public static IEnumerable<DossierRow> Dossiers(IEnumerable<Row> rows) =>
        rows.Where(r => !r.IsHeader).Select(r => DossierRowReader.Read(r.Line, r.Cells, r.Columns) is var (dossier, errors) ? new DossierRow(r.Line, dossier, errors) : null!);

    /// <summary>The header and the first rows, for a preview before anything is stored.</summary>
    public static DossierPreview Preview(IEnumerable<Row> rows, int sampleRows = 200)
    {
        Row? header = null;
        var sample = new List<IReadOnlyList<string>>();
        foreach (var row in rows)
        {
            if (row.IsHeader) header = row;
            else sample.Add(row.Cells);
            if (sample.Count >= sampleRows) break;
        }
        return new DossierPreview(header!.Columns, sample);
    }
}
