using System.IO.Compression;
using System.Text;

namespace ParReport.Fuzz.Tests;

/// <summary>Mutations of a valid file: its bytes, its text, or the entries of its zip (XLSX, DOCX).</summary>
public static class Mutate
{
    static Mutate() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>A few bytes flipped, inserted, deleted, duplicated, or the file cut short.</summary>
    public static byte[] Bytes(Random random, byte[] valid)
    {
        var bytes = new List<byte>(valid);
        var times = random.Next(1, 6);
        for (var t = 0; t < times && bytes.Count > 0; t++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.RemoveRange(at, bytes.Count - at); break;
                case 2: bytes.InsertRange(at, Enumerable.Range(0, random.Next(1, 64)).Select(_ => (byte)random.Next(256))); break;
                case 3: bytes.RemoveRange(at, Math.Min(random.Next(1, 512), bytes.Count - at)); break;
                case 4:
                    var length = Math.Min(random.Next(1, 2048), bytes.Count - at);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                default: bytes[at] ^= (byte)(1 << random.Next(8)); break;
            }
        }
        return [.. bytes];
    }

    /// <summary>The text in another encoding, with or without a byte order mark, or with one where none belongs.</summary>
    public static byte[] Encode(Random random, string text) => random.Next(9) switch
    {
        0 => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
        1 => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(),
        2 => Encoding.Unicode.GetBytes(text),
        3 => Encoding.GetEncoding(1258).GetBytes(text),
        4 => Encoding.Latin1.GetBytes(text),
        5 => Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(text)).ToArray(),
        6 => [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        7 => [0xEF, 0xBB, .. Encoding.UTF8.GetBytes(text)],
        _ => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
    };

    /// <summary>Lines of text changed: hostile values put in, lines repeated, dropped, swapped, delimiters changed.</summary>
    public static string Lines(Random random, string text)
    {
        var lines = text.Split('\n').ToList();
        var times = random.Next(1, 5);
        for (var t = 0; t < times && lines.Count > 0; t++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(8))
            {
                case 0: lines[at] = Hostile.Text(random); break;
                case 1: lines.Insert(at, lines[random.Next(lines.Count)]); break;
                case 2: lines.RemoveAt(at); break;
                case 3:
                    var other = random.Next(lines.Count);
                    (lines[at], lines[other]) = (lines[other], lines[at]);
                    break;
                case 4:
                    var delimiters = new[] { ";", ",", "\t", "|", "", ";;" };
                    lines[at] = lines[at].Replace(";", delimiters[random.Next(delimiters.Length)]).Replace("\t", delimiters[random.Next(delimiters.Length)]);
                    break;
                case 5: lines[at] = Cell(random, lines[at]); break;
                case 6: lines.Insert(at, Hostile.Text(random)); break;
                default:
                    var position = random.Next(lines[at].Length + 1);
                    lines[at] = lines[at][..position] + Hostile.Text(random) + lines[at][position..];
                    break;
            }
        }
        return string.Join(random.Next(4) == 0 ? "\r\n" : "\n", lines);
    }

    /// <summary>One cell of a delimited line replaced by a hostile value or a number.</summary>
    private static string Cell(Random random, string line)
    {
        var separator = line.Contains('\t') ? '\t' : line.Contains(';') ? ';' : ',';
        var cells = line.Split(separator);
        cells[random.Next(cells.Length)] = random.Next(2) == 0 ? Hostile.Text(random) : Hostile.Number(random);
        return string.Join(separator, cells);
    }

    /// <summary>The entries of a zip: one dropped, emptied, cut, replaced by hostile XML, or its text mutated; or the zip's bytes mutated.</summary>
    public static byte[] Zip(Random random, byte[] valid, Func<Random, string, string>? xml = null)
    {
        if (random.Next(4) == 0) return Bytes(random, valid);
        var entries = new List<(string Name, byte[] Content)>();
        using (var read = new ZipArchive(new MemoryStream(valid), ZipArchiveMode.Read))
            foreach (var entry in read.Entries)
            {
                using var content = new MemoryStream();
                using (var s = entry.Open()) s.CopyTo(content);
                entries.Add((entry.FullName, content.ToArray()));
            }
        var at = random.Next(entries.Count);
        var (name, bytes) = entries[at];
        switch (random.Next(7))
        {
            case 0: entries.RemoveAt(at); break;
            case 1: entries[at] = (name, []); break;
            case 2: entries[at] = (name, bytes[..random.Next(bytes.Length + 1)]); break;
            case 3: entries[at] = (name, Encoding.UTF8.GetBytes(HostileXml(random))); break;
            case 4: entries.Add((entries[random.Next(entries.Count)].Name, bytes)); break;
            default:
                var text = Encoding.UTF8.GetString(bytes);
                entries[at] = (name, Encoding.UTF8.GetBytes(xml is not null && name.EndsWith(".xml") ? xml(random, text) : XmlText(random, text)));
                break;
        }
        using var written = new MemoryStream();
        using (var zip = new ZipArchive(written, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (n, c) in entries)
            {
                using var s = zip.CreateEntry(n, random.Next(8) == 0 ? CompressionLevel.NoCompression : CompressionLevel.Fastest).Open();
                s.Write(c);
            }
        return written.ToArray();
    }

    /// <summary>XML no reader expects: nested deep, an entity bomb, a doctype, a huge attribute, not XML at all.</summary>
    public static string HostileXml(Random random) => random.Next(5) switch
    {
        0 => string.Concat(Enumerable.Repeat("<a>", 100_000)) + string.Concat(Enumerable.Repeat("</a>", 100_000)),
        1 => "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><x>&c;&c;&c;</x>",
        2 => $"<x y=\"{new string('y', 2_000_000)}\"/>",
        3 => Hostile.Random(random, 500),
        _ => "<?xml version=\"1.0\"?><x>" + System.Security.SecurityElement.Escape(Hostile.Text(random)) + "</x>",
    };

    /// <summary>The text of an XML part with a value, a number or a reference changed.</summary>
    private static string XmlText(Random random, string text)
    {
        if (text.Length == 0) return Hostile.Text(random);
        var at = random.Next(text.Length);
        return random.Next(3) switch
        {
            0 => text[..at] + Hostile.Text(random) + text[at..],
            1 => text[..at] + text[Math.Min(text.Length, at + random.Next(1, 200))..],
            _ => text.Replace("r=\"", "r=\"" + (random.Next(2) == 0 ? "AAAAAAA" : "-")),
        };
    }
}
