using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ParReport.Domain.Checking;
using ParReport.Domain.Templates;
using ParReport.Domain.Writing;

namespace ParReport.Documents.Tests;

public class DocxReportTest
{
    private static readonly SampleReport Sample = SampleReport.Create(new TemplateRef("xa", 1));

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);


    private static List<Paragraph> BodyParagraphs(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();

    [Fact]
    public void The_page_is_A4_with_the_decree_margins_and_Times_New_Roman_14()
    {
        using var document = Open(DocxReport.Write(Sample.Template, Sample.Report, Sample.Letterhead));
        var section = document.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        // 20 mm top and bottom, 30 mm left, 20 mm right (1 mm = 56,7 twips).
        Assert.InRange(margin.Top!.Value / 56.7, 20, 25);
        Assert.InRange(margin.Bottom!.Value / 56.7, 20, 25);
        Assert.InRange(margin.Left!.Value / 56.7, 30, 35);
        Assert.InRange(margin.Right!.Value / 56.7, 15, 20);
        var defaults = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("28", defaults.FontSize!.Val!.Value);
        Assert.All(document.MainDocumentPart.Document.Body!.Descendants<RunFonts>(), f => Assert.Equal("Times New Roman", f.Ascii!.Value));
        // 14 pt text, 11–12 pt tables and recipients, 10 pt for the headings of the dossier table.
        Assert.All(document.MainDocumentPart.Document.Body!.Descendants<FontSize>(), f => Assert.InRange(int.Parse(f.Val!.Value!), 20, 28));
    }

    [Fact]
    public void The_header_is_a_borderless_two_column_table_with_body_number_motto_place_and_date()
    {
        using var document = Open(DocxReport.Write(Sample.Template, Sample.Report, Sample.Letterhead));
        var header = document.MainDocumentPart!.Document!.Body!.GetFirstChild<Table>()!;
        Assert.All(header.GetFirstChild<TableProperties>()!.GetFirstChild<TableBorders>()!.ChildElements,
            b => Assert.Equal(BorderValues.None, ((BorderType)b).Val!.Value));
        var cells = header.Descendants<TableCell>().ToList();
        Assert.Equal(2, cells.Count);
        Assert.Equal(["ỦY BAN NHÂN DÂN", "XÃ AN BÌNH", "", "Số: 36/BC-UBND"], cells[0].Elements<Paragraph>().Select(p => p.InnerText));
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "An Bình, ngày 15 tháng 6 năm 2024"],
            cells[1].Elements<Paragraph>().Select(p => p.InnerText));
        Assert.NotNull(cells[0].Elements<Paragraph>().ElementAt(1).Descendants<Bold>().FirstOrDefault());
        // The short rules under the issuing body and the motto.
        Assert.NotNull(cells[0].Elements<Paragraph>().ElementAt(2).ParagraphProperties!.ParagraphBorders!.BottomBorder);
        Assert.NotNull(cells[1].Elements<Paragraph>().ElementAt(2).ParagraphProperties!.ParagraphBorders!.BottomBorder);
        Assert.NotNull(cells[1].Elements<Paragraph>().ElementAt(3).Descendants<Italic>().FirstOrDefault());
    }

    [Fact]
    public void The_title_addressee_opening_and_sections_follow_in_outline_order()
    {
        using var document = Open(DocxReport.Write(Sample.Template, Sample.Report, Sample.Letterhead));
        var texts = BodyParagraphs(document).Select(p => p.InnerText).ToList();
        Assert.Equal("BÁO CÁO", texts[0]);
        Assert.Equal("Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024", texts[1]);
        Assert.NotNull(BodyParagraphs(document)[2].ParagraphProperties!.ParagraphBorders!.BottomBorder); // the short rule under the title
        Assert.Equal("Kính gửi: Ủy ban nhân dân huyện An Phú", texts[3]);
        Assert.Equal("Thực hiện yêu cầu báo cáo công tác cải cách hành chính 6 tháng đầu năm 2024 của UBND huyện An Phú "
            + "(thời gian chốt số liệu từ ngày 15 tháng 12 năm 2023 đến ngày 14 tháng 6 năm 2024), UBND xã An Bình báo cáo kết quả thực hiện như sau:", texts[4]);
        string[] headings = ["I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", "1. Cải cách thể chế",
            "2. Cải cách thủ tục hành chính (TTHC)", "3. Cải cách tổ chức bộ máy", "4. Cải cách chế độ công vụ", "5. Cải cách tài chính công",
            "6. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "III. ĐÁNH GIÁ CHUNG", "1. Mặt tích cực", "2. Những tồn tại, hạn chế, nguyên nhân",
            "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM", "V. KIẾN NGHỊ, ĐỀ XUẤT"];
        var positions = headings.Select(h => texts.IndexOf(h)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Equal("UBND xã đã ban hành Kế hoạch cải cách hành chính năm 2024.", texts[positions[0] + 1]);
        Assert.Equal("Các nhiệm vụ được phân công cho từng công chức.", texts[positions[0] + 2]);
    }

    [Fact]
    public void The_opening_cites_the_requests_letter_and_there_is_no_addressee_where_the_template_has_none()
    {
        var district = new Domain.Organisation.OrgUnit("an-phu", "Huyện An Phú", Domain.Organisation.UnitLevel.District, null);
        var commune = new Domain.Organisation.OrgUnit("an-binh", "Xã An Bình", Domain.Organisation.UnitLevel.Commune, "an-phu");
        var request = Domain.Periods.ReportingRequest.Create("an-phu", new Domain.Periods.ReportingPeriod(2024, Domain.Periods.PeriodKind.QuarterOne), Sample.Template.Ref,
            document: new Domain.Periods.RequestDocument("125/UBND-NV", new DateOnly(2024, 2, 23)));
        var letterhead = Letterhead.For(commune, district, request, addressed: false, "12/BC-UBND", new DateOnly(2024, 3, 14), "");
        Assert.Null(letterhead.Addressee);
        using var document = Open(DocxReport.Write(Sample.Template, Sample.Report, letterhead));
        var texts = BodyParagraphs(document).Select(p => p.InnerText).ToList();
        Assert.DoesNotContain(texts, t => t.StartsWith("Kính gửi"));
        Assert.Equal("Thực hiện văn bản số 125/UBND-NV ngày 23 tháng 02 năm 2024 của UBND huyện An Phú về việc báo cáo công tác cải cách hành chính quý I năm 2024 "
            + "(thời gian chốt số liệu từ ngày 15 tháng 12 năm 2023 đến ngày 14 tháng 3 năm 2024), UBND xã An Bình báo cáo kết quả thực hiện như sau:", texts[3]);
    }

    [Fact]
    public void An_items_assessment_follows_its_results_under_italic_headings()
    {
        var report = Sample.Report.WithNarrative("II.1", "Rà soát 12 văn bản.").WithNarrative("II.1#ton-tai", "Thiếu công chức tư pháp.\nKinh phí hạn chế.");
        using var document = Open(DocxReport.Write(Sample.Template, report, Sample.Letterhead));
        var paragraphs = BodyParagraphs(document);
        var heading = paragraphs.FindIndex(p => p.InnerText == "Tồn tại, hạn chế, nguyên nhân:");
        Assert.Equal("Rà soát 12 văn bản.", paragraphs[heading - 1].InnerText);
        Assert.NotNull(paragraphs[heading].Descendants<Italic>().FirstOrDefault());
        Assert.Equal(["Thiếu công chức tư pháp.", "Kinh phí hạn chế."], paragraphs.Skip(heading + 1).Take(2).Select(p => p.InnerText));
        Assert.DoesNotContain(paragraphs, p => p.InnerText == "Mặt tích cực:");
    }

    [Fact]
    public void Body_text_is_justified_with_a_first_line_indent_and_space_after()
    {
        using var document = Open(DocxReport.Write(Sample.Template, Sample.Report, Sample.Letterhead));
        var opening = BodyParagraphs(document).Single(p => p.InnerText.StartsWith("Thực hiện yêu cầu", StringComparison.Ordinal));
        var properties = opening.ParagraphProperties!;
        Assert.Equal(JustificationValues.Both, properties.Justification!.Val!.Value);
        Assert.InRange(int.Parse(properties.Indentation!.FirstLine!.Value!) / 567.0, 1, 1.27);
        Assert.True(int.Parse(properties.SpacingBetweenLines!.After!.Value!) >= 120);
    }

    [Fact]
    public void The_statistical_sentences_are_in_their_sections()
    {
        using var document = Open(DocxReport.Write(Sample.Template, Sample.Report, Sample.Letterhead));
        var texts = BodyParagraphs(document).Select(p => p.InnerText).ToList();
        foreach (var sentence in StatisticalText.For(Sample.Template, Sample.Report))
        {
            var heading = sentence.OutlineCode switch { "I" => "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "II.2" => "2. Cải cách thủ tục hành chính (TTHC)", _ => "3. Cải cách tổ chức bộ máy" };
            var at = texts.IndexOf(sentence.Text);
            Assert.True(at > texts.IndexOf(heading), sentence.Text);
        }
        Assert.Equal(3, StatisticalText.For(Sample.Template, Sample.Report).Count);
    }

    [Fact]
    public void Recipients_sit_bottom_left_in_bold_italic_and_the_signature_block_bottom_right()
    {
        using var document = Open(DocxReport.Write(Sample.Template, Sample.Report, Sample.Letterhead));
        var signature = document.MainDocumentPart!.Document!.Body!.Elements<Table>().ElementAt(1);
        var cells = signature.Descendants<TableCell>().ToList();
        var recipients = cells[0].Elements<Paragraph>().ToList();
        Assert.Equal("Nơi nhận:", recipients[0].InnerText);
        Assert.NotNull(recipients[0].Descendants<Bold>().FirstOrDefault());
        Assert.NotNull(recipients[0].Descendants<Italic>().FirstOrDefault());
        Assert.Equal(["- UBND huyện An Phú;", "- Lưu: VT."], recipients.Skip(1).Select(p => p.InnerText));
        Assert.All(recipients.Skip(1).SelectMany(p => p.Descendants<FontSize>()), s => Assert.Equal("22", s.Val!.Value));
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Văn An"], cells[1].Elements<Paragraph>().Select(p => p.InnerText));
    }

    [Fact]
    public void Page_numbers_are_centred_in_the_header_except_on_the_first_page()
    {
        using var document = Open(DocxReport.Write(Sample.Template, Sample.Report, Sample.Letterhead));
        var section = document.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!;
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var references = section.Elements<HeaderReference>().ToDictionary(r => r.Type!.Value, r => (HeaderPart)document.MainDocumentPart.GetPartById(r.Id!));
        Assert.Equal(" PAGE ", references[HeaderFooterValues.Default].Header!.Descendants<SimpleField>().Single().Instruction!.Value);
        Assert.Equal(JustificationValues.Center, references[HeaderFooterValues.Default].Header!.Descendants<Justification>().Single().Val!.Value);
        Assert.Empty(references[HeaderFooterValues.First].Header!.InnerText);
    }

    private static readonly DraftMark Draft = new(["Biểu III. Cải cách TTHC", "Mục II.4. Cải cách chế độ công vụ"]);

    // Each section's headers by type: the default one (numbered) and the first page's.
    private static List<Dictionary<HeaderFooterValues, Header>> SectionHeaders(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart!;
        return main.Document!.Body!.Descendants<SectionProperties>()
            .Select(s => s.Elements<HeaderReference>().ToDictionary(r => r.Type!.Value, r => ((HeaderPart)main.GetPartById(r.Id!)).Header!))
            .ToList();
    }

    [Fact]
    public void A_draft_shows_DU_THAO_bold_and_centred_at_the_top_of_every_page_of_every_section()
    {
        using var document = Open(DocxReport.Write(Sample.Template, Sample.Report, Sample.Letterhead, draft: Draft));
        var sections = SectionHeaders(document);
        Assert.Equal(2, sections.Count);
        foreach (var headers in sections)
        {
            Assert.Equal(2, headers.Count);
            Assert.True(headers.ContainsKey(HeaderFooterValues.Default) && headers.ContainsKey(HeaderFooterValues.First));
            foreach (var header in headers.Values)
            {
                var mark = header.Elements<Paragraph>().First();
                Assert.Equal("DỰ THẢO", mark.InnerText);
                Assert.NotNull(mark.Descendants<Bold>().FirstOrDefault());
                Assert.Equal(JustificationValues.Center, mark.ParagraphProperties!.Justification!.Val!.Value);
            }
            // The page number is still there, from the second page on.
            Assert.Equal(" PAGE ", headers[HeaderFooterValues.Default].Descendants<SimpleField>().Single().Instruction!.Value);
            Assert.Empty(headers[HeaderFooterValues.First].Descendants<SimpleField>());
        }
    }

    [Fact]
    public void A_draft_says_under_the_title_that_it_is_not_signed_off_and_which_parts_are_unfinished()
    {
        using var document = Open(DocxReport.Write(Sample.Template, Sample.Report, Sample.Letterhead, draft: Draft));
        var paragraphs = BodyParagraphs(document);
        Assert.NotNull(paragraphs[2].ParagraphProperties!.ParagraphBorders!.BottomBorder); // the short rule under the title
        Assert.Equal("DỰ THẢO — chưa được lãnh đạo ký duyệt", paragraphs[3].InnerText);
        Assert.Equal("Các phần chưa hoàn thành: Biểu III. Cải cách TTHC; Mục II.4. Cải cách chế độ công vụ.", paragraphs[4].InnerText);
        Assert.All(paragraphs.Skip(3).Take(2), p => Assert.NotNull(p.Descendants<Italic>().FirstOrDefault()));
        Assert.Equal("Kính gửi: Ủy ban nhân dân huyện An Phú", paragraphs[5].InnerText);
    }

    [Fact]
    public void A_draft_with_every_part_finished_lists_none()
    {
        using var document = Open(DocxReport.Write(Sample.Template, Sample.Report, Sample.Letterhead, draft: new DraftMark([])));
        var texts = BodyParagraphs(document).Select(p => p.InnerText).ToList();
        Assert.Equal("DỰ THẢO — chưa được lãnh đạo ký duyệt", texts[3]);
        Assert.Equal("Kính gửi: Ủy ban nhân dân huyện An Phú", texts[4]);
        Assert.DoesNotContain(texts, t => t.StartsWith("Các phần chưa hoàn thành", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_that_is_not_a_draft_has_no_mark_anywhere()
    {
        using var document = Open(DocxReport.Write(Sample.Template, Sample.Report, Sample.Letterhead, draft: null));
        var main = document.MainDocumentPart!;
        Assert.DoesNotContain("DỰ THẢO", main.Document!.InnerText);
        Assert.All(main.HeaderParts, h => Assert.DoesNotContain("DỰ THẢO", h.Header!.InnerText));
        Assert.All(SectionHeaders(document), headers => Assert.Empty(headers[HeaderFooterValues.First].InnerText));
    }

    [Theory]
    [InlineData("xa", 1)]
    [InlineData("xa", 2)]
    [InlineData("huyen", 1)]
    public void A_draft_DOCX_is_valid_Open_XML(string id, int version)
    {
        var sample = SampleReport.Create(new TemplateRef(id, version));
        var history = RateChart.History([(sample.Template, sample.Report)]);
        var figures = RateChart.Figure(sample.Template, history) is { } f ? new[] { f } : [];
        using var docx = Open(DocxReport.Write(sample.Template, sample.Report, sample.Letterhead, figures, draft: Draft));
        Assert.Empty(new OpenXmlValidator().Validate(docx).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void Every_appendix_value_is_the_stored_value_in_Vietnamese_format_with_a_repeated_header_row()
    {
        using var document = Open(DocxReport.Write(Sample.Template, Sample.Report, Sample.Letterhead));
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.Contains(body.Elements<Paragraph>(), p => p.InnerText == "(Kèm theo Báo cáo số 36/BC-UBND ngày 15 tháng 6 năm 2024 của UBND xã An Bình)");
        var appendix = body.Elements<Table>().Last();
        var rows = appendix.Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(["STT", "Chỉ tiêu thống kê", "Đơn vị tính", "Số liệu", "Ghi chú"], rows[0].Elements<TableCell>().Select(c => c.InnerText));
        var expected = AppendixLine.For(Sample.Template, Sample.Report).ToList();
        Assert.Equal(expected.Count, rows.Count - 1);
        for (var i = 0; i < expected.Count; i++)
        {
            var cells = rows[i + 1].Elements<TableCell>().Select(c => c.InnerText).ToList();
            Assert.Equal([expected[i].Stt, expected[i].Label, expected[i].Unit, expected[i].Value], cells.Take(4));
            Assert.Equal(expected[i].IsBold, rows[i + 1].Descendants<Bold>().Any());
        }
        var resolved = Sample.Report.Number("3/3.3.1")!.Value;
        Assert.Contains(rows, r => r.Elements<TableCell>().Select(c => c.InnerText).SequenceEqual(["3.3.1", "Tổng số hồ sơ TTHC đã giải quyết xong", "Hồ sơ", Domain.Formatting.VietnameseNumbers.FormatNumber(resolved), ""]));
    }

    [Fact]
    public void The_rate_chart_is_embedded_as_a_picture_in_the_procedures_section()
    {
        var history = RateChart.History([(Sample.Template, Sample.Report with { Period = new(2023, Domain.Periods.PeriodKind.Year) }), (Sample.Template, Sample.Report)])!;
        var figure = RateChart.Figure(Sample.Template, history)!;
        Assert.Equal("II.2", figure.OutlineCode);
        using var document = Open(DocxReport.Write(Sample.Template, Sample.Report, Sample.Letterhead, [figure]));
        var main = document.MainDocumentPart!;
        var image = Assert.Single(main.ImageParts);
        Assert.Equal("image/png", image.ContentType);
        var paragraphs = BodyParagraphs(document);
        var at = paragraphs.FindIndex(p => p.Descendants<Drawing>().Any());
        Assert.True(at > paragraphs.FindIndex(p => p.InnerText == "2. Cải cách thủ tục hành chính (TTHC)"));
        Assert.True(at < paragraphs.FindIndex(p => p.InnerText == "3. Cải cách tổ chức bộ máy"));
        var blip = paragraphs[at].Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single();
        Assert.Equal(main.GetIdOfPart(image), blip.Embed!.Value);
    }

    [Fact]
    public void The_dossier_table_by_field_with_its_total_row_and_chart_follow_the_procedures_section_and_stay_valid()
    {
        var statistics = new Domain.Dossiers.DossierStatistics(new Domain.Periods.CutOffWindow(new DateOnly(2023, 12, 15), new DateOnly(2024, 6, 14)));
        statistics.AddRange(Domain.Dossiers.SyntheticDossiers.Generate(seed: 3, count: 600, until: new DateOnly(2024, 6, 14)));
        var figure = FieldChart.Figure(Sample.Template, statistics)!;
        var docx = DocxReport.Write(Sample.Template, Sample.Report, Sample.Letterhead, [figure], statistics);
        using var document = Open(docx);
        var body = document.MainDocumentPart!.Document!.Body!;
        var table = body.Elements<Table>().Single(t => t.InnerText.Contains("Kỳ trước chuyển sang"));
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(Enumerable.Range(1, 13).Select(i => $"({i})"), rows[2].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(3 + statistics.Rows.Count + 1, rows.Count);
        var total = rows[^1].Elements<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["", "Tổng cộng", .. statistics.Total.Columns.Select(c => Domain.Formatting.VietnameseNumbers.FormatNumber(c))], total);
        Assert.True(rows[^1].Descendants<Bold>().Any());
        var elements = body.Elements().ToList();
        Assert.True(elements.IndexOf(table) > elements.FindIndex(e => e.InnerText == "2. Cải cách thủ tục hành chính (TTHC)"));
        Assert.True(elements.IndexOf(table) < elements.FindIndex(e => e.InnerText == "3. Cải cách tổ chức bộ máy"));
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts"));
        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "artifacts", "bieu-do-linh-vuc.png"), figure.Png);
        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "artifacts", "bao-cao-bang-ho-so.docx"), docx);
        Assert.True(figure.Png.Length > 5_000);
    }

    [Fact]
    public void Without_deadlines_in_the_export_the_DOCX_table_says_no_data_where_it_would_make_a_number_up_and_tells_why()
    {
        var statistics = new Domain.Dossiers.DossierStatistics(new Domain.Periods.CutOffWindow(new DateOnly(2023, 12, 15), new DateOnly(2024, 6, 14)));
        statistics.AddRange(Domain.Dossiers.SyntheticDossiers.Generate(seed: 3, count: 200, until: new DateOnly(2024, 6, 14))
            .Select(d => d with { Deadline = null, Unknowns = Domain.Dossiers.DossierUnknowns.Deadline }));
        var docx = DocxReport.Write(Sample.Template, Sample.Report, Sample.Letterhead, [], statistics);
        using var document = Open(docx);
        var body = document.MainDocumentPart!.Document!.Body!;
        var table = body.Elements<Table>().Single(t => t.InnerText.Contains("Kỳ trước chuyển sang"));
        var total = table.Elements<TableRow>().Last().Elements<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal("không có dữ liệu", total[2 + 5]);
        Assert.Equal(Domain.Formatting.VietnameseNumbers.FormatNumber(statistics.Total.Resolved), total[2 + 4]);
        Assert.Contains(body.Elements<Paragraph>(), p => p.InnerText.StartsWith($"{Domain.Formatting.VietnameseNumbers.FormatNumber(statistics.Total.Received)} hồ sơ không có hạn giải quyết"));
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Theory]
    [InlineData("xa", 1)]
    [InlineData("xa", 2)]
    [InlineData("huyen", 1)]
    public void The_DOCX_and_the_XLSX_are_valid_Open_XML(string id, int version)
    {
        var sample = SampleReport.Create(new TemplateRef(id, version));
        var history = RateChart.History([(sample.Template, sample.Report)]);
        var figures = RateChart.Figure(sample.Template, history) is { } f ? new[] { f } : [];
        var validator = new DocumentFormat.OpenXml.Validation.OpenXmlValidator();
        using (var docx = Open(DocxReport.Write(sample.Template, sample.Report, sample.Letterhead, figures)))
            Assert.Empty(validator.Validate(docx).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(XlsxAppendix.Write(sample.Template, sample.Report, sample.Letterhead)), false);
        Assert.Empty(validator.Validate(xlsx).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void The_appendix_is_a_section_of_its_own_numbered_from_1()
    {
        using var document = Open(DocxReport.Write(Sample.Template, Sample.Report, Sample.Letterhead));
        var body = document.MainDocumentPart!.Document!.Body!;
        var reportSection = body.Elements<Paragraph>().Select(p => p.ParagraphProperties?.GetFirstChild<SectionProperties>()).Single(s => s is not null)!;
        Assert.Null(reportSection.GetFirstChild<PageNumberType>());
        Assert.Equal(1, body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageNumberType>()!.Start!.Value);
    }

    [Fact]
    public void An_empty_report_of_a_unit_without_upper_level_and_a_long_name_still_makes_a_document()
    {
        var template = TemplateCatalog.BuiltIn.Get(new TemplateRef("huyen", 1));
        var unit = new Domain.Organisation.OrgUnit("p1", "Phường 1", Domain.Organisation.UnitLevel.Commune, null);
        var request = Domain.Periods.ReportingRequest.Create("p1", new(2024, Domain.Periods.PeriodKind.Year), template.Ref);
        var letterhead = Letterhead.For(unit, null, request, addressed: true, "5/BC-UBND", new DateOnly(2025, 1, 5), "");
        var report = Domain.Reports.Report.Empty("p1", request.Period, template.Ref);
        using var document = Open(DocxReport.Write(template, report, letterhead));
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Phường 1, ngày 05 tháng 01 năm 2025", text);
        Assert.DoesNotContain("Kính gửi", text);
        Assert.DoesNotContain("đạt —", text);
    }

    [Theory]
    [InlineData(2024, 6, 15, "ngày 15 tháng 6 năm 2024")]
    [InlineData(2024, 2, 3, "ngày 03 tháng 02 năm 2024")]
    [InlineData(2024, 1, 10, "ngày 10 tháng 01 năm 2024")]
    [InlineData(2024, 12, 9, "ngày 09 tháng 12 năm 2024")]
    public void Dates_take_a_leading_zero_below_day_10_and_in_January_and_February(int year, int month, int day, string expected) =>
        Assert.Equal(expected, Letterhead.Long(new DateOnly(year, month, day)));

    [Theory]
    [InlineData("xa", 1)]
    [InlineData("xa", 2)]
    [InlineData("huyen", 1)]
    public void The_checker_finds_nothing_wrong_in_a_generated_DOCX(string id, int version)
    {
        for (var seed = 0; seed < 5; seed++)
        {
            var sample = SampleReport.Create(new TemplateRef(id, version), seed);
            var lines = ReportFile.ReadDocx(DocxReport.Write(sample.Template, sample.Report, sample.Letterhead), "bao-cao.docx");
            var result = ReportChecker.Check(lines, TemplateCatalog.BuiltIn);
            Assert.True(result.IsClean, string.Join(" | ", result.Findings.Select(f => $"{f.Line} «{f.Quote}»: {f.Why}")));
            Assert.Equal(sample.Template.Ref, result.Template);
            Assert.Equal("36/BC-UBND", result.DocumentNumber);
            Assert.Equal(new DateOnly(2024, 6, 15), result.Date);
        }
    }
}
