using System.IO.Compression;
using System.Text;

namespace ParReport.Fuzz.Tests;

/// <summary>Rewrites the XML of one part of a zip (XLSX, DOCX) as text, for what an XML writer would refuse to write.</summary>
public static class ZipXml
{
    public static byte[] Rewrite(byte[] zip, Func<string, bool> part, Func<string, string> rewrite)
    {
        using var written = new MemoryStream();
        using (var read = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        using (var write = new ZipArchive(written, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in read.Entries)
            {
                using var content = new MemoryStream();
                using (var s = entry.Open()) s.CopyTo(content);
                var bytes = content.ToArray();
                if (part(entry.FullName)) bytes = Encoding.UTF8.GetBytes(rewrite(Encoding.UTF8.GetString(bytes)));
                using var target = write.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                target.Write(bytes);
            }
        return written.ToArray();
    }

    public static bool Worksheet(string name) => name.StartsWith("xl/worksheets/", StringComparison.Ordinal) && name.EndsWith(".xml", StringComparison.Ordinal);
}
