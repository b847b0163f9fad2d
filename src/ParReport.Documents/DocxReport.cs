using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using ParReport.Domain.Dossiers;
using ParReport.Domain.Entry;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using ParReport.Domain.Writing;

namespace ParReport.Documents;

/// <summary>
/// Writes a report as DOCX in the layout of Decree 30/2020/NĐ-CP: A4, margins 20/20/30/20 mm, Times New Roman 14 pt,
/// the two-column header, "BÁO CÁO" and the title, the outline's sections with their narrative and statistical
/// sentences, "Nơi nhận" and the signature block, page numbers at the top from page 2, then the appendix table.
/// A draft (<see cref="DraftMark"/>) also carries "DỰ THẢO" at the top of every page and a notice under the title.
/// </summary>
public static partial class DocxReport
{
    // Twentieths of a point: A4 is 210 × 297 mm; 1 mm ≈ 56,7.
    public const int PageWidth = 11906, PageHeight = 16838;
    public const int MarginTop = 1134, MarginBottom = 1134, MarginLeft = 1701, MarginRight = 1134;
    private const int TextWidth = PageWidth - MarginLeft - MarginRight;
    private const string Font = "Times New Roman";
    private const int HeaderLeft = 3300;

    /// <summary>A chart placed at the end of an outline item's text.</summary>
    public sealed record Figure(string OutlineCode, byte[] Png, int WidthPixels, int HeightPixels);

    /// <param name="dossiers">The dossier results by field, printed as a table under the item on administrative procedures.</param>
    /// <param name="draft">Marks the document as a draft not yet signed off; null for the report as issued.</param>
    public static byte[] Write(ReportTemplate template, Report report, Letterhead letterhead, IReadOnlyList<Figure>? figures = null, DossierStatistics? dossiers = null,
        DraftMark? draft = null)
    {
        using var stream = new MemoryStream();
        Write(template, report, letterhead, stream, figures ?? [], dossiers, draft);
        return stream.ToArray();
    }

    /// <param name="dossiers">The dossier results by field, printed as a table under the item on administrative procedures.</param>
    /// <param name="draft">Marks the document as a draft not yet signed off; null for the report as issued.</param>
    public static void Write(ReportTemplate template, Report report, Letterhead letterhead, Stream output, IReadOnlyList<Figure> figures, DossierStatistics? dossiers = null,
        DraftMark? draft = null)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        AddStyles(main);
        var body = new Body();
        main.Document = new Document(body);

        body.Append(HeaderTable(letterhead));
        body.Append(Centered("BÁO CÁO", bold: true, spaceBefore: 240));
        body.Append(Centered(letterhead.Title, bold: true, spaceAfter: 0));
        body.Append(Rule(3400));
        if (draft is not null) AppendDraftNotice(body, draft);
        if (letterhead.Addressee is not null) body.Append(Centered($"Kính gửi: {letterhead.Addressee}", spaceBefore: 120, spaceAfter: 240));
        body.Append(BodyParagraph(letterhead.Opening));

        var sentences = StatisticalText.For(template, report).ToLookup(s => s.OutlineCode, s => s.Text);
        var pictures = figures.ToLookup(f => f.OutlineCode, f => Picture(main, f));
        var tables = (dossiers is null || DossierOutline(template) is not { } outline ? [] : DossierTable(dossiers).Select(e => (outline, e)))
            .ToLookup(t => t.outline, t => t.e);
        foreach (var item in template.Outline) AppendOutline(body, item, report, sentences, pictures, tables);
        body.Append(BodyParagraph(letterhead.Closing, keepNext: true));
        body.Append(SignatureTable(letterhead));

        // The appendix is a section of its own: a new page, numbered from 1 again.
        var (numbered, first) = Headers(main, draft);
        body.Append(new Paragraph(new ParagraphProperties(SectionProperties(numbered, first, restartNumbering: false))));
        AppendAppendix(body, template, report, letterhead);
        body.Append(SectionProperties(numbered, first, restartNumbering: true));
        main.Document.Save();
    }

    private static void AppendDraftNotice(Body body, DraftMark draft)
    {
        var unfinished = draft.UnfinishedLine;
        body.Append(Centered(DraftMark.Notice, bold: true, italic: true, spaceBefore: 120, spaceAfter: unfinished is null ? 120 : 0));
        if (unfinished is not null) body.Append(Centered(unfinished, italic: true));
    }

    private static void AppendOutline(Body body, OutlineItem item, Report report, ILookup<string, string> sentences, ILookup<string, Paragraph> pictures,
        ILookup<string, OpenXmlElement> tables)
    {
        body.Append(BodyParagraph(item.Heading, bold: true, firstLine: true, keepNext: true));
        if (report.Narratives.TryGetValue(item.Code, out var text))
            foreach (var paragraph in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                body.Append(BodyParagraph(paragraph));
        foreach (var sentence in sentences[item.Code]) body.Append(BodyParagraph(sentence));
        foreach (var element in tables[item.Code]) body.Append(element);
        foreach (var picture in pictures[item.Code]) body.Append(picture);
        // The item's assessment, when the official wrote one: "Mặt tích cực:", "Tồn tại, hạn chế, nguyên nhân:".
        foreach (var section in NarrativeSection.Of(item).Skip(1))
        {
            if (!report.Narratives.TryGetValue(section.Key, out var assessment)) continue;
            body.Append(BodyParagraph(section.Title + ":", italic: true, keepNext: true));
            foreach (var paragraph in assessment.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                body.Append(BodyParagraph(paragraph));
        }
        foreach (var child in item.Items) AppendOutline(body, child, report, sentences, pictures, tables);
    }

    private static void AppendAppendix(Body body, ReportTemplate template, Report report, Letterhead letterhead)
    {
        body.Append(Centered("Phụ lục", bold: true));
        body.Append(Centered($"THỐNG KÊ SỐ LIỆU KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH {report.Period.Label.ToUpperInvariant()}", bold: true));
        body.Append(Centered(letterhead.AppendixCaption, italic: true, spaceAfter: 240));

        int[] widths = [800, 4671, 1400, 1300, 900];
        var table = Bordered(widths);
        // The header row repeats on every page of the appendix.
        table.Append(Row(widths, ["STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú"], bold: true, header: true));
        foreach (var line in AppendixLine.For(template, report))
            table.Append(Row(widths, [line.Stt, line.Label, line.Unit, line.Value, ""], bold: line.IsBold, header: false));
        body.Append(table);
    }

    // A table as wide as the text with thin borders around every cell.
    private static Table Bordered(int[] widths) => new(new TableProperties(
            new TableWidth { Width = TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
        new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));

    // An inline PNG as wide as the text, centred (the DrawingML of a picture in a Word paragraph).
    private static Paragraph Picture(MainDocumentPart main, Figure figure)
    {
        var image = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(figure.Png)) image.FeedData(stream);
        var id = main.GetIdOfPart(image);
        const long emuPerTwip = 635;
        long cx = TextWidth * emuPerTwip, cy = cx * figure.HeightPixels / figure.WidthPixels;
        var number = (uint)main.ImageParts.Count();
        var drawing = new Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = number, Name = $"Biểu đồ {number}" },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0, Name = $"bieu-do-{number}.png" }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = id }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 });
        return new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(drawing));
    }

    private static TableRow Row(int[] widths, string[] cells, bool bold, bool header)
    {
        var row = new TableRow(new TableRowProperties(header ? new TableHeader() : new CantSplit()));
        for (var i = 0; i < cells.Length; i++)
        {
            var justification = header || i is 0 or 2 ? JustificationValues.Center : i == 3 ? JustificationValues.Right : JustificationValues.Left;
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(), Type = TableWidthUnitValues.Dxa }),
                new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40" }, new Justification { Val = justification }),
                    TextRun(cells[i], bold, italic: false, size: 24))));
        }
        return row;
    }

    /// <param name="subject">Writes the title under the number, as a letter (công văn) states its subject ("V/v …").</param>
    private static Table HeaderTable(Letterhead letterhead, bool subject = false)
    {
        var left = new TableCell(new TableCellProperties(new TableCellWidth { Width = HeaderLeft.ToString(), Type = TableWidthUnitValues.Dxa }));
        if (letterhead.SuperiorBody is not null) left.Append(Centered(letterhead.SuperiorBody.ToUpperInvariant(), size: 26, spaceAfter: 0));
        var issuing = letterhead.IssuingBody.Split('\n');
        for (var i = 0; i < issuing.Length; i++)
            left.Append(Centered(issuing[i], bold: true, size: 26, spaceAfter: 0));
        left.Append(Rule(1000));
        left.Append(Centered($"Số: {letterhead.Number}", size: 26, spaceBefore: 120));
        if (subject) left.Append(Centered(letterhead.Title, size: 24));

        var right = new TableCell(new TableCellProperties(new TableCellWidth { Width = (TextWidth - HeaderLeft).ToString(), Type = TableWidthUnitValues.Dxa }),
            Centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true, size: 24, spaceAfter: 0),
            Centered("Độc lập - Tự do - Hạnh phúc", bold: true, size: 26, spaceAfter: 0),
            Rule(1290),
            Centered($"{letterhead.Place}, {letterhead.LongDate}", italic: true, spaceBefore: 120));
        return Borderless(new TableGrid(new GridColumn { Width = HeaderLeft.ToString() }, new GridColumn { Width = (TextWidth - HeaderLeft).ToString() }), new TableRow(left, right));
    }

    private static Table SignatureTable(Letterhead letterhead)
    {
        var left = new TableCell(new TableCellProperties(new TableCellWidth { Width = "4300", Type = TableWidthUnitValues.Dxa }),
            new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "240", After = "0" }), TextRun("Nơi nhận:", bold: true, italic: true, size: 24)));
        foreach (var recipient in letterhead.Recipients)
            left.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), TextRun($"- {recipient}", bold: false, italic: false, size: 22)));

        var right = new TableCell(new TableCellProperties(new TableCellWidth { Width = (TextWidth - 4300).ToString(), Type = TableWidthUnitValues.Dxa }));
        var first = true;
        foreach (var line in letterhead.SignatureBlock)
        {
            right.Append(Centered(line, bold: true, spaceBefore: first ? 240 : 0, spaceAfter: 0));
            first = false;
        }
        // Room for the signature and the seal.
        right.Append(Centered("", spaceBefore: 1400, spaceAfter: 0));
        right.Append(Centered(letterhead.SignerName, bold: true));
        return Borderless(new TableGrid(new GridColumn { Width = "4300" }, new GridColumn { Width = (TextWidth - 4300).ToString() }),
            new TableRow(new TableRowProperties(new CantSplit()), left, right));
    }

    private static Table Borderless(TableGrid grid, TableRow row) => new(
        new TableProperties(
            new TableWidth { Width = TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
                new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None })),
        grid, row);

    // A short centred rule under the line above: an empty, very low paragraph whose bottom border is narrowed by equal indents.
    private static Paragraph Rule(int indent) =>
        new(new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1 }),
            new SpacingBetweenLines { Before = "0", After = "60", Line = "40", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = indent.ToString(), Right = indent.ToString() }));

    private static Paragraph Centered(string text, bool bold = false, bool italic = false, int size = 28, int spaceBefore = 0, int spaceAfter = 120) =>
        new(new ParagraphProperties(
                new SpacingBetweenLines { Before = spaceBefore.ToString(), After = spaceAfter.ToString() },
                new Justification { Val = JustificationValues.Center }),
            TextRun(text, bold, italic, size));

    /// <summary>Body text: justified, first line indented 1,27 cm, 6 pt after.</summary>
    private static Paragraph BodyParagraph(string text, bool bold = false, bool firstLine = true, bool keepNext = false, bool italic = false) =>
        new(new ParagraphProperties(new OpenXmlElement?[]
            {
                keepNext ? new KeepNext() : null,
                new SpacingBetweenLines { Before = "0", After = "120", Line = "312", LineRule = LineSpacingRuleValues.Auto },
                new Indentation { FirstLine = firstLine ? "720" : "0" },
                new Justification { Val = JustificationValues.Both },
            }.OfType<OpenXmlElement>()),
            TextRun(text, bold, italic, size: 28));

    private static Run TextRun(string text, bool bold, bool italic, int size)
    {
        var properties = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font });
        if (bold) properties.Append(new Bold());
        if (italic) properties.Append(new Italic());
        properties.Append(new FontSize { Val = size.ToString() });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }, new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))));
    }

    // Page numbers centred in the top margin from the second page on; the first page's header is empty. A draft's mark goes
    // into both headers, because the first page of each section shows the first-page header, not the numbered one.
    private static (string Numbered, string First) Headers(MainDocumentPart main, DraftMark? draft)
    {
        var numbered = main.AddNewPart<HeaderPart>();
        numbered.Header = new Header(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new SimpleField(TextRun("1", bold: false, italic: false, size: 26)) { Instruction = " PAGE " }));
        if (draft is not null) numbered.Header.PrependChild(DraftWord());
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(draft is null ? new Paragraph() : DraftWord());
        return (main.GetIdOfPart(numbered), main.GetIdOfPart(first));
    }

    private static Paragraph DraftWord() => Centered(DraftMark.Word, bold: true, size: 26, spaceAfter: 0);

    private static SectionProperties SectionProperties(string numbered, string first, bool restartNumbering) => new(new OpenXmlElement?[]
    {
        new HeaderReference { Type = HeaderFooterValues.Default, Id = numbered },
        new HeaderReference { Type = HeaderFooterValues.First, Id = first },
        new SectionType { Val = SectionMarkValues.NextPage },
        new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Portrait },
        new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 567, Footer = 567, Gutter = 0 },
        restartNumbering ? new PageNumberType { Start = 1 } : null,
        new TitlePage(),
    }.OfType<OpenXmlElement>());
}
