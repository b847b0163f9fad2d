using System.Text;

namespace ParReport.Fuzz.Tests;

/// <summary>Reports for the checker (text, DOCX, PDF): the seeds mutated, and hostile files (DOCX without its text, deep nesting, broken PDF).</summary>
public static class ReportInputs
{
    private static readonly Lazy<byte[][]> Docx = new(() => Seeds.Reports.Select(Seeds.Docx).ToArray());
    private static readonly Lazy<byte[][]> Pdf = new(() => Seeds.Reports.Select(r => Seeds.Pdf(r)).ToArray());

    public static (string Name, byte[] Content) Generate(Random random, int input)
    {
        var seed = random.Next(Seeds.Reports.Length);
        var text = Seeds.Reports[seed];
        var kind = random.Next(100);
        var (extension, content) = kind switch
        {
            < 30 => ("txt", Encoding.UTF8.GetBytes(Mutate.Lines(random, text))),
            < 36 => ("txt", Mutate.Encode(random, text)),
            < 40 => ("txt", Mutate.Bytes(random, Encoding.UTF8.GetBytes(text))),
            < 48 => ("txt", Encoding.UTF8.GetBytes(Numbers(random, text))),
            < 60 => ("docx", Mutate.Zip(random, Docx.Value[seed])),
            < 66 => ("docx", Seeds.Docx(Numbers(random, Mutate.Lines(random, text)).Where(XmlSafe).Aggregate(new StringBuilder(), (b, c) => b.Append(c)).ToString())),
            < 72 => ("docx", HostileDocx(random, Docx.Value[seed])),
            < 84 => ("pdf", Mutate.Bytes(random, Pdf.Value[seed])),
            < 88 => ("pdf", Seeds.Pdf(Numbers(random, text), random.Next(1, 400))),
            < 92 => ("pdf", [.. "%PDF-1.7\n"u8, .. Enumerable.Range(0, random.Next(0, 3000)).Select(_ => (byte)random.Next(256))]),
            _ => Rare(random, text),
        };
        if (random.Next(12) == 0) extension = new[] { "txt", "docx", "pdf", "doc", "" }[random.Next(5)];
        return ($"fuzz-{input}{(extension.Length > 0 ? "." + extension : "")}", content);
    }

    private static bool XmlSafe(char c) => c is '\t' or '\n' or '\r' || c >= ' ' && c < '\uD800' || c >= '\uE000' && c < '\uFFFE';

    /// <summary>The report's numbers made hostile: huge, negative, not numbers, rates over 100%.</summary>
    private static string Numbers(Random random, string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var word in System.Text.RegularExpressions.Regex.Split(text, "(\\d[\\d.,]*)"))
            result.Append(word.Length > 0 && char.IsDigit(word[0]) && random.Next(6) == 0
                ? new[] { "1" + new string('0', random.Next(20, 400)), "-" + word, "1e309", "NaN", "999,99%", word + word, "0,0000001", "١٢٣" }[random.Next(8)]
                : word);
        return result.ToString();
    }

    /// <summary>A DOCX without its document part, nested deep, with a table in a table in a table, or its text full of controls.</summary>
    private static byte[] HostileDocx(Random random, byte[] docx) => random.Next(5) switch
    {
        0 => ZipXml.Rewrite(docx, n => n == "word/document.xml", _ => ""),
        1 => Drop(docx, "word/document.xml"),
        2 => ZipXml.Rewrite(docx, n => n == "word/document.xml", x => x.Replace("<w:body>", "<w:body>" + string.Concat(Enumerable.Repeat("<w:tbl><w:tr><w:tc>", 3000)) + string.Concat(Enumerable.Repeat("</w:tc></w:tr></w:tbl>", 3000)))),
        3 => ZipXml.Rewrite(docx, n => n == "word/document.xml", x => x.Replace("<w:t xml:space=\"preserve\">", "<w:t xml:space=\"preserve\">" + new[] { "&#xFFFE;", "&#xD800;", "&#x1;", "\u202E\u2066", "&#x0;", "\uFFFF" }[random.Next(6)])),
        _ => ZipXml.Rewrite(docx, n => n == "word/document.xml", x => x.Replace("<w:p>", "<w:p>" + new string(' ', random.Next(1, 10)) + "<w:r><w:t>" + new string('9', 100_000) + "</w:t></w:r>")),
    };

    private static byte[] Drop(byte[] zip, string name)
    {
        using var written = new MemoryStream();
        using (var read = new System.IO.Compression.ZipArchive(new MemoryStream(zip)))
        using (var write = new System.IO.Compression.ZipArchive(written, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in read.Entries.Where(e => e.FullName != name))
            {
                using var source = entry.Open();
                using var target = write.CreateEntry(entry.FullName).Open();
                source.CopyTo(target);
            }
        return written.ToArray();
    }

    private static (string, byte[]) Rare(Random random, string text) => random.Next(6) switch
    {
        0 => ("txt", []),
        1 => ("txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(text.Split('\n')[random.Next(20)] + "\n", 300_000)))),
        2 => ("txt", Encoding.UTF8.GetBytes(Hostile.Huge(random))),
        3 => ("docx", [0x50, 0x4B, 0x03, 0x04, .. Enumerable.Range(0, random.Next(0, 2000)).Select(_ => (byte)random.Next(256))]),
        4 => ("txt", Encoding.UTF8.GetBytes(Hostile.Random(random, 20_000))),
        _ => ("txt", Encoding.UTF8.GetBytes(string.Join("\n", Enumerable.Range(0, 2000).Select(i => string.Join('\t', Enumerable.Range(0, random.Next(1, 60)).Select(_ => Hostile.Number(random))))))),
    };
}
