using ParReport.Domain.Templates;
using static ParReport.Domain.Formatting.VietnameseNumbers;

namespace ParReport.Domain.Checking;

/// <summary>The Vietnamese wording of the checker's findings, reviewed in one place.</summary>
internal static class CheckMessages
{
    public static string Percent(decimal rounded) => FormatNumber(rounded) + "%";

    public const string UnmatchedExpected = "một chỉ tiêu của mẫu báo cáo";
    public static string Unmatched(TemplateRef template) =>
        $"Dòng này không khớp chỉ tiêu nào của mẫu {template.Id} phiên bản {template.Version}; số liệu của nó không được kiểm tra.";

    public static string OwnForm(int own, int all, IEnumerable<int> lines) =>
        $"{FormatNumber(own)}/{FormatNumber(all)} dòng theo mẫu riêng, không khớp chỉ tiêu nào của mẫu: đã kiểm tra theo cấu trúc của chính phụ lục "
        + $"(tỷ lệ tính lại từ các dòng con, phần không vượt quá tổng, lựa chọn theo mã của nó) — dòng {string.Join(", ", lines)}.";

    public static string NotANumberExpected => "một số viết theo cách Việt Nam (1.034; 99,8%)";
    public static string NotANumber(string text) => $"Không đọc được «{text}» thành một số: dấu chấm ngăn cách hàng nghìn, dấu phẩy ngăn cách phần thập phân.";

    public static string CommaThousands(string text) =>
        $"«{text}» nhóm hàng nghìn bằng dấu phẩy; theo cách viết Việt Nam, dấu phẩy ngăn cách phần thập phân nên số này bị đọc sai.";

    public static string ChoiceExpected(Indicator i) => $"một trong các mã: {string.Join("; ", i.Choices)}";
    public static string Choice(Indicator i, string text) => $"Chỉ tiêu {i.Code} là lựa chọn mã hóa, chỉ nhận một mã; «{text}» không phải là một mã hợp lệ.";

    public static string CountExpected => "một số nguyên không âm";
    public static string Count(Indicator i) => $"Chỉ tiêu {i.Code} đếm {i.Unit}, không thể lẻ hoặc âm.";

    public static string FractionArithmetic(decimal a, decimal b, decimal stated, int decimals) =>
        $"{FormatNumber(a)}/{FormatNumber(b)} = {FormatNumber(Percentage.Rounded(a, b, 2) ?? 0)}%, "
        + $"làm tròn đến {(decimals == 0 ? "hàng đơn vị" : $"{decimals} chữ số thập phân")} là {Percent(Percentage.Rounded(a, b, decimals) ?? 0)}, không phải {FormatNumber(stated)}%.";

    public static string FractionExpected(decimal whole) => $"phần không lớn hơn tổng ({FormatNumber(whole)})";

    public static string RateParts(Indicator rate, Indicator numerator, decimal n, Indicator denominator, decimal d) =>
        $"Tỷ lệ {rate.Code} = chỉ tiêu {numerator.Code} ({FormatNumber(n)}) / chỉ tiêu {denominator.Code} ({FormatNumber(d)}) của chính phụ lục này.";

    public static string FractionNotParts(Indicator rate, decimal a, decimal b, Indicator numerator, decimal n, Indicator denominator, decimal d) =>
        $"Tỷ lệ {rate.Code} được tính trên {FormatNumber(a)}/{FormatNumber(b)}, nhưng theo mẫu phải là chỉ tiêu {numerator.Code} "
        + $"«{numerator.Label}» ({FormatNumber(n)}) chia cho chỉ tiêu {denominator.Code} «{denominator.Label}» ({FormatNumber(d)}).";

    public static string PartExceedsWhole(Indicator part, decimal p, Indicator whole, decimal w) =>
        $"Chỉ tiêu {part.Code} «{part.Label}» ({FormatNumber(p)}) lớn hơn chỉ tiêu {whole.Code} «{whole.Label}» ({FormatNumber(w)}): phần không thể vượt quá tổng.";

    public static string SumExpected(decimal sum) => $"{FormatNumber(sum)} (tổng các dòng thành phần)";
    public static string Sum(Indicator whole, IEnumerable<(Indicator Part, decimal Value)> parts) =>
        $"Chỉ tiêu {whole.Code} «{whole.Label}» phải bằng tổng {string.Join(" + ", parts.Select(p => $"{p.Part.Code} ({FormatNumber(p.Value)})"))}.";

    public static string FractionExceeds(decimal part, decimal whole) =>
        $"Trong «a/b», phần a ({FormatNumber(part)}) không thể lớn hơn tổng b ({FormatNumber(whole)}).";

    public static string EarlyLeftOutExpected(decimal early, decimal onTime, decimal resolved, decimal rate) =>
        $"({FormatNumber(early)} + {FormatNumber(onTime)})/{FormatNumber(resolved)} = {Percent(rate)}";
    public static string EarlyLeftOut(decimal early, decimal onTime, int line) =>
        $"Hồ sơ giải quyết trước hạn cũng là hồ sơ giải quyết đúng hạn: tỷ lệ đúng hạn chỉ tính {FormatNumber(onTime)} hồ sơ trả đúng hạn, "
        + $"bỏ sót {FormatNumber(early)} hồ sơ giải quyết trước hạn nêu ở dòng {line}.";

    public static string Inconsistent(string concept, decimal value, string where) =>
        $"Cùng một số liệu ({ConceptName(concept)}) được nêu khác nhau: ở {where} là {FormatNumber(value)}.";

    public static string PartsExceedWhole(IReadOnlyList<NarrativeFact> parts, NarrativeFact whole) =>
        $"Các phần không trùng nhau {string.Join(" + ", parts.Select(p => $"{ConceptName(p.Concept)} ({FormatNumber(p.Value)})"))} = {FormatNumber(parts.Sum(p => p.Value))} "
        + $"lớn hơn {ConceptName(whole.Concept)} ({FormatNumber(whole.Value)}) nêu cùng câu: tổng các phần không thể lớn hơn tổng số.";

    public static string ConceptName(string concept) => concept switch
    {
        "dossiers-received" => "số hồ sơ tiếp nhận",
        "dossiers-online" => "số hồ sơ tiếp nhận trực tuyến",
        "dossiers-in-person" => "số hồ sơ tiếp nhận trực tiếp",
        "dossiers-post" => "số hồ sơ tiếp nhận qua bưu chính",
        "dossiers-late" => "số hồ sơ giải quyết trễ hạn",
        "dossiers-resolved" => "số hồ sơ đã giải quyết",
        "dossiers-on-time" => "số hồ sơ giải quyết trước hạn và đúng hạn",
        "dossiers-on-time-only" => "số hồ sơ trả đúng hạn",
        "dossiers-early" => "số hồ sơ giải quyết trước hạn",
        "procedures-district" => "số TTHC cấp huyện",
        "procedures-commune" => "số TTHC cấp xã",
        "tasks-planned" => "số nhiệm vụ đề ra",
        "tasks-done" => "số nhiệm vụ đã hoàn thành",
        "staff-assigned" => "số biên chế được giao",
        "staff-present" => "số biên chế có mặt",
        _ => "số liệu",
    };

    public static string RateAgainstAppendix(decimal stated, Indicator rate, AppendixRow row, decimal n, decimal d) =>
        $"Văn bản nêu {FormatNumber(stated)}% nhưng phụ lục (mục {rate.Code}, dòng {row.Line}) cho {FormatNumber(n)}/{FormatNumber(d)}: hai chỗ phải cùng một tỷ lệ.";

    public static string RateAgainstText(decimal stated, string concept, decimal n, decimal d) =>
        $"Văn bản nêu {FormatNumber(stated)}% nhưng chính các số nó nêu cho {ConceptName(concept)} {FormatNumber(n)} trên {FormatNumber(d)}: "
        + $"tỷ lệ là {Percent(Percentage.Rounded(n, d, 1) ?? 0)}.";

    public static string DateBeforePeriod(string period, DateOnly start) =>
        $"Báo cáo {period} không thể được ký trước khi kỳ báo cáo bắt đầu (ngày {start:dd/MM/yyyy}).";
    public static string DateAfterPeriod(string period, DateOnly end) =>
        $"Báo cáo {period} được ký quá một năm sau khi kỳ báo cáo kết thúc (ngày {end:dd/MM/yyyy}).";
    public static string DateBeforeCutOff(DateOnly end) =>
        $"Báo cáo được ký trước ngày chốt số liệu {end:dd/MM/yyyy} mà nó nêu: số liệu đến ngày đó chưa thể có.";
    public static string DateExpectedInPeriod(DateOnly start, DateOnly end) => $"một ngày từ {start:dd/MM/yyyy} đến {end:dd/MM/yyyy}";
    public static string AttachmentDate(DateOnly attachment, int line) =>
        $"Phụ lục (dòng {line}) ghi kèm theo báo cáo ngày {attachment:d/M/yyyy}, khác ngày ở đầu báo cáo.";
    public static string LongDate(DateOnly d) => $"ngày {d.Day} tháng {d.Month} năm {d.Year}";

    public static string HeadingExpected(string number) => $"mục {number}";
    public static string HeadingDuplicate(string number) => $"Số mục {number} đã dùng cho một mục trước đó.";
    public static string HeadingGap(string expected, string found) => $"Sau mục liền trước phải là mục {expected}, không phải {found}: đánh số bị nhảy hoặc lặp.";
    public static string CodeWithoutParent(string code, string parent) => $"Mục {code} không có mục cha {parent} trong phụ lục.";
    public static string CodeGap(string code, string previous) => $"Mục {code} đứng sau khi thiếu mục {previous}: đánh số bị nhảy.";

    public static string DossierTotal(int column, decimal stated, decimal sum) =>
        $"Cột ({column}) của dòng tổng là {FormatNumber(stated)} nhưng tổng các lĩnh vực là {FormatNumber(sum)}.";

    public static string DossierIdentity(string identity, decimal left, decimal right) =>
        $"Bảng kết quả giải quyết hồ sơ phải có {identity}, nhưng {FormatNumber(left)} ≠ {FormatNumber(right)}.";
}
