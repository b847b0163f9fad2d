using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ParReport.Documents;

public static partial class DocxReport
{
    private static readonly int[] LetterColumns = [750, 2000, 1700, 3021, 1600];

    /// <summary>
    /// Writes the assignment letter (công văn) with the report's page, header and signature block: the number with the
    /// subject under it, "Kính gửi:" the officials, the request it answers, the table of who reports what by when, the
    /// cut-off window, the deadline with its hour, the closing, "Nơi nhận" and the signature.
    /// </summary>
    public static byte[] Write(AssignmentLetter letter)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            main.Document = new Document(body);

            body.Append(HeaderTable(letter.Letterhead, subject: true));
            body.Append(AddresseeTable(letter.Addressees));
            body.Append(BodyParagraph(letter.Letterhead.Opening));
            body.Append(BodyParagraph(AssignmentLetter.ContentHeading, bold: true, keepNext: true));
            body.Append(BodyParagraph(AssignmentLetter.ContentIntro, keepNext: true));
            body.Append(AssignmentTable(letter.Rows));
            // 6 pt between the table and the text under it.
            body.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0", Line = "120", LineRule = LineSpacingRuleValues.Exact })));
            if (letter.Remaining is not null) body.Append(BodyParagraph(letter.Remaining));
            body.Append(BodyParagraph(AssignmentLetter.WindowHeading, bold: true, keepNext: true));
            body.Append(BodyParagraph(letter.Window));
            body.Append(BodyParagraph(AssignmentLetter.DeadlineHeading, bold: true, keepNext: true));
            body.Append(BodyParagraph(letter.Deadline));
            body.Append(BodyParagraph(letter.Letterhead.Closing, keepNext: true));
            body.Append(SignatureTable(letter.Letterhead));

            var (numbered, first) = Headers(main, draft: null);
            body.Append(SectionProperties(numbered, first, restartNumbering: false));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    // "Kính gửi:" on the left, the officials one under the other on its right.
    private static Table AddresseeTable(IReadOnlyList<string> addressees)
    {
        const int label = 2300;
        var right = new TableCell(new TableCellProperties(new TableCellWidth { Width = (TextWidth - label).ToString(), Type = TableWidthUnitValues.Dxa }));
        foreach (var addressee in addressees)
            right.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }), TextRun(addressee, bold: false, italic: false, size: 28)));
        var left = new TableCell(new TableCellProperties(new TableCellWidth { Width = label.ToString(), Type = TableWidthUnitValues.Dxa }),
            new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }, new Justification { Val = JustificationValues.Right }),
                TextRun("Kính gửi:", bold: false, italic: false, size: 28)));
        var table = Borderless(new TableGrid(new GridColumn { Width = label.ToString() }, new GridColumn { Width = (TextWidth - label).ToString() }), new TableRow(left, right));
        // Room above and below, as the report leaves around its own "Kính gửi".
        table.GetFirstChild<TableProperties>()!.Append(new TableCellMarginDefault(
            new TopMargin { Width = "240", Type = TableWidthUnitValues.Dxa }, new BottomMargin { Width = "240", Type = TableWidthUnitValues.Dxa }));
        return table;
    }

    private static Table AssignmentTable(IReadOnlyList<AssignmentLetter.Row> rows)
    {
        var table = Bordered(LetterColumns);
        table.Append(LetterRow(AssignmentLetter.Columns.Select(c => (IReadOnlyList<string>)[c]).ToArray(), header: true));
        for (var i = 0; i < rows.Count; i++)
            table.Append(LetterRow([[(i + 1).ToString()], [rows[i].Name], [rows[i].Field], rows[i].Parts, [rows[i].Deadline]], header: false));
        return table;
    }

    // A cell may hold several lines (one part each); the number and the deadline are centred. An official's row may
    // run over a page, so that a long one does not leave the first page empty.
    private static TableRow LetterRow(IReadOnlyList<string>[] cells, bool header)
    {
        var row = header ? new TableRow(new TableRowProperties(new TableHeader())) : new TableRow();
        for (var i = 0; i < cells.Length; i++)
        {
            var justification = header || i is 0 or 4 ? JustificationValues.Center : JustificationValues.Left;
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = LetterColumns[i].ToString(), Type = TableWidthUnitValues.Dxa }));
            foreach (var line in cells[i])
                cell.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40" }, new Justification { Val = justification }),
                    TextRun(line, header, italic: false, size: 24)));
            row.Append(cell);
        }
        return row;
    }
}
