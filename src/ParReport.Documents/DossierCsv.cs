using nietras.SeparatedValues;
using ParReport.Domain.Dossiers;

namespace ParReport.Documents;

/// <summary>
/// Reads a dossier export in CSV (UTF-8 with or without BOM or Windows-1258; comma, semicolon or tab; title lines above the header) one row at a time, so that a
/// file of any size is read in constant memory. Each row comes back as a dossier or with the reasons it was refused.
/// </summary>
public static class DossierCsv
{
    /// <summary>The rows one by one (an object each: for small files and tests).</summary>
    /// <exception cref="UnreadableFileException">The header lacks a column the statistics need.</exception>
    public static IEnumerable<DossierRow> Read(Stream csv, IReadOnlyDictionary<string, DossierColumn>? mapping = null) =>
        DossierTable.Dossiers(DossierTable.Rows([Lines(csv)], mapping));

    /// <summary>The rows in batches, read in place without an object per row or cell.</summary>
    /// <exception cref="UnreadableFileException">The header lacks a column the statistics need.</exception>
    public static IEnumerable<DossierBatch> ReadBatches(Stream csv, IReadOnlyDictionary<string, DossierColumn>? mapping = null)
    {
        var (reader, columns) = Open(csv, mapping);
        using (reader)
        {
            var batch = new DossierBatch();
            foreach (var row in reader)
            {
                if (IsEmpty(row)) continue;
                DossierRowReader.ReadInto(row.LineNumberFrom, new Cells(row), columns, batch);
                if (batch.IsFull)
                {
                    yield return batch;
                    batch = new DossierBatch();
                }
            }
            if (batch.Count > 0 || batch.Refused > 0) yield return batch;
        }
    }

    /// <summary>The columns found and the first rows, nothing stored.</summary>
    /// <exception cref="UnreadableFileException">The header lacks a column the statistics need.</exception>
    public static DossierPreview Preview(Stream csv, IReadOnlyDictionary<string, DossierColumn>? mapping = null) =>
        DossierTable.Preview(DossierTable.Rows([Lines(csv)], mapping));

    // Every line's cells as text, as the object path, the preview and a register's file read them (the batches read them in place).
    internal static IEnumerable<(int Line, List<string> Cells)> Lines(Stream csv)
    {
        var (text, separator) = CsvText.Open(csv);
        using var reader = Reader(text, separator);
        foreach (var row in reader)
        {
            var cells = new List<string>(row.ColCount);
            for (var i = 0; i < row.ColCount; i++) cells.Add(row[i].ToString());
            yield return (row.LineNumberFrom, cells);
        }
    }

    private static SepReader Reader(TextReader text, char separator) =>
        Sep.Reader(o => o with { Sep = new Sep(separator), HasHeader = false, Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true }).From(text);

    // Title lines may stand above the header: it is the first of these lines that names the columns the statistics need.
    private const int HeaderSearchLines = 30;

    private static (SepReader Reader, DossierColumns Columns) Open(Stream csv, IReadOnlyDictionary<string, DossierColumn>? mapping)
    {
        var (text, separator) = CsvText.Open(csv);
        var reader = Reader(text, separator);
        IReadOnlyList<DossierColumn>? fewest = null;
        for (var line = 0; line < HeaderSearchLines && reader.MoveNext(); line++)
        {
            var row = reader.Current;
            if (IsEmpty(row)) continue;
            var cells = new List<string>(row.ColCount);
            for (var i = 0; i < row.ColCount; i++) cells.Add(row[i].ToString());
            var (columns, missing) = DossierColumns.Match(cells, mapping);
            if (columns is not null) return (reader, columns);
            if (fewest is null || missing.Count < fewest.Count) fewest = missing;
        }
        reader.Dispose();
        throw new UnreadableFileException(DossierColumns.MissingMessage(fewest ?? DossierColumns.Required));
    }

    private static bool IsEmpty(SepReader.Row row)
    {
        for (var i = 0; i < row.ColCount; i++)
            if (row[i].Span.Length > 0) return false;
        return true;
    }

    private readonly ref struct Cells(SepReader.Row row) : IDossierCells
    {
        private readonly SepReader.Row _row = row;

        public int Count => _row.ColCount;

        public ReadOnlySpan<char> this[int index] => _row[index].Span;
    }
}
