using ParReport.Domain.Formatting;

namespace ParReport.Faults;

/// <summary>What the fault tool prints.</summary>
public static class FaultMessages
{
    public static string MissingValue(string option) => $"Thiếu giá trị sau {option}.";
    public static string NotAPositiveNumber(string option) => $"{option} cần một số nguyên dương.";
    public static string Unknown(string option, string value) => $"Không hiểu «{value}»{(option.Length > 0 ? $" sau {option}" : "")}. Dùng: [--kills 20] [--database sqlite|postgres|both] [--scenario import|submit|docx|all] [--rows 1000000] [--seed 1]";
    public static string Missing(string file) => $"Không thấy {file}: hãy build trước (dotnet build -c Release).";
    public static string Hung(string what) => $"«{what}» không kết thúc sau {Programs.HangAfter.TotalMinutes:0} phút (treo?).";
    public static string WebExited(int code) => $"Ứng dụng web dừng khi khởi động (mã {code}).";
    public static string Failed(string what, Programs.Run run) => $"«{what}» kết thúc với mã {run.Exit}: {run.Error.Trim()} {run.Output.Trim()}".Trim();
    public static string AtKill(int kill, string problem) => $"lần ngắt {kill}: {problem}";

    public static string Integrity(string? result) => $"PRAGMA integrity_check: {result}";
    public static string NotWal(string? mode) => $"CSDL SQLite không ở chế độ WAL (journal_mode = {mode}).";
    public static string Chain(int report, long step, int expected, int found) => $"báo cáo {report}: bước {step} bắt đầu từ trạng thái {found}, bước trước kết thúc ở {expected}.";
    public static string State(int report, int stored, int fromSteps) => $"báo cáo {report}: trạng thái {stored}, các bước kết thúc ở {fromSteps}.";
    public static string Numbers(int report, IEnumerable<int> numbers) => $"báo cáo {report}: số phiên bản không liên tục ({string.Join(", ", numbers)}).";
    public static string Unsigned(int report, IEnumerable<int?> signed, IEnumerable<int> kept) =>
        $"báo cáo {report}: các bước ký gửi ghi phiên bản {string.Join(", ", signed)}, có các phiên bản {string.Join(", ", kept)}.";
    public static string BadValues(int report, int version) => $"báo cáo {report}: số liệu phiên bản {version} không đọc được.";
    public static string BadVersionDocx(int report, int version) => $"báo cáo {report}: DOCX của phiên bản {version} không mở được.";

    public static string CleanCount(long rows) => $"lần nhập sạch không lưu đủ {VietnameseNumbers.FormatNumber(rows)} hồ sơ.";
    public static string Partial(long stored, long rows) => $"nhập dở: {VietnameseNumbers.FormatNumber(stored)} trên {VietnameseNumbers.FormatNumber(rows)} hồ sơ.";
    public static string ImportRecord(long dossiers, int imports) => $"{VietnameseNumbers.FormatNumber(dossiers)} hồ sơ nhưng {imports} lần nhập được ghi.";
    public const string StatsAfterKill = "thống kê sau khi ngắt không phải của CSDL trống, cũng không phải của lần nhập sạch.";
    public const string StatsDiffer = "nhập lại xong, thống kê khác lần nhập sạch.";
    public static string RowsLost(long rows) => $"nhập lại xong, thiếu {VietnameseNumbers.FormatNumber(rows)} hồ sơ.";

    public static string LeftInTemp(int files, long bytes) => $"để lại {files} tệp tạm ({VietnameseNumbers.FormatNumber(bytes)} byte) trong thư mục tạm.";
    public static string HalfWritten(string file) => $"{file} mang tên cuối nhưng không mở được (ghi dở).";
    public static string Unexpected(string file) => $"{file} không có trong lần chạy sạch.";
    public static string DocumentsDiffer(int written, int expected) => $"chạy lại ghi {written} tệp DOCX nguyên vẹn, lần chạy sạch {expected}.";

    public static string StepRefused(string step, int status, string body) => $"bước {step}: HTTP {status} {body}";
    public static string NotCarriedOn(string detail) => $"sau các lần ngắt, việc gửi báo cáo không tiếp tục được: {detail}";

    public const string Header = "kịch bản | CSDL     | lần ngắt | khi đang chạy | giữa chừng | đã xong trước khi ngắt | sai lệch | hồ sơ mất | khởi động | lần chạy sạch";
    public static string Row(Outcome o) =>
        $"{o.Scenario,-8} | {o.Database,-8} | {o.Kills,8} | {o.Running,13} | {o.Landed,10} | {o.Committed,22} | {o.Problems.Count,8} | {(o.RowsLost is { } lost ? VietnameseNumbers.FormatNumber(lost) : "—"),9} | {Seconds(o.Startup),9} | {Seconds(o.Clean)}";
    private static string Seconds(TimeSpan t) => VietnameseNumbers.FormatNumber((decimal)Math.Round(t.TotalSeconds, 2)) + " s";
    public static string Broke(string scenario, string database, string detail) => $"{scenario} trên {database}: dừng vì lỗi: {detail}";
}
