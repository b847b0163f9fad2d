using ParReport.Domain.Formatting;

namespace ParReport.Domain.Registers;

/// <summary>What officials read about registers, in Vietnamese.</summary>
public static class RegisterMessages
{
    public const string Required = "ô này không được để trống";
    public const string NotADate = "không phải ngày hợp lệ (ghi theo dạng ngày/tháng/năm, ví dụ 03/01/2024)";
    public const string NotAFlag = "ghi «Có» hoặc «Không»";
    public const string OutOfRange = "số phải từ 0 đến 1.000.000.000";
    public const string Empty = "Tệp không có dòng số liệu nào dưới dòng tiêu đề.";
    public static string NoHeader(Register register) =>
        $"Không tìm thấy dòng tiêu đề trong 20 dòng đầu: tệp cần một dòng ghi tên các cột của sổ «{register.Name}», như {string.Join(", ", register.Columns.Where(c => c.Required).Select(c => $"«{c.Header}»"))} (xem tệp mẫu).";

    public static string TooLong(int max) => $"dài quá {VietnameseNumbers.FormatNumber(max)} ký tự";

    public static string NotAnOption(IReadOnlyList<string> options) => $"chỉ nhận một trong các giá trị: {string.Join("; ", options.Select(o => $"«{o}»"))}";

    public static string MissingColumns(IEnumerable<string> headers) =>
        $"Tệp thiếu cột bắt buộc: {string.Join(", ", headers.Select(h => $"«{h}»"))}. Dòng tiêu đề phải có các cột này (xem tệp mẫu).";

    public static string DuplicateColumn(string header) => $"Cột «{header}» xuất hiện hai lần trong dòng tiêu đề.";

    public static string UntilBeforeFrom(string from) => $"ngày hết áp dụng phải sau ngày áp dụng ({from})";

    public static string ResolvedOverFound => "số vấn đề đã xử lý xong lớn hơn số vấn đề phát hiện";

    public static string DoneBeforeAssigned => "ngày hoàn thành trước ngày giao";

    public static string TooManyRows(int max) => $"Tệp có quá {VietnameseNumbers.FormatNumber(max)} dòng: một sổ không cần nhiều như vậy.";

    /// <summary>The source a figure taken from a register carries in the report and its audit trail.</summary>
    public static string Source(Register register, Periods.CutOffWindow window) =>
        $"Sổ «{register.Name}», kỳ {window.From:dd/MM/yyyy} – {window.To:dd/MM/yyyy}";

    public const string Conflict = "Dòng này vừa được người khác sửa hoặc xóa: hãy tải lại trang để xem bản mới rồi sửa lại.";

    public static string UnknownRegister(string id) => $"Không có sổ «{id}» (các sổ: {string.Join(", ", RegisterCatalog.All.Select(r => r.Id))}).";

    public static string FileRefused(string fileName, int errors) =>
        $"{fileName}: không nhập tệp vì có {VietnameseNumbers.FormatNumber(errors)} lỗi; sổ giữ nguyên như trước. Sửa các lỗi dưới đây rồi nhập lại:";

    public static string EmptyRegister(Register register) => $"Sổ «{register.Name}» chưa có bản ghi nào: hãy nhập sổ trước.";
}
