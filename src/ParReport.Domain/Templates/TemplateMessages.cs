namespace ParReport.Domain.Templates;

/// <summary>Vietnamese messages for template files that cannot be loaded.</summary>
internal static class TemplateMessages
{
    public static string InvalidJson(string detail) => $"tệp không phải JSON hợp lệ ({detail}).";
    public static string Missing(string member) => $"thiếu «{member}».";
    public static string NullItem(string path) => $"phần tử «{path}» là null: mỗi phần tử của danh sách phải có nội dung.";
    public static string BadDate(string value) => $"ngày «{value}» không đúng dạng yyyy-MM-dd.";
    public static string DuplicateField(string id) => $"lĩnh vực «{id}» khai báo hai lần.";
    public static string UnknownField(string id) => $"lĩnh vực phụ trách «{id}» không có trong danh sách «fields».";
    public static string DuplicateOutline(string code) => $"mục đề cương «{code}» trùng mã.";
    public static string UnknownForm(string code) => $"dẫn chiếu tới biểu mẫu «{code}» không tồn tại.";
    public static string DuplicateForm(string code) => $"biểu mẫu «{code}» trùng mã.";
    public static string UnknownOutline(string code) => $"dẫn chiếu tới mục đề cương «{code}» không tồn tại.";
    public static string DuplicateCode(string form) => $"mã chỉ tiêu trùng trong biểu mẫu {form}.";
    public static string UnknownChartKind(string? kind) => $"loại biểu đồ «{kind}» không tồn tại (chỉ dùng: ranking, trend).";
    public static string ChartNeedsRollUp(string key) =>
        $"biểu đồ theo chỉ tiêu «{key}»: chỉ tiêu phải có «rollUp» (khái niệm tổng hợp từ đơn vị cấp dưới).";
    public static string UnknownKind(string kind) =>
        $"loại «{kind}» không tồn tại (chỉ dùng: group, count, money, rate, percent, choice, text).";
    public static string UnknownUnit(string unit) => $"đơn vị tính «{unit}» không có trong danh mục đơn vị.";
    public static string UnitDoesNotFit(string? unit, string kind) => $"đơn vị tính «{unit ?? "(trống)"}» không dùng được cho loại {kind}.";
    public static string UnknownParent(string parent) => $"chỉ tiêu cha «{parent}» không tồn tại.";
    public static string Cycle(string path) => $"quan hệ cha – con tạo thành vòng lặp: {path}.";
    public static string RateNeedsParts => "tỷ lệ tính toán phải có «numerator» (tử số) và «denominator» (mẫu số).";
    public static string UnknownPart(string role, string code) => $"{role} «{code}» không tồn tại.";
    public static string PartNotQuantity(string role, string code) =>
        $"{role} «{code}» phải là chỉ tiêu đếm hoặc tiền (count, money).";
    public static string PartsDifferentUnits(string a, string b) => $"tử số và mẫu số khác đơn vị tính («{a}», «{b}»).";
    public static string ChoiceNeedsOptions => "lựa chọn mã hóa phải có ít nhất hai phương án «options».";
    public static string DuplicateOption(int code) => $"phương án mã {code} khai báo hai lần.";
    public static string OptionsOnlyForChoice => "chỉ lựa chọn mã hóa (choice) mới có «options».";
    public static string PartsOnlyForRate => "chỉ tỷ lệ tính toán (rate) mới có tử số và mẫu số.";
    public static string SumNeedsQuantity => "chỉ tiêu tổng («sumOf») phải là chỉ tiêu đếm hoặc tiền.";

    public static string BadParts(string parts) =>
        $"«parts» là «{parts}»: chỉ nhận partition (các phần cộng lại bằng tổng), disjoint (các phần không trùng nhau, cộng lại không quá tổng) hoặc overlapping (mỗi phần không quá tổng), và chỉ cho chỉ tiêu đếm hoặc tiền.";

    public static string BadRequires(string? requires) =>
        $"«requires» của lựa chọn là «{requires}»: chỉ nhận some (các số liệu bên dưới phải lớn hơn 0) hoặc none (phải bằng 0 hoặc để trống).";

    public static string BadRegister(string problem) => $"nguồn từ sổ («register») sai: {problem}.";

    public static string UnknownList(string list, IEnumerable<string> kinds) =>
        $"danh sách «{list}» không có (các danh sách: {string.Join(", ", kinds)}).";
}
