using ParReport.Domain.Text;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ParReport.Domain.Checking;

namespace ParReport.Documents;

/// <summary>
/// Reads a report file into numbered lines for the checker: DOCX as its paragraphs and table rows in document order,
/// a row's cells joined by tabs; PDF as its lines of words, wide gaps read as tabs; plain text (UTF-8) as its lines. The
/// lines of a PDF or a text are reflowed: hard-wrapped paragraphs joined, rows laid out with spaces read as rows.
/// </summary>
public static class ReportFile
{
    /// <exception cref="UnreadableFileException">The file is neither readable text nor a valid DOCX.</exception>
    public static IReadOnlyList<DocumentLine> Read(string path)
    {
        if (!File.Exists(path)) throw new UnreadableFileException($"Không tìm thấy tệp «{path}».");
        return Read(File.ReadAllBytes(path), Path.GetFileName(path));
    }

    /// <summary>Reads an uploaded or loaded file: DOCX when it is a ZIP package, PDF by its signature, UTF-8 text otherwise.</summary>
    /// <exception cref="UnreadableFileException">The bytes are neither readable text, nor a valid DOCX or PDF.</exception>
    public static IReadOnlyList<DocumentLine> Read(byte[] bytes, string name)
    {
        if (bytes.Length == 0) throw new UnreadableFileException($"Tệp «{name}» rỗng.");
        if (bytes.Length > MaxBytes) throw new UnreadableFileException(TooLarge(name, bytes.Length, MaxBytes));
        if (IsZip(bytes)) return ReadDocx(bytes, name);
        return bytes.AsSpan().StartsWith("%PDF-"u8) ? ReportPdf.Read(bytes, name) : ReadText(bytes, name);
    }

    /// <summary>A report is a few hundred kilobytes; these bound what a hostile file can cost to read.</summary>
    public const int MaxBytes = 20 * 1_048_576;
    public const int MaxTextBytes = 4 * 1_048_576;
    private const long MaxExpandedBytes = 64 * 1_048_576;
    private const int MaxLines = 50_000;
    private const int MaxDepth = 16;

    private static string TooLarge(string name, long size, long limit) =>
        $"Tệp «{name}» lớn {Domain.Formatting.VietnameseNumbers.FormatNumber(Math.Round(size / 1_048_576m, 1))} MB, quá giới hạn "
        + $"{Domain.Formatting.VietnameseNumbers.FormatNumber(limit / 1_048_576)} MB của một báo cáo.";

    private static string TooMuchText(string name, long characters) =>
        $"Tệp «{name}» có {Domain.Formatting.VietnameseNumbers.FormatNumber(characters)} ký tự, quá giới hạn "
        + $"{Domain.Formatting.VietnameseNumbers.FormatNumber(MaxTextBytes)} ký tự của một báo cáo.";

    private static string TooManyLines(string name) =>
        $"Tệp «{name}» có hơn {Domain.Formatting.VietnameseNumbers.FormatNumber(MaxLines)} dòng: quá dài cho một báo cáo.";

    public static IReadOnlyList<DocumentLine> ReadText(byte[] bytes, string name)
    {
        if (bytes.Length > MaxTextBytes) throw new UnreadableFileException(TooLarge(name, bytes.Length, MaxTextBytes));
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new UnreadableFileException($"Tệp «{name}» không phải văn bản UTF-8 hay tệp DOCX.");
        }
        if (text.Contains('\0')) throw new UnreadableFileException($"Tệp «{name}» không phải văn bản UTF-8 hay tệp DOCX.");
        var lines = text.TrimStart('\uFEFF').Split('\n');
        if (lines.Length > MaxLines) throw new UnreadableFileException(TooManyLines(name));
        return LineReflow.Reflow(Numbered(lines.Select(l => l.TrimEnd('\r'))));
    }

    public static IReadOnlyList<DocumentLine> ReadDocx(byte[] bytes, string name)
    {
        try
        {
            using var stream = new MemoryStream(bytes);
            ZipLimits.Check(stream, name, MaxExpandedBytes);
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new UnreadableFileException($"Tệp «{name}» không có nội dung văn bản.");
            var lines = new List<string>();
            AddLines(body, lines, 0);
            if (lines.Count > MaxLines) throw new UnreadableFileException(TooManyLines(name));
            // The text of a DOCX is held to what a text file may hold: the checker's work grows with it.
            var text = lines.Sum(l => (long)l.Length);
            if (text > MaxTextBytes) throw new UnreadableFileException(TooMuchText(name, text));
            return Numbered(lines);
        }
        // A package naming a part it lacks (word/document.xml gone) is refused by the SDK as an invalid operation.
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException or InvalidOperationException or IOException)
        {
            throw new UnreadableFileException($"Tệp «{name}» không phải tệp DOCX hợp lệ (tệp nén bị hỏng hoặc không có phần văn bản).");
        }
    }

    // Paragraphs and table rows in document order, also inside content controls and custom XML blocks. Each element is
    // read once, and nothing deeper than MaxDepth levels (a layout never nests that deep; a hostile file may).
    private static void AddLines(OpenXmlElement container, List<string> lines, int depth)
    {
        if (depth > MaxDepth || lines.Count > MaxLines) return;
        foreach (var element in container.Elements())
        {
            if (element is Paragraph paragraph) lines.Add(TextOf(paragraph));
            // A one-row table lays out a header or a signature block: its paragraphs are read one by one.
            else if (element is Table { } layout && layout.Elements<TableRow>().Count() == 1)
                foreach (var cell in layout.Elements<TableRow>().SelectMany(r => r.Elements<TableCell>())) AddLines(cell, lines, depth + 1);
            else if (element is Table table)
                foreach (var row in table.Elements<TableRow>())
                    lines.Add(string.Join('\t', row.Elements<TableCell>().Select(c => string.Join(' ', c.Descendants<Paragraph>().Select(TextOf)).Trim())));
            else if (element is not SectionProperties) AddLines(element, lines, depth + 1);
        }
    }

    // Decomposed (NFD) text would shift every quoted position: lines are kept composed.
    internal static List<DocumentLine> Numbered(IEnumerable<string> lines) =>
        lines.Select((l, i) => new DocumentLine(i + 1, UnicodeText.Normalize(l, NormalizationForm.FormC))).ToList();

    private static string TextOf(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch { Text t => t.Text, TabChar => "\t", Break => "\n", _ => "" }));

    private static bool IsZip(byte[] bytes) => bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
}
