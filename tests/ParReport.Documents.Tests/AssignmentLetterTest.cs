using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ParReport.Domain.Entry;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Templates;

namespace ParReport.Documents.Tests;

public class AssignmentLetterTest
{
    /// <summary>A commune's parts shared out as the Bình Lãng directive does, with its window (10/12 → 09/6) and a letter cited.</summary>
    /// <param name="nineMonths">A 9-month request with the default windows instead: its own a quarter, its cumulative from the year's start.</param>
    internal static AssignmentLetter Sample(bool everyPart = false, DateOnly? later = null, bool nineMonths = false)
    {
        var template = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 2));
        var district = new OrgUnit("an-phu", "Huyện An Phú", UnitLevel.District, null);
        var commune = new OrgUnit("an-binh", "Xã An Bình", UnitLevel.Commune, "an-phu");
        var request = nineMonths
            ? ReportingRequest.Create("an-phu", new ReportingPeriod(2024, PeriodKind.NineMonths), template.Ref)
            : ReportingRequest.Create("an-phu", new ReportingPeriod(2024, PeriodKind.HalfYear), template.Ref,
                new CutOffWindow(new DateOnly(2023, 12, 10), new DateOnly(2024, 6, 9)), new DateOnly(2024, 6, 12), new RequestDocument("281/UBND-NV", new DateOnly(2024, 3, 7)));
        var parts = ReportPart.Of(template);
        ReportPart Part(string key) => parts.Single(p => p.Key == key);
        var due = new DateOnly(2024, 6, 7);
        List<AssignmentLetter.Given> given =
        [
            new(Part("muc-I"), "vp", "Nguyễn Văn Hùng", due),
            new(Part("muc-II.1"), "tp", "Trần Thị Lan", due),
            new(Part("muc-II.3"), "vp", "Nguyễn Văn Hùng", due),
            new(Part("muc-II.5"), "tc", "Lê Minh Tâm", later ?? due),
            new(Part("bieu-I"), "vp", "Nguyễn Văn Hùng", due),
            new(Part("bieu-II"), "tp", "Trần Thị Lan", due),
        ];
        if (everyPart) given = parts.Select(p => new AssignmentLetter.Given(p, "vp", "Nguyễn Văn Hùng", due)).ToList();
        return AssignmentLetter.For(commune, district, request, template, given, "15/UBND-VP", new DateOnly(2024, 6, 3), new TimeOnly(16, 0), "Phạm Văn Ký");
    }

    private static WordprocessingDocument Open(AssignmentLetter letter) => WordprocessingDocument.Open(new MemoryStream(DocxReport.Write(letter)), false);

    private static List<string> Paragraphs(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();

    private static List<Table> Tables(WordprocessingDocument document) => document.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();

    private static List<string> CellLines(TableCell cell) => cell.Elements<Paragraph>().Select(p => p.InnerText).ToList();

    [Fact]
    public void The_letterhead_carries_the_unit_the_number_with_the_subject_under_it_the_motto_place_and_date()
    {
        using var document = Open(Sample());
        var cells = Tables(document)[0].Descendants<TableCell>().ToList();
        Assert.Equal(["ỦY BAN NHÂN DÂN", "XÃ AN BÌNH", "", "Số: 15/UBND-VP", "V/v triển khai thực hiện báo cáo CCHC 6 tháng đầu năm 2024"], CellLines(cells[0]));
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "An Bình, ngày 03 tháng 6 năm 2024"], CellLines(cells[1]));
        // No type name: a letter (công văn) is known by its subject, not by a title.
        Assert.DoesNotContain("BÁO CÁO", Paragraphs(document));
        var section = document.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!;
        Assert.Equal((11906u, 16838u), (section.GetFirstChild<PageSize>()!.Width!.Value, section.GetFirstChild<PageSize>()!.Height!.Value));
        Assert.All(document.MainDocumentPart.Document.Body!.Descendants<RunFonts>(), f => Assert.Equal("Times New Roman", f.Ascii!.Value));
    }

    [Fact]
    public void It_is_addressed_to_each_official_and_cites_the_request_it_answers()
    {
        using var document = Open(Sample());
        var addressees = Tables(document)[1].Descendants<TableCell>().ToList();
        Assert.Equal(["Kính gửi:"], CellLines(addressees[0]));
        Assert.Equal(["- Nguyễn Văn Hùng, Văn phòng – Thống kê;", "- Trần Thị Lan, Tư pháp – Hộ tịch;", "- Lê Minh Tâm, Tài chính – Kế toán."],
            CellLines(addressees[1]));
        Assert.Equal("Thực hiện văn bản số 281/UBND-NV ngày 07 tháng 3 năm 2024 của UBND huyện An Phú về việc báo cáo công tác cải cách hành chính 6 tháng đầu năm 2024; "
            + "để việc xây dựng báo cáo kết quả công tác cải cách hành chính 6 tháng đầu năm 2024 bảo đảm chất lượng, đúng thời hạn, UBND xã An Bình phân công các công chức thực hiện như sau:",
            Paragraphs(document)[0]);
    }

    [Fact]
    public void Every_official_is_listed_with_their_field_sections_forms_and_deadline_with_its_hour()
    {
        var letter = Sample();
        using var document = Open(letter);
        var rows = Tables(document)[2].Elements<TableRow>().ToList();
        Assert.Equal(["STT", "Người thực hiện", "Lĩnh vực phụ trách", "Nội dung báo cáo", "Thời hạn"], rows[0].Elements<TableCell>().Select(c => c.InnerText));
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        string[][][] expected =
        [
            [["1"], ["Nguyễn Văn Hùng"], ["Văn phòng – Thống kê"],
                ["Mục I. Công tác chỉ đạo, điều hành cải cách hành chính", "Mục II.3. Cải cách tổ chức bộ máy", "Biểu I. Công tác chỉ đạo điều hành"], ["Trước 16 giờ 00 ngày 07/6/2024"]],
            [["2"], ["Trần Thị Lan"], ["Tư pháp – Hộ tịch"], ["Mục II.1. Cải cách thể chế", "Biểu II. Cải cách thể chế"], ["Trước 16 giờ 00 ngày 07/6/2024"]],
            [["3"], ["Lê Minh Tâm"], ["Tài chính – Kế toán"], ["Mục II.5. Cải cách tài chính công"], ["Trước 16 giờ 00 ngày 07/6/2024"]],
        ];
        Assert.Equal(expected.Length, rows.Count - 1);
        for (var i = 0; i < expected.Length; i++)
            Assert.Equal(expected[i].Select(c => c.ToList()), rows[i + 1].Elements<TableCell>().Select(CellLines));
        // Every part given to nobody is named, and left to the compiler.
        var remaining = Paragraphs(document).Single(p => p.StartsWith("Các nội dung còn lại", StringComparison.Ordinal));
        Assert.Contains("Mục II.2. Cải cách thủ tục hành chính (TTHC)", remaining);
        Assert.Contains("Biểu V.", remaining);
        Assert.DoesNotContain("Mục II.1.", remaining);
        Assert.EndsWith("do cán bộ tổng hợp báo cáo thực hiện.", remaining);
        Assert.DoesNotContain(Paragraphs(Open(Sample(everyPart: true))), p => p.StartsWith("Các nội dung còn lại", StringComparison.Ordinal));
    }

    [Fact]
    public void The_window_and_the_deadline_with_its_hour_are_written_the_Vietnamese_way()
    {
        using var document = Open(Sample());
        var texts = Paragraphs(document);
        var window = texts.IndexOf("2. Thời gian chốt số liệu");
        Assert.Equal("Số liệu báo cáo tính từ ngày 10 tháng 12 năm 2023 đến ngày 09 tháng 6 năm 2024.", texts[window + 1]);
        // Where the cumulative (lũy kế) figures count from earlier than the period's own window, the letter says so.
        var request = ReportingRequest.Create("an-phu", new ReportingPeriod(2024, PeriodKind.NineMonths), new TemplateRef("xa", 2));
        using (var nine = Open(Sample(nineMonths: true)))
            Assert.Equal($"Số liệu báo cáo tính từ {Letterhead.Long(request.Window.From)} đến {Letterhead.Long(request.Window.To)}; "
                + $"các chỉ tiêu lũy kế tính từ {Letterhead.Long(request.CumulativeWindow.From)} đến {Letterhead.Long(request.CumulativeWindow.To)}.",
                Paragraphs(nine).Single(p => p.StartsWith("Số liệu báo cáo", StringComparison.Ordinal)));
        Assert.NotEqual(request.Window.From, request.CumulativeWindow.From);
        var deadline = texts.IndexOf("3. Thời hạn gửi báo cáo");
        Assert.True(deadline > window);
        Assert.Equal("Các đồng chí được phân công gửi nội dung báo cáo và số liệu các biểu mẫu về cán bộ tổng hợp báo cáo trước 16 giờ 00 ngày 07 tháng 6 năm 2024, "
            + "để UBND xã An Bình tổng hợp báo cáo UBND huyện An Phú đúng thời hạn.", texts[deadline + 1]);

        // Deadlines that differ: each in its row, the latest in the text.
        using var differing = Open(Sample(later: new DateOnly(2024, 6, 10)));
        var rows = Tables(differing)[2].Elements<TableRow>().ToList();
        Assert.Equal("Trước 16 giờ 00 ngày 10/6/2024", rows[^1].Elements<TableCell>().Last().InnerText);
        Assert.Contains("theo thời hạn ghi tại mục 1, chậm nhất trước 16 giờ 00 ngày 10 tháng 6 năm 2024", Paragraphs(differing).Single(p => p.StartsWith("Các đồng chí được phân công gửi", StringComparison.Ordinal)));
    }

    [Fact]
    public void Noi_nhan_lists_the_officials_and_the_archive_beside_the_signature()
    {
        using var document = Open(Sample());
        var signature = Tables(document)[^1].Descendants<TableCell>().ToList();
        Assert.Equal(["Nơi nhận:", "- Nguyễn Văn Hùng;", "- Trần Thị Lan;", "- Lê Minh Tâm;", "- Lưu: VT."], CellLines(signature[0]));
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Phạm Văn Ký"], CellLines(signature[1]));
        Assert.EndsWith("để kịp thời xem xét, giải quyết./.", Paragraphs(document)[^1]);
    }

    [Fact]
    public void The_DOCX_is_valid_OpenXml()
    {
        using var document = Open(Sample());
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Theory]
    [InlineData(2024, 3, 7, "07/3/2024")]
    [InlineData(2024, 2, 15, "15/02/2024")]
    [InlineData(2023, 12, 10, "10/12/2023")]
    public void Numeric_dates_take_the_leading_zeros_of_Decree_30(int year, int month, int day, string expected) =>
        Assert.Equal(expected, Letterhead.Numeric(new DateOnly(year, month, day)));
}
