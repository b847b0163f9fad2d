using ParReport.Domain.Templates;

namespace ParReport.Domain.Entry;

/// <summary>Vietnamese messages of report entry.</summary>
public static class EntryMessages
{
    public static string Unreadable(Indicator indicator, string why) =>
        $"Chỉ tiêu {indicator.Code} ({indicator.Label}): {why}";

    public static string DoneRefused(ReportPart part, int violations) =>
        $"Chưa thể đánh dấu «xong» cho {part.Label}: còn {violations} lỗi số liệu cần sửa.";

    public static string DoneRefusedEmpty(ReportPart part) =>
        $"Chưa thể đánh dấu «xong» cho {part.Label}: chưa có nội dung.";

    public static string OutOfRange(Indicator indicator, decimal value) =>
        $"Chỉ tiêu {indicator.Code}: «{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}» vượt quá giới hạn lưu trữ (tối đa {ValueInput.Decimals} chữ số thập phân, nhỏ hơn 100 nghìn tỷ).";

    public static string DoneRefusedNoValues(ReportPart part) =>
        $"Chưa thể đánh dấu «xong» cho {part.Label}: chưa nhập số liệu nào.";

    public static string DuplicateRow(string sheet, string cell, string code, string first) =>
        $"Trang tính «{sheet}», ô {cell}: mã chỉ tiêu «{code}» lặp lại (đã có ở ô {first}).";

    public static string UncalculatedFormula => "ô có công thức chưa được tính; hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi tải lên.";

    public static string OverrideNeedsReason(Indicator indicator) =>
        $"Chỉ tiêu {indicator.Code}: số liệu này lấy từ hồ sơ TTHC đã nhập; muốn sửa, hãy ghi lý do.";

    public static string BadCell(string sheet, string cell, string key, string value, string why) =>
        $"Trang tính «{sheet}», ô {cell}, chỉ tiêu {key}, giá trị «{value}»: {why}";

    public static string BadCells(string sheet, int count, IEnumerable<string> first, string why) =>
        $"Trang tính «{sheet}», {Formatting.VietnameseNumbers.FormatNumber(count)} ô: {why.TrimEnd('.')} — {string.Join(", ", first)}{(count > first.Count() ? " …" : "")}.";

    public static string NotInPart(string key, ReportPart part) =>
        $"«{key}» không phải chỉ tiêu nhập được của {part.Label}.";

    public const string NotAnOfficial = "Người được giao phải là cán bộ tổng hợp hoặc cán bộ chuyên môn của đơn vị.";

    public const string NothingAssigned = "Chưa giao phần nào của báo cáo cho cán bộ: hãy phân công ở bảng «Phân công và tiến độ» rồi tải công văn phân công.";

    public const string BadLetter = "Số công văn (tối đa 64 ký tự), giờ của hạn gửi (hh:mm) hoặc họ tên người ký (tối đa 128 ký tự) không hợp lệ.";

    public const string BadDocument = "Số văn bản (tối đa 64 ký tự), ngày (dd/mm/yyyy) hoặc họ tên người ký (tối đa 128 ký tự) không hợp lệ.";

    public static string NoFormSheet(string formCode) =>
        $"Tệp không có trang tính của Biểu {formCode}; hãy tải biểu mẫu từ ParReport rồi điền vào đó.";
}
