using ParReport.Domain.Formatting;

namespace ParReport.Cli.Tests.Corpus;

/// <summary>A report with one error planted, where the checker must find it.</summary>
internal sealed record Plant(string Category, string Name, List<string> Lines, Planted Expected);

/// <summary>
/// One error of each category the checker knows, planted in a consistent report (ParReport's own, so that nothing else is
/// wrong in it). Values are read from the report and changed, never written as constants, so the plants follow its data.
/// </summary>
internal static class Plants
{
    public static IEnumerable<Plant> All()
    {
        var xa = CheckCorpus.Base();
        // I/2 is the plan's rate over I/2.2 (done) and I/2.1 (set).
        var done = Number(xa, "I", "2.2");
        var set = Number(xa, "I", "2.1");
        yield return Appendix("rate against its parts", "ty-le", xa, "I", "2", "50%");
        yield return Appendix("fraction arithmetic", "phan-so", xa, "I", "2", $"{N(done)}/{N(set)} = {N(Math.Round(100m * done / set) + 7)}%");
        yield return Appendix("fraction over its whole", "phan-so-vuot", xa, "I", "2", $"{N(set + 1)}/{N(set)} = 100%");
        yield return Appendix("part over its whole", "phan-vuot-tong", xa, "V", "2.1.3", N(Number(xa, "V", "2.1.2") + 5));
        yield return Appendix("sum of parts", "tong-thanh-phan", xa, "III", "1", N(Number(xa, "III", "1") + 10));
        var disjoint = Set(xa, "I", "4.2", N(Number(xa, "I", "4.1") - Number(xa, "I", "4.3") - Number(xa, "I", "4.4") + 5));
        yield return new("disjoint parts over their whole", "phan-roi-nhau", disjoint, new Planted(Place(xa, "I", "4.1"), Place(xa, "I", "4.2")));
        yield return Appendix("choice against its count", "lua-chon-so-lieu", xa, "I", "5.1", "0");
        yield return Appendix("choice outside its options", "lua-chon-sai-ma", xa, "I", "6", "3");
        yield return Appendix("count not whole", "so-le", xa, "I", "1", "2,5");
        yield return Appendix("thousands with a comma", "dau-phay-nghin", xa, "III", "2.3", "1,210");
        yield return Appendix("not a number", "khong-phai-so", xa, "III", "2.3", "1.21");
        var numbering = xa.ToList();
        var row = Row(xa, "V", "2.5.2");
        numbering[row] = "2.5.3" + numbering[row][numbering[row].IndexOf('\t')..];
        yield return new("appendix numbering", "danh-so-phu-luc", numbering, new Planted(Place(numbering, "V", "2.5.3")));

        var resolvedLine = xa.FindIndex(l => l.StartsWith("Tổng số hồ sơ tiếp nhận trong kỳ là", StringComparison.Ordinal));
        var onTime = Number(xa, "III", "3.1.2");
        var early = xa.ToList();
        early.Insert(resolvedLine + 1, $"Trong đó số hồ sơ trả đúng hạn là {N(onTime)} hồ sơ, trước hạn là {N(12)} hồ sơ.");
        yield return new("early resolutions left out", "truoc-han", early, new Planted(Place(xa, "III", "3.1"), "mục II.2"));
        var received = Number(xa, "V", "2.4.1");
        yield return Narrative("narrative against the appendix", "loi-van-ban-so-lieu", xa, resolvedLine,
            $"tiếp nhận trong kỳ là {N(received)} hồ sơ", $"tiếp nhận trong kỳ là {N(received + 100)} hồ sơ", "mục II.2");
        var onTimeRate = xa[Row(xa, "III", "3.1")].Split('\t')[3];
        yield return Narrative("narrative rate against the appendix", "loi-van-ban-ty-le", xa, resolvedLine,
            $"đạt {onTimeRate}", $"đạt {N(Number(xa, "III", "3.1") + 8)}%", "mục II.2");
        var planLine = xa.FindIndex(l => l.StartsWith("Tính đến thời điểm báo cáo, đã hoàn thành", StringComparison.Ordinal));
        var planRate = xa[Row(xa, "I", "2")].Split('\t')[3];
        yield return Narrative("narrative fraction arithmetic", "loi-van-ban-phan-so", xa, planLine, $"đạt {planRate}", $"đạt {N(Number(xa, "I", "2") - 9)}%", "mục I");
        yield return Narrative("narrative fraction over its whole", "loi-van-ban-phan-so-vuot", xa, planLine,
            $"{done:00}/{set:00}", $"{set + 2:00}/{set:00}", "mục I");

        var dateLine = xa.FindIndex(l => l.Contains(", ngày ", StringComparison.Ordinal));
        var attachmentLine = xa.FindIndex(l => l.StartsWith("(Kèm theo", StringComparison.Ordinal));
        yield return Dates("date before the period", "ngay-truoc-ky", xa, dateLine, attachmentLine, "năm 2024", "năm 2023", "/2024", "/2023");
        yield return Dates("date after the period", "ngay-sau-ky", xa, dateLine, attachmentLine, "năm 2024", "năm 2026", "/2024", "/2026");
        var windowLine = xa.FindIndex(l => l.StartsWith("(Số liệu tính từ", StringComparison.Ordinal));
        yield return Narrative("date before the cut-off", "ngay-truoc-chot", xa, windowLine, "đến ngày 14/6/2024", "đến ngày 20/6/2024", "đầu văn bản");
        yield return Narrative("attachment date", "ngay-phu-luc", xa, attachmentLine, "ngày 14/6/2024", "ngày 16/6/2024", "đầu văn bản");
        var headingLine = xa.FindIndex(l => l.StartsWith("4. Cải cách chế độ công vụ", StringComparison.Ordinal));
        yield return Narrative("heading numbering", "danh-so-muc", xa, headingLine, "4. ", "5. ", "mục II.5");

        var table = xa.FindIndex(l => l.StartsWith("1\tHộ tịch\t", StringComparison.Ordinal));
        yield return Narrative("dossier table row", "bang-ho-so-dong", xa, table, "\t100\t10\t", "\t101\t10\t", "bảng hồ sơ, dòng «Hộ tịch»", "bảng hồ sơ, dòng «Tổng cộng»");
        yield return Narrative("dossier table total", "bang-ho-so-tong", xa, table + 2, "\t120\t40\t", "\t120\t45\t", "bảng hồ sơ, dòng «Tổng cộng»");

        // The district's narrative states its tasks done too (section I), so the plant is also told there.
        var huyen = CheckCorpus.Base("huyen", 1);
        var huyenPart = Appendix("part over its whole", "huyen-phan-vuot-tong", huyen, null, "1.1.2", N(Number(huyen, null, "1.1.1") + 3));
        yield return huyenPart with { Expected = new Planted([.. huyenPart.Expected.Places, "mục I"]) };
        yield return Appendix("sum of parts", "huyen-tong-thanh-phan", huyen, null, "3.1.3", N(Number(huyen, null, "3.1.3") + 7));
        var huyenDisjoint = Set(huyen, null, "1.3.2", N(Number(huyen, null, "1.3.1") - Number(huyen, null, "1.3.3") + 2));
        yield return new("disjoint parts over their whole", "huyen-phan-roi-nhau", huyenDisjoint, new Planted(Place(huyen, null, "1.3.1"), Place(huyen, null, "1.3.2")));

        // On its own form the appendix is also told as such, in one finding on "phụ lục".
        var own = OwnForm();
        yield return OwnForm("own form: rate", "mau-rieng-ty-le", Appendix("", "", own, null, "1.1", "90%"));
        yield return OwnForm("own form: part over its whole", "mau-rieng-phan-vuot-tong", Appendix("", "", own, null, "2.1", "25"));
        yield return OwnForm("own form: choice against its count", "mau-rieng-lua-chon-so-lieu", Appendix("", "", own, null, "3.1", "0"));
        yield return OwnForm("own form: choice outside its options", "mau-rieng-lua-chon-sai-ma", Appendix("", "", own, null, "3", "2"));
    }

    /// <summary>A commune report whose appendix follows its province's own form, consistent.</summary>
    public static List<string> OwnForm() =>
    [
        "ỦY BAN NHÂN DÂN XÃ AN BÌNH",
        "Số: 15/BC-UBND",
        "An Bình, ngày 16 tháng 6 năm 2024",
        "BÁO CÁO",
        "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024",
        "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
        "Ủy ban nhân dân xã đã tổ chức các hội nghị tuyên truyền về cải cách hành chính theo kế hoạch.",
        "PHỤ LỤC",
        "STT\tChỉ tiêu\tĐơn vị tính\tSố liệu\tGhi chú",
        "1\tCông tác tuyên truyền về cải cách hành chính\t\t\t",
        "1.1\tTỷ lệ hội nghị tuyên truyền đã tổ chức\t%\t80%\t",
        "1.1.1\tTổng số hội nghị tuyên truyền theo kế hoạch\tHội nghị\t10\t",
        "1.1.2\tSố hội nghị tuyên truyền đã tổ chức\tHội nghị\t8\t",
        "2\tTổng số tin bài về cải cách hành chính\tTin bài\t20\t",
        "2.1\tSố tin bài đăng trên trang thông tin điện tử của xã\tTin bài\t15\t",
        "2.2\tSố tin bài phát trên đài truyền thanh của xã\tTin bài\t12\t",
        "3\tTổ chức hội nghị đối thoại với doanh nghiệp\tCó = 1; Không = 0\t1\t",
        "3.1\tSố doanh nghiệp tham dự đối thoại\tDoanh nghiệp\t14\t",
        "4\tSố người được tập huấn về chuyển đổi số\tNgười\t36\t",
    ];

    private static Plant OwnForm(string category, string name, Plant plant) =>
        new(category, name, plant.Lines, new Planted([.. plant.Expected.Places, "phụ lục"]));

    private static Plant Appendix(string category, string name, List<string> lines, string? form, string code, string value) =>
        new(category, name, Set(lines, form, code, value), new Planted(Place(lines, form, code)));

    private static Plant Narrative(string category, string name, List<string> lines, int line, string from, string to, params string[] places)
    {
        if (line < 0 || !lines[line].Contains(from, StringComparison.Ordinal)) throw new InvalidOperationException($"{name}: «{from}» not in line {line}");
        var planted = lines.ToList();
        var at = planted[line].IndexOf(from, StringComparison.Ordinal);
        planted[line] = planted[line][..at] + to + planted[line][(at + from.Length)..];
        return new(category, name, planted, new Planted(places));
    }

    // The report's date moved out of its period, and the appendix's reference to it with it (one error, not two).
    private static Plant Dates(string category, string name, List<string> lines, int dateLine, int attachmentLine, string from, string to, string shortFrom, string shortTo)
    {
        var planted = Narrative(category, name, lines, dateLine, from, to, "đầu văn bản").Lines;
        return Narrative(category, name, planted, attachmentLine, shortFrom, shortTo, "đầu văn bản");
    }

    private static List<string> Set(List<string> lines, string? form, string code, string value)
    {
        var planted = lines.ToList();
        var row = Row(lines, form, code);
        var cells = planted[row].Split('\t');
        cells[3] = value;
        planted[row] = string.Join('\t', cells);
        return planted;
    }

    // Where the checker names a row: "phụ lục, mục 2.1.3 «Số TTHC đang cung cấp…»", up to the label's first words.
    private static string Place(List<string> lines, string? form, string code)
    {
        var label = lines[Row(lines, form, code)].Split('\t')[1];
        return $"phụ lục, mục {code} «{label[..Math.Min(label.Length, 30)]}";
    }

    private static decimal Number(List<string> lines, string? form, string code) =>
        VietnameseNumbers.Parse(lines[Row(lines, form, code)].Split('\t')[3].Split(' ')[0].TrimEnd('%')).Value
        ?? throw new InvalidOperationException($"{form}/{code} has no number");

    // The row of a code in the appendix, within the Roman section of the form when the codes restart in each.
    private static int Row(List<string> lines, string? form, string code)
    {
        var start = lines.FindIndex(l => l.StartsWith("Phụ lục", StringComparison.Ordinal) || l.StartsWith("PHỤ LỤC", StringComparison.Ordinal));
        if (form is not null) start = lines.FindIndex(start, l => l.StartsWith(form + "\t", StringComparison.Ordinal));
        var row = lines.FindIndex(start, l => l.StartsWith(code + "\t", StringComparison.Ordinal));
        return row >= 0 ? row : throw new InvalidOperationException($"no row {form}/{code}");
    }

    private static string N(decimal value) => VietnameseNumbers.FormatNumber(value);
}
