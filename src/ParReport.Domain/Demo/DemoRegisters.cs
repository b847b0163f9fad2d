using ParReport.Domain.Periods;
using ParReport.Domain.Registers;

namespace ParReport.Domain.Demo;

/// <summary>
/// The demo commune's registers, dated around the current reporting window so that its report has figures and lists to
/// take from them: the CCHC documents it issued, its annual plan's tasks, the district's tasks, an inspection, a
/// procedure catalogue of real commune procedures, and its staffing.
/// </summary>
public static class DemoRegisters
{
    private static readonly (string Field, string[] Names)[] Catalogue =
    [
        ("Hộ tịch", ["Đăng ký khai sinh", "Đăng ký kết hôn", "Đăng ký khai tử", "Đăng ký nhận cha, mẹ, con", "Cấp bản sao trích lục hộ tịch", "Đăng ký lại khai sinh"]),
        ("Chứng thực", ["Chứng thực bản sao từ bản chính", "Chứng thực chữ ký", "Chứng thực hợp đồng, giao dịch"]),
        ("Bảo trợ xã hội", ["Trợ cấp xã hội hằng tháng", "Hỗ trợ chi phí mai táng", "Xác định mức độ khuyết tật"]),
        ("Người có công", ["Hưởng mai táng phí, trợ cấp một lần khi người có công từ trần", "Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ"]),
        ("Đất đai", ["Hòa giải tranh chấp đất đai", "Xác nhận nguồn gốc sử dụng đất"]),
        ("Văn hóa cơ sở", ["Công nhận gia đình văn hóa", "Đăng ký hoạt động thư viện cộng đồng"]),
        ("Thi đua – khen thưởng", ["Tặng giấy khen của Chủ tịch UBND cấp xã"]),
        ("Nông nghiệp", ["Hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai"]),
        ("Giáo dục", ["Cho phép nhóm trẻ, lớp mẫu giáo độc lập hoạt động"]),
    ];

    public static IReadOnlyDictionary<string, IReadOnlyList<RegisterRow>> For(CutOffWindow window)
    {
        var (from, to, year) = (window.From, window.To, window.To.Year);
        string Day(DateOnly d) => d.ToString("dd/MM/yyyy");
        var length = to.DayNumber - from.DayNumber;
        DateOnly At(double share) => from.AddDays((int)(length * share));

        var documents = new List<RegisterRow>
        {
            Row(RegisterCatalog.Documents, ("number", "05"), ("symbol", "KH-UBND"), ("issued", Day(At(0.1))), ("type", "Kế hoạch"), ("title", $"về cải cách hành chính năm {year}"), ("cchc", "Có")),
            Row(RegisterCatalog.Documents, ("number", "07"), ("symbol", "KH-UBND"), ("issued", Day(At(0.15))), ("type", "Kế hoạch"), ("title", $"tuyên truyền cải cách hành chính năm {year}"), ("cchc", "Có")),
            Row(RegisterCatalog.Documents, ("number", "12"), ("symbol", "QĐ-UBND"), ("issued", Day(At(0.3))), ("type", "Quyết định"), ("title", "kiện toàn Bộ phận Tiếp nhận và trả kết quả"), ("cchc", "Có")),
            Row(RegisterCatalog.Documents, ("number", "18"), ("symbol", "KH-UBND"), ("issued", Day(At(0.55))), ("type", "Kế hoạch"), ("title", "duy trì, áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015"), ("cchc", "Có")),
            Row(RegisterCatalog.Documents, ("number", "31"), ("symbol", "TB-UBND"), ("issued", Day(At(0.6))), ("type", "Thông báo"), ("title", "lịch tiếp công dân"), ("cchc", "Không")),
        };
        string?[] done = [Day(At(0.12)), Day(At(0.5)), null, null, null, null];
        string[] tasks = ["Ban hành Kế hoạch CCHC năm", "Kiện toàn Bộ phận Một cửa", "Số hóa hồ sơ, kết quả giải quyết TTHC", "Khảo sát sự hài lòng của người dân", "Rà soát, đơn giản hóa TTHC", "Tổng kết công tác CCHC"];
        var plan = tasks.Select((task, i) => Row(RegisterCatalog.PlanTasks, ("year", year.ToString()), ("task", task), ("owner", i % 2 == 0 ? "Văn phòng – Thống kê" : "Tư pháp – Hộ tịch"),
            ("due", Day(new DateOnly(year, 2 * i + 1, 28))), ("done", done[i]))).ToList();
        var assigned = Enumerable.Range(0, 4).Select(i => Row(RegisterCatalog.AssignedTasks, ("source", $"Công văn số {210 + i}/UBND-NV"), ("task", $"Báo cáo chuyên đề CCHC số {i + 1}"),
            ("assigned", Day(At(0.1 + 0.2 * i))), ("due", Day(At(0.1 + 0.2 * i).AddDays(10))), ("done", i < 3 ? Day(At(0.1 + 0.2 * i).AddDays(7)) : null))).ToList();
        var inspections = new List<RegisterRow>
        {
            Row(RegisterCatalog.Inspections, ("date", Day(At(0.4))), ("unit", "Bộ phận Tiếp nhận và trả kết quả"), ("kind", "Cơ quan, đơn vị"), ("found", "3"), ("resolved", "2")),
        };
        var n = 0;
        var procedures = Catalogue.SelectMany(f => f.Names.Select(name => Row(RegisterCatalog.Procedures, ("code", $"2.{++n:000}"), ("name", name), ("field", f.Field), ("level", "Cấp xã"),
            ("online", n % 4 == 0 ? "Không" : n % 3 == 0 ? "Toàn trình" : "Một phần"), ("fee", f.Field is "Chứng thực" or "Hộ tịch" ? "Có" : "Không"),
            ("payment", f.Field == "Chứng thực" ? "Có" : "Không"), ("portal", n % 4 == 0 ? "Không" : "Có"), ("from", $"01/01/{year - 2}")))).ToList();
        var staffing = new List<RegisterRow>
        {
            Row(RegisterCatalog.Staffing, ("category", "Cán bộ"), ("assigned", "11"), ("present", "11"), ("university", "10"), ("politics", "11"), ("from", $"01/01/{year}")),
            Row(RegisterCatalog.Staffing, ("category", "Công chức"), ("assigned", "11"), ("present", "10"), ("university", "9"), ("politics", "7"), ("from", $"01/01/{year}")),
            Row(RegisterCatalog.Staffing, ("category", "Không chuyên trách"), ("assigned", "14"), ("present", "13"), ("university", "6"), ("politics", "4"), ("from", $"01/01/{year}")),
        };
        return new Dictionary<string, IReadOnlyList<RegisterRow>>
        {
            [RegisterCatalog.Documents] = documents, [RegisterCatalog.PlanTasks] = plan, [RegisterCatalog.AssignedTasks] = assigned,
            [RegisterCatalog.Inspections] = inspections, [RegisterCatalog.Procedures] = procedures, [RegisterCatalog.Staffing] = staffing,
        };
    }

    private static RegisterRow Row(string register, params (string Column, string? Value)[] cells) =>
        RegisterRows.Read(RegisterCatalog.Get(register), cells.ToDictionary(c => c.Column, c => c.Value)).Row
        ?? throw new InvalidOperationException($"A demo row of {register} does not read: {string.Join(", ", cells)}");
}
