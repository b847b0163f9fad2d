namespace ParReport.Domain.Registers;

/// <summary>The registers a unit keeps, as the reports in use count them.</summary>
public static class RegisterCatalog
{
    public const string Documents = "documents", PlanTasks = "plan-tasks", AssignedTasks = "assigned-tasks",
        Inspections = "inspections", Procedures = "procedures", Staffing = "staffing";

    private static RegisterColumn From => new(Register.From, "Áp dụng từ ngày", ColumnType.Date, Aliases: ["Từ ngày", "Ngày áp dụng"]);
    private static RegisterColumn Until => new(Register.Until, "Hết áp dụng từ ngày", ColumnType.Date, Aliases: ["Đến ngày", "Ngày bãi bỏ"]);

    public static IReadOnlyList<Register> All { get; } =
    [
        new(Documents, "Văn bản chỉ đạo, điều hành", "văn bản",
        [
            new("number", "Số", ColumnType.Text, Required: true, Aliases: ["Số văn bản", "Số hiệu"], MaxLength: 20),
            new("symbol", "Ký hiệu", ColumnType.Text, Required: true, Aliases: ["Ký hiệu văn bản"], MaxLength: 40),
            new("issued", "Ngày ban hành", ColumnType.Date, Required: true, Aliases: ["Ngày", "Ngày văn bản", "Ngày tháng văn bản", "Ngày, tháng văn bản", "Ngày ký"]),
            new("type", "Loại văn bản", ColumnType.Choice, Required: true,
                Options: ["Kế hoạch", "Quyết định", "Chỉ thị", "Công văn", "Thông báo", "Báo cáo", "Chương trình", "Khác"], Aliases: ["Loại"]),
            new("title", "Trích yếu", ColumnType.Text, Required: true, Aliases: ["Nội dung", "Trích yếu nội dung"], MaxLength: 1000),
            new("cchc", "Về CCHC", ColumnType.Flag, Aliases: ["CCHC", "Liên quan CCHC"]),
        ]) { FileColumns = [DocumentsFile.NumberAndSymbol, DocumentsFile.TypeAndTitle], Derived = DocumentsFile.Derived },
        new(PlanTasks, "Nhiệm vụ Kế hoạch CCHC năm", "nhiệm vụ",
        [
            new("year", "Năm kế hoạch", ColumnType.Number, Required: true, Aliases: ["Năm"]),
            new("task", "Nhiệm vụ", ColumnType.Text, Required: true, Aliases: ["Nội dung nhiệm vụ"], MaxLength: 1000),
            new("owner", "Đơn vị, người thực hiện", ColumnType.Text, Aliases: ["Người thực hiện", "Chủ trì"]),
            new("due", "Thời hạn", ColumnType.Date, Aliases: ["Hạn hoàn thành"]),
            new("done", "Ngày hoàn thành", ColumnType.Date, Aliases: ["Hoàn thành ngày"]),
        ]),
        new(AssignedTasks, "Nhiệm vụ cấp trên giao", "nhiệm vụ",
        [
            new("source", "Văn bản giao", ColumnType.Text, Required: true, Aliases: ["Văn bản", "Nguồn"]),
            new("task", "Nhiệm vụ", ColumnType.Text, Required: true, Aliases: ["Nội dung nhiệm vụ"], MaxLength: 1000),
            new("assigned", "Ngày giao", ColumnType.Date, Required: true),
            new("due", "Thời hạn", ColumnType.Date, Required: true, Aliases: ["Hạn hoàn thành"]),
            new("done", "Ngày hoàn thành", ColumnType.Date, Aliases: ["Hoàn thành ngày"]),
        ]),
        new(Inspections, "Kiểm tra CCHC", "cuộc kiểm tra",
        [
            new("date", "Ngày kiểm tra", ColumnType.Date, Required: true, Aliases: ["Ngày"]),
            new("unit", "Đơn vị được kiểm tra", ColumnType.Text, Required: true, Aliases: ["Đơn vị"]),
            new("kind", "Loại đơn vị", ColumnType.Choice, Required: true, Options: ["Cơ quan, đơn vị", "UBND cấp xã"]),
            new("found", "Số vấn đề phát hiện", ColumnType.Number, Aliases: ["Vấn đề phát hiện"]),
            new("resolved", "Số vấn đề đã xử lý xong", ColumnType.Number, Aliases: ["Đã xử lý", "Vấn đề đã xử lý"]),
        ]),
        new(Procedures, "Danh mục thủ tục hành chính", "thủ tục",
        [
            new("code", "Mã thủ tục", ColumnType.Text, Aliases: ["Mã TTHC", "Mã"], MaxLength: 40),
            new("name", "Tên thủ tục", ColumnType.Text, Required: true, Aliases: ["Tên TTHC", "Thủ tục"], MaxLength: 1000),
            new("field", "Lĩnh vực", ColumnType.Text, Required: true, MaxLength: 200),
            new("level", "Cấp thực hiện", ColumnType.Choice, Required: true, Options: ["Cấp xã", "Cấp huyện", "Cấp tỉnh", "Ngành dọc"], Aliases: ["Cấp", "Cơ quan thực hiện", "Cấp giải quyết"]),
            new("online", "Dịch vụ công trực tuyến", ColumnType.Choice, Options: ["Không", "Một phần", "Toàn trình"], Aliases: ["Mức độ trực tuyến", "Trực tuyến", "Mức độ DVC", "Mức độ dịch vụ công", "Mức độ DVCTT"]),
            new("fee", "Có phí, lệ phí", ColumnType.Flag, Aliases: ["Phí, lệ phí", "Phí"]),
            new("payment", "Thanh toán trực tuyến", ColumnType.Flag),
            new("portal", "Trên Cổng DVC quốc gia", ColumnType.Flag, Aliases: ["Cổng DVC quốc gia", "Công khai trên Cổng DVC quốc gia"]),
            From, Until,
        ], Lasting: true),
        new(Staffing, "Biên chế cán bộ, công chức", "nhóm",
        [
            new("category", "Nhóm", ColumnType.Choice, Required: true, Options: ["Cán bộ", "Công chức", "Không chuyên trách"], Aliases: ["Loại"]),
            new("assigned", "Số được giao", ColumnType.Number, Required: true, Aliases: ["Được giao", "Biên chế được giao"]),
            new("present", "Số có mặt", ColumnType.Number, Required: true, Aliases: ["Có mặt", "Hiện có"]),
            new("university", "Trình độ đại học trở lên", ColumnType.Number, Aliases: ["Đại học trở lên", "Đại học"]),
            new("politics", "Trung cấp lý luận chính trị trở lên", ColumnType.Number, Aliases: ["Lý luận chính trị"]),
            From, Until,
        ], Lasting: true),
    ];

    public static Register? Find(string id) => All.FirstOrDefault(r => r.Id == id);

    public static Register Get(string id) => Find(id) ?? throw new KeyNotFoundException($"No register '{id}'.");
}
