using ParReport.Domain.Periods;

namespace ParReport.Storage;

/// <summary>Vietnamese messages of the storage layer.</summary>
internal static class StorageMessages
{
    public const string Unavailable = "Tạm thời không kết nối được cơ sở dữ liệu. Dữ liệu đã lưu trước đó không bị ảnh hưởng; "
        + "thao tác vừa rồi chưa được thực hiện. Hãy thử lại sau ít phút; nếu vẫn lỗi, báo người quản trị hệ thống.";
    public const string Full = "Máy chủ đã hết chỗ lưu dữ liệu. Dữ liệu đã lưu trước đó không bị ảnh hưởng; thao tác vừa rồi "
        + "chưa được lưu. Hãy báo người quản trị hệ thống giải phóng dung lượng rồi thực hiện lại.";
    public const string Busy = "Cơ sở dữ liệu đang bận ghi dữ liệu khác. Thao tác vừa rồi chưa được thực hiện; hãy thử lại sau ít giây.";

    public static string BackupMissing(string path) => $"Không tìm thấy tệp «{path}».";
    public static string NotABackup(string path, string why) =>
        $"Tệp «{path}» không phải bản sao lưu CSDL ParReport ({why}); CSDL đang dùng không bị thay đổi.";
    public const string NoMigrations = "không có bảng lịch sử cập nhật cấu trúc __EFMigrationsHistory";
    public static string IntegrityFailed(string result) => $"kiểm tra toàn vẹn báo lỗi: {result}";
    public static string BackupTooNew(string path, string migration) =>
        $"Tệp «{path}» được sao lưu từ phiên bản ParReport mới hơn (có cập nhật cấu trúc {migration}); hãy cập nhật phần mềm trước khi phục hồi. CSDL đang dùng không bị thay đổi.";
    public static string ToolMissing(string tool) =>
        $"Không chạy được {tool}: chưa cài công cụ của PostgreSQL (gói postgresql-client cùng phiên bản với máy chủ).";
    public static string ToolFailed(string tool, int exit, string detail) => $"{tool} báo lỗi (mã {exit}): {detail}";

    public const string DuplicateCode = "mã hồ sơ trùng với một dòng trước đó của cùng tệp.";

    /// <summary>The source of a figure taken from the dossiers, as the form and the audit trail show it (at most 256 characters).</summary>
    public static string DossierSource(string fileName, DateTimeOffset importedAt, CutOffWindow window) =>
        $"Hồ sơ TTHC: tệp {(fileName.Length > 120 ? fileName[..120] + "…" : fileName)}, nhập lúc {importedAt.ToLocalTime():dd/MM/yyyy HH:mm}, "
        + $"số liệu từ {window.From:dd/MM/yyyy} đến {window.To:dd/MM/yyyy}";
}
