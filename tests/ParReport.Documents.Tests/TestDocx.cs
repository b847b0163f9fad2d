using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ParReport.Documents.Tests;

/// <summary>Builds a DOCX from text lines: paragraphs, and tables for runs of tab-separated lines.</summary>
internal static class TestDocx
{
    public static byte[] From(IEnumerable<string> lines)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            Table? table = null;
            foreach (var line in lines)
            {
                if (!line.Contains('\t')) { table = null; body.Append(new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve }))); continue; }
                if (table is null) body.Append(table = new Table());
                table.Append(new TableRow(line.Split('\t').Select(cell => new TableCell(new Paragraph(new Run(new Text(cell)))))));
            }
            document.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();
    }
}
