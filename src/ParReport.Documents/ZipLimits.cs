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
            // The package's own parts are parsed by the SDK before anything else: relationships nested a hundred thousand
            // deep take it half a minute. No package nests them more than a few levels.
            foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase) || e.FullName == "[Content_Types].xml"))
                if (TooDeep(entry)) throw new UnreadableFileException(Messages.TooDeep(name, entry.FullName));
        }
        // A damaged zip (one cut after its first bytes points its directory outside the file) is for the reader to refuse with its own message.
        catch (Exception e) when (e is InvalidDataException or ArgumentException or IOException or System.Xml.XmlException)
        {
        }
        finally
        {
            zip.Position = start;
        }
    }

    private const int MaxPackageDepth = 16;

    private static bool TooDeep(ZipArchiveEntry entry)
    {
        using var reader = System.Xml.XmlReader.Create(entry.Open(), new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit });
        while (reader.Read())
            if (reader.Depth > MaxPackageDepth) return true;
        return false;
    }

    private static class Messages
    {
        private static string Mb(long bytes) => Domain.Formatting.VietnameseNumbers.FormatNumber(Math.Round(bytes / 1_048_576m, 1));
        public static string Expands(string name, long expanded, long packed) =>
            $"Tệp «{name}» nén {Mb(packed)} MB nhưng giải nén ra {Mb(expanded)} MB: không đọc (tệp bất thường, có thể là «bom nén»).";
        public static string TooDeep(string name, string part) =>
            $"Tệp «{name}» có phần «{part}» lồng nhau quá sâu: tệp bị hỏng hoặc bất thường, không đọc.";
        public static string TooManyEntries(string name, int entries) =>
            $"Tệp «{name}» chứa {Domain.Formatting.VietnameseNumbers.FormatNumber(entries)} phần nén: quá nhiều cho một văn bản hay bảng tính.";
    }
}
