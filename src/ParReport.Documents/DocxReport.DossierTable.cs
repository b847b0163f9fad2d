using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ParReport.Domain.Dossiers;
using ParReport.Domain.Formatting;
using ParReport.Domain.Templates;

namespace ParReport.Documents;

public static partial class DocxReport
{
    /// <summary>The outline item on administrative procedures: where the form holding the resolved dossiers belongs.</summary>
    public static string? DossierOutline(ReportTemplate template)
    {
        var form = template.FindByConcept("dossiers-resolved")?.FormCode;
        return form is null ? null : template.FindForm(form)?.OutlineCode;
    }

    // STT, Lĩnh vực, then the eleven counts (3)–(13): the width of the text in all.
    private static readonly int[] DossierWidths = [520, 1880, .. Enumerable.Repeat(606, 11)];

    /// <summary>The caption and the table of dossier results by field with its total row, columns numbered (1)–(13).</summary>
    private static IEnumerable<OpenXmlElement> DossierTable(DossierStatistics statistics)
    {
        yield return BodyParagraph($"Kết quả giải quyết hồ sơ TTHC theo lĩnh vực (từ {statistics.Window.From:dd/MM/yyyy} đến {statistics.Window.To:dd/MM/yyyy}):",
            keepNext: true);
        var table = new Table(new TableProperties(
                new TableWidth { Width = TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = 30, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = 30, Type = TableWidthValues.Dxa })),
            new TableGrid(DossierWidths.Select(w => new GridColumn { Width = w.ToString() })));

        var groups = new TableRow(new TableRowProperties(new TableHeader()),
            SmallCell(DossierWidths[0], "STT", bold: true, merge: MergedCellValues.Restart, size: 20),
            SmallCell(DossierWidths[1], "Lĩnh vực", bold: true, merge: MergedCellValues.Restart, size: 20));
        var column = 2;
        foreach (var (title, span) in DossierTableRow.Groups)
        {
            groups.Append(SmallCell(DossierWidths.Skip(column).Take(span).Sum(), title, bold: true, span: span, size: 20));
            column += span;
        }
        table.Append(groups);
        table.Append(new TableRow(new[] { new TableRowProperties(new TableHeader()) }
            .Concat<OpenXmlElement>([SmallCell(DossierWidths[0], "", bold: true, merge: MergedCellValues.Continue), SmallCell(DossierWidths[1], "", bold: true, merge: MergedCellValues.Continue)])
            .Concat(DossierTableRow.Headings.Select((h, i) => SmallCell(DossierWidths[i + 2], h, bold: true, size: 20)))));
        table.Append(new TableRow(new[] { new TableRowProperties(new TableHeader()) }
            .Concat<OpenXmlElement>(DossierWidths.Select((w, i) => SmallCell(w, $"({i + 1})", bold: false, size: 20)))));

        foreach (var (row, i) in statistics.Rows.Select((row, i) => (row, i))) table.Append(DossierRow((i + 1).ToString(), row, bold: false));
        table.Append(DossierRow("", statistics.Total, bold: true));
        yield return table;
        // Word needs a paragraph between a table and what follows.
        yield return new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "120" }));
        foreach (var note in statistics.Notes) yield return BodyParagraph(note, italic: true);
    }

    private static TableRow DossierRow(string number, DossierTableRow row, bool bold) =>
        new(new[] { new TableRowProperties(new CantSplit()) }
            .Concat<OpenXmlElement>([SmallCell(DossierWidths[0], number, bold), SmallCell(DossierWidths[1], row.Field, bold, left: true)])
            .Concat(row.Cells.Select((c, i) => SmallCell(DossierWidths[i + 2], DossierTableRow.Show(c), bold, size: c is null ? 16 : 22))));

    // Table text in 11 pt, its headings in 10 pt: thirteen columns must fit the width of the text.
    private static TableCell SmallCell(int width, string text, bool bold, MergedCellValues? merge = null, int span = 1, bool left = false, int size = 22)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa });
        if (span > 1) properties.Append(new GridSpan { Val = span });
        if (merge is { } m) properties.Append(new VerticalMerge { Val = m });
        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        return new TableCell(properties, new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { Before = "20", After = "20" }, new Justification { Val = left ? JustificationValues.Left : JustificationValues.Center }),
            TextRun(text, bold, italic: false, size)));
    }
}
