using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ParReport.Cli.Tests.Corpus;

/// <summary>A text report as its author would have typed it in Word: a paragraph per line, a table for each run of tabbed lines.</summary>
internal static class TextDocx
{
    public static byte[] Write(IReadOnlyList<string> lines)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            var index = 0;
            while (index < lines.Count)
            {
                if (!lines[index].Contains('\t'))
                {
                    body.Append(new Paragraph(new Run(new Text(lines[index++]) { Space = SpaceProcessingModeValues.Preserve })));
                    continue;
                }
                var rows = new List<string[]>();
                for (; index < lines.Count && lines[index].Contains('\t'); index++) rows.Add(lines[index].Split('\t'));
                body.Append(Table(rows));
            }
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 1134 }));
            document.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();
    }

    // Widths as a form's author sets them: a narrow number, a wide label, narrower columns of figures.
    private static Table Table(List<string[]> rows)
    {
        var columns = rows.Max(r => r.Length);
        int[] widths = columns == 5 ? [1000, 4200, 1500, 1500, 871]
            : columns > 5 ? [500, 2000, .. Enumerable.Repeat(6571 / (columns - 2), columns - 2)] : Enumerable.Repeat(9071 / columns, columns).ToArray();
        var borders = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(borders, new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        foreach (var cells in rows)
        {
            var row = new TableRow();
            for (var c = 0; c < columns; c++)
                row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Width = widths[c].ToString(), Type = TableWidthUnitValues.Dxa }),
                    new Paragraph(new Run(new Text(c < cells.Length ? cells[c] : "") { Space = SpaceProcessingModeValues.Preserve }))));
            table.Append(row);
        }
        return table;
    }
}
