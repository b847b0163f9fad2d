using ParReport.Domain.Formatting;

namespace ParReport.Load;

/// <summary>What the load tool prints, and the names of the pages it times.</summary>
public static class LoadMessages
{
    public const string Login = "đăng nhập";
    public const string Home = "trang chủ";
    public const string Board = "bảng theo dõi";
    public const string Aggregate = "tổng hợp";
    public const string Report = "trang báo cáo";
    public const string Chart = "biểu đồ";
    public const string Form = "biểu nhập";
    public const string Save = "lưu số liệu";
    public const string Dossiers = "trang hồ sơ";
    public const string Upload = "tải hồ sơ lên";
    public const string Docx = "tải DOCX";
    public const string Xlsx = "tải XLSX";

    public static readonly string[] PageOrder = [Login, Home, Board, Aggregate, Report, Chart, Form, Save, Dossiers, Upload, Docx, Xlsx];

    public static string MissingValue(string option) => $"Thiếu giá trị sau {option}.";
    public static string NotAPositiveNumber(string option) => $"{option} cần một số nguyên dương.";
    public static string UnknownOption(string option) =>
        $"Không hiểu tham số «{option}». Dùng: --users N --duration GIÂY [--url ĐỊA_CHỈ [--pid PID]] [--seed N] [--think MS] [--connection CHUỖI] [--port N] [--keep-database]";
    public static string BadDatabaseName(string name) => $"Tên CSDL «{name}» chỉ được có chữ thường, chữ số và dấu gạch dưới.";
    public static string WebAppMissing(string path) => $"Chưa có bản dựng ứng dụng web: {path}. Chạy công cụ bằng «dotnet run --project tests/ParReport.Load -c Release» để dựng cả ứng dụng.";
    public const string WebAppNotStarted = "Không khởi động được ứng dụng web.";
    public static string WebAppExited(int code) => $"Ứng dụng web đã dừng (mã {code}) trước khi sẵn sàng.";
    public static string WebAppNotReady(Uri url) => $"Ứng dụng web tại {url} không trả lời sau 3 phút.";
    public const string NoRepository = "Không tìm thấy thư mục kho mã (nơi có ParReport.slnx).";
    public static string NoDatabase(string connection, string why) =>
        $"Không kết nối được PostgreSQL ({new Npgsql.NpgsqlConnectionStringBuilder(connection) { Password = null }}): {why}";
    public const string Starting = "Khởi động ứng dụng web trên CSDL PostgreSQL mới (dữ liệu demo)…";

    public static string Started(Uri url) => $"Ứng dụng web sẵn sàng tại {url}.";
    public static string LoggingIn(int users) => $"{Number(users)} người dùng mô phỏng đang đăng nhập…";
    public static string Running(int users, int seconds, int think, int seed) =>
        $"Chạy {Number(users)} người dùng trong {Number(seconds)} s, nghỉ trung bình {Number(think)} ms giữa hai trang, hạt giống {seed}.";
    public static string Accounts(IEnumerable<(string Account, int Users, int Writers)> accounts) =>
        "Tài khoản: " + string.Join(", ", accounts.Select(a => $"{a.Account} ×{Number(a.Users)}{(a.Writers > 0 ? $" ({Number(a.Writers)} người lưu số liệu)" : "")}"));

    public const string Header = "Trang                 Số lượt   Lỗi      p50      p95      p99   lượt/s   (ms)";

    public static string Row(PageTimes.Summary s, double seconds) =>
        $"{s.Page,-20} {Number(s.Count),8} {Number(s.Errors),5} {Ms(s.P50),8} {Ms(s.P95),8} {Ms(s.P99),8} {Ms(s.Count / seconds),8}";

    public static string Total(int count, int errors, double seconds) => $"{"Tổng",-20} {Number(count),8} {Number(errors),5} {"",26} {Ms(count / seconds),8}";
    public static string FirstError(string error) => $"    lỗi: {error}";
    public static string LoginTimes(PageTimes.Summary s) => $"Đăng nhập: {Number(s.Count)} lượt, {Number(s.Errors)} lỗi, p50 {Ms(s.P50)} ms, p95 {Ms(s.P95)} ms.";

    public static string Memory(long? start, long? middle, long? end) => start is null || middle is null || end is null
        ? "Bộ nhớ máy chủ: không rõ (cho --pid khi dùng --url)."
        : $"Bộ nhớ máy chủ (RSS): đầu {Mb(start.Value)} MB, giữa {Mb(middle.Value)} MB, cuối {Mb(end.Value)} MB ({Change(middle.Value, end.Value)} từ giữa đến cuối).";

    public static string Target(string page, double p95, double limit) =>
        $"Mục tiêu {page}: p95 {Ms(p95)} ms {(p95 < limit ? "<" : "≥")} {Ms(limit)} ms — {(p95 < limit ? "đạt" : "CHƯA ĐẠT")}.";

    public static string Errors(int errors) => errors == 0 ? "Không có lỗi." : $"CÓ {Number(errors)} LỖI.";

    private static string Change(long from, long to) => (to >= from ? "+" : "") + Ms(100.0 * (to - from) / from) + " %";
    private static string Mb(long bytes) => Ms(bytes / 1024.0 / 1024.0);
    private static string Ms(double value) => VietnameseNumbers.FormatNumber(Math.Round((decimal)value, 1));
    private static string Number(int value) => VietnameseNumbers.FormatNumber(value);
}
