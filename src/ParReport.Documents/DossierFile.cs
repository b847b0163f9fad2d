using ParReport.Domain.Dossiers;

namespace ParReport.Documents;

/// <summary>Reads a dossier export by its kind, from its first bytes whatever its name: XLSX (a zip), XLS (a compound file), CSV otherwise.</summary>
public static class DossierFile
{
    /// <summary>The rows in batches.</summary>
    public static IEnumerable<DossierBatch> Read(Stream file, IReadOnlyDictionary<string, DossierColumn>? mapping = null)
    {
        var (kind, content) = Kind(file);
        return kind switch
        {
            FileKind.Xlsx => DossierBatch.Of(DossierXlsx.Read(content, mapping)),
            FileKind.Xls => DossierBatch.Of(DossierXls.Read(content, mapping)),
            _ => DossierCsv.ReadBatches(content, mapping),
        };
    }

    /// <summary>What an import of the file would read: the columns found with samples, those not found; nothing stored.</summary>
    /// <exception cref="UnreadableFileException">The file cannot be read, or its header lacks a column the statistics need.</exception>
    public static DossierPreview Preview(Stream file, IReadOnlyDictionary<string, DossierColumn>? mapping = null)
    {
        var (kind, content) = Kind(file);
        return kind switch
        {
            FileKind.Xlsx => DossierXlsx.Preview(content, mapping),
            FileKind.Xls => DossierXls.Preview(content, mapping),
            _ => DossierCsv.Preview(content, mapping),
        };
    }

    internal enum FileKind { Csv, Xlsx, Xls }

    // Exports are often saved under another name ("ho-so.xls" that is XLSX inside, or CSV): the first bytes decide.
    // A workbook is read with seeking: a stream that cannot seek (an upload) is first copied to a temporary file.
    internal static (FileKind, Stream) Kind(Stream file)
    {
        if (!file.CanSeek)
        {
            var copy = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            file.CopyTo(copy);
            copy.Position = 0;
            file = copy;
        }
        var start = file.Position;
        var head = new byte[8];
        var read = 0;
        while (read < head.Length && file.Read(head, read, head.Length - read) is > 0 and var n) read += n;
        file.Position = start;
        ReadOnlySpan<byte> zip = [0x50, 0x4B, 0x03, 0x04], ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        if (head.AsSpan(0, read).StartsWith(zip)) return (FileKind.Xlsx, file);
        if (head.AsSpan(0, read).StartsWith(ole)) return (FileKind.Xls, file);
        // Neither a zip nor a compound file: text, whatever its name says (a ".xls" saved as CSV is common).
        return (FileKind.Csv, file);
    }
}
