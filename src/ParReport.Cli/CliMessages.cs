using ParReport.Domain.Templates;
using ParReport.Domain.Periods;
using ParReport.Domain.Text;

namespace ParReport.Cli;

/// <summary>The Vietnamese wording of the command line's results and refusals, reviewed in one place.</summary>
internal static class CliMessages
{
    public static string FileNotFound(string path) => $"Không tìm thấy tệp «{path}».";
    public static string Database(string detail) => $"Không làm việc được với CSDL: {detail}";

    public static string UnknownTemplate(string id, int? version) => $"Không có mẫu «{id}»{(version is { } n ? $" phiên bản {n}" : "")}. Xem: parreport templates list";
    public static string TemplateFileMissing(string name, string path) => $"{name}: không tìm thấy tệp «{path}».";
    public static string TemplateValid(string name, string id, int version, int forms, int indicators, int rules) =>
        $"{name}: hợp lệ — mẫu {id} phiên bản {version}, {forms} biểu mẫu, {indicators} chỉ tiêu, {rules} ràng buộc.";

    public static string InferredName(string file) => $"Mẫu suy ra từ phụ lục của {file}";
    public static string NoAppendix(string file) => $"Không thấy bảng phụ lục (STT | Chỉ tiêu | Đơn vị tính | Số liệu) trong tệp «{file}»: không suy ra được mẫu.";
    public static string Inferred(string file, int rows, int forms, int indicators, int rates, int choices, int rules, string? target) =>
        $"{file}: {rows} dòng phụ lục → {forms} biểu mẫu, {indicators} chỉ tiêu ({rates} tỷ lệ tính từ các dòng con, {choices} lựa chọn), {rules} ràng buộc"
        + (target is null ? "." : $"; đã ghi vào {target}.")
        + " Hãy rà soát (tổng bằng tổng các phần, đơn vị tính) rồi kiểm tra bằng: parreport templates validate TỆP";

    public static string MissingColumn(string column, IEnumerable<string> names) =>
        $"dòng 1: thiếu cột «{column}» (có thể đặt tên {string.Join(", ", names.Select(n => $"«{n}»"))}).";
    public static string DuplicateColumn(string header, string column) =>
        $"dòng 1: tiêu đề «{header}» có ở hai cột, không rõ cột nào là «{column}».";
    public const string EmptyCell = "ô trống.";
    public const string BadLevel = "cấp không rõ, chỉ nhận tinh, huyen hoặc xa.";
    public const string DuplicateUnit = "mã đã có ở một dòng trên.";
    public static string LineProblem(string file, int line, string problem) => $"{file}: dòng {line}: {problem}";
    public static string NothingImported(int errors) => $"Không nhập đơn vị nào: {errors} lỗi.";
    public static string UnitsImported(int count, string file) => $"Đã nhập {count} đơn vị từ {file}.";

    public const string DemoExists = "CSDL đã có dữ liệu đơn vị; không tạo thêm dữ liệu mẫu.";
    public static string NotAsked(string unit) => $"Đơn vị «{unit}» không còn trong danh sách phải báo cáo của yêu cầu; bỏ qua báo cáo của đơn vị.";

    public static string UnknownRequest(int id) => $"Không có yêu cầu báo cáo mã {id}.";

    public const string RequestOrRollUp = "Cần --request (tổng hợp một yêu cầu), hoặc --period và --template (tổng hợp mọi đơn vị cấp dưới của --unit, bỏ trống: cả nước), không dùng cả hai.";

    public static string NothingToRollUp(string? unit, ReportingPeriod period, string template) => unit is null
        ? $"Không có yêu cầu báo cáo {period.Label} nào theo mẫu «{template}»."
        : $"Không có đơn vị «{unit}», hoặc không có yêu cầu báo cáo {period.Label} theo mẫu «{template}» cho các đơn vị cấp dưới của đơn vị đó.";

    public static string AggregateFile(string name) => $"Tệp «{name}»: chỉ ghi được tệp .xlsx hoặc .csv.";

    public static string AggregateWritten(string path, string madeOf) => $"Đã ghi {path} — số liệu {madeOf}.";

    public static string Reminded(int notices) => $"Đã gửi {notices} thông báo nhắc hạn.";

    public static string BadHour(string text) => $"Giờ «{text}» không đọc được; hãy viết dạng 10:00.";

    public const string LetterNeedsNumberAndDate = "Văn bản yêu cầu cần cả số (--letter) và ngày (--letter-date).";
    public static string RequestExists(string issuer, ReportingPeriod period) =>
        $"{issuer} đã gửi yêu cầu báo cáo {period.Label}; không tạo thêm.";
    public static string RequestAdded(string issuer, ReportingRequest request, int units) =>
        $"Đã tạo yêu cầu báo cáo {request.Period.Label} của {issuer} (mẫu {request.Template}): chốt số liệu {request.Window.From:dd/MM/yyyy} – {request.Window.To:dd/MM/yyyy}, "
        + $"hạn nộp {request.Deadline:dd/MM/yyyy}, gửi {units} đơn vị.";
    public static string DossiersFlowed(int values) => $"Đã cập nhật {values} chỉ tiêu hồ sơ trong các báo cáo đang lập của đơn vị.";
    public static string DemoUsers(string password) => $"Người dùng demo (mật khẩu chung «{password}»):";
    public static string DemoCreated(int units, int requests, int reports) =>
        $"Đã tạo dữ liệu mẫu: {units} đơn vị, {requests} yêu cầu báo cáo, {reports} báo cáo.";

    public static string CannotCheck(string file, string detail) => $"Không kiểm tra được tệp «{file}»: {detail}";

    public static string NotAReport(string file) =>
        $"Không nhận ra báo cáo trong tệp «{file}»: không thấy tiêu đề «BÁO CÁO … kỳ báo cáo» hay bảng phụ lục.";

    public static string BadPeriod(string? text) => $"Kỳ báo cáo «{text}» không hợp lệ; dùng dạng 2024-Q1, 2024-6T, 2024-9T, 2024-N.";
    public static string BadDate(string text) => $"Ngày «{text}» không đúng dạng dd/MM/yyyy.";
    public const string UnitOrIssuer = "Cần đúng một trong hai: --unit (một báo cáo) hoặc --issuer (mọi báo cáo trả lời yêu cầu của đơn vị đó).";
    public static string NoReport(ReportingPeriod period, string unit) => $"Không có báo cáo {period.Label} của đơn vị «{unit}».";
    public static string NoReports(ReportingPeriod period, string issuer) => $"Không có báo cáo {period.Label} nào trả lời yêu cầu của đơn vị «{issuer}».";
    public static string UnknownUnit(string code) => $"Không có đơn vị mã «{code}». Xem: parreport units list";
    public static string BadMapping(string pair) => $"«{pair}» không phải dạng «tiêu đề=cột» với một cột đã biết (ví dụ \"Số biên nhận=ma ho so\").";
    public static string MoreErrors(int count) => $"… và {count} dòng lỗi nữa.";
    public static string NothingImportedDossiers(int refused) =>
        $"Không nhập hồ sơ nào: {refused} dòng lỗi. Sửa tệp, hoặc dùng --good-rows-only để chỉ nhập các dòng hợp lệ.";
    public static string DossiersImported(int inserted, int updated, int refused, string file) =>
        $"Đã nhập từ {file}: {inserted} hồ sơ mới, {updated} hồ sơ cập nhật theo mã" + (refused > 0 ? $", bỏ qua {refused} dòng lỗi." : ".");
    public static string BadWindow(string from, string to) => $"Thời gian «{from}» – «{to}» không hợp lệ: dùng dd/MM/yyyy, ngày đầu không sau ngày cuối.";

    public static string BackedUp(string database, string file) => $"Đã sao lưu {database} vào {file}.";
    public static string Restored(string database, string file) => $"Đã phục hồi {database} từ {file}.";

    public static string Written(string path) => $"Đã ghi {path}.";

    public static string RegisterImported(int rows, int replaced, string file) => $"Đã nhập {rows} dòng từ {file}, thay cho {replaced} dòng trước đó.";

    public static string RegisterFlowed(int values) => $"Đã cập nhật {values} chỉ tiêu trong các báo cáo đang lập của đơn vị.";

    public static string WrittenMany(int count, string folder, TimeSpan elapsed) => $"Đã ghi {count} tệp vào {folder} trong {elapsed.TotalSeconds:0.00} giây.";
}
