using System.IO.Compression;

namespace ParReport.Documents;

/// <summary>
/// A DOCX or XLSX is a zip: before it is opened, what its entries would expand to is added up from the zip's own
/// directory, so that a few kilobytes that expand to gigabytes (a zip bomb) are refused before anything is unpacked.
/// </summary>
internal static class ZipLimits
{
    private const int MaxEntries = 10_000;

    /// <exception cref="UnreadableFileException">The zip would expand beyond its limit, or has too many entries.</exception>
    public static void Check(Stream zip, string name, long maxBytes)
    {
        if (!zip.CanSeek) return;
        var start = zip.Position;
        try
        {
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            if (archive.Entries.Count > MaxEntries) throw new UnreadableFileException(Messages.TooManyEntries(name, archive.Entries.Count));
            var expanded = archive.Entries.Sum(e => e.Length);
            var packed = zip.Length - start;
            if (expanded > maxBytes) throw new UnreadableFileException(Messages.Expands(name, expanded, packed));
        }
        // A damaged zip (one cut after its first bytes points its directory outside the file) is for the reader to refuse with its own message.
        catch (Exception e) when (e is InvalidDataException or ArgumentException or IOException)
        {
        }
        finally
        {
            zip.Position = start;
        }
    }

    private static class Messages
    {
        private static string Mb(long bytes) => Domain.Formatting.VietnameseNumbers.FormatNumber(Math.Round(bytes / 1_048_576m, 1));
        public static string Expands(string name, long expanded, long packed) =>
            $"Tệp «{name}» nén {Mb(packed)} MB nhưng giải nén ra {Mb(expanded)} MB: không đọc (tệp bất thường, có thể là «bom nén»).";
        public static string TooManyEntries(string name, int entries) =>
            $"Tệp «{name}» chứa {Domain.Formatting.VietnameseNumbers.FormatNumber(entries)} phần nén: quá nhiều cho một văn bản hay bảng tính.";
    }
}
