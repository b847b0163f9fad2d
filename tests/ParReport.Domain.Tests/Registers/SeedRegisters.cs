using ParReport.Domain.Periods;
using ParReport.Domain.Registers;

namespace ParReport.Domain.Tests.Registers;

/// <summary>
/// Small registers modelled on the seed reports, for the half-year 15/12/2023 – 14/06/2024: 12 plans and decisions on
/// CCHC issued in it (and others outside it or on other matters), 6 tasks in the 2024 CCHC plan of which 3 done by its
/// end, 14 tasks from the district all done on time, 101 procedures over 9 fields (Phương Định's catalogue), 2 inspections.
/// </summary>
internal static class SeedRegisters
{
    public static readonly CutOffWindow HalfYear = new(new DateOnly(2023, 12, 15), new DateOnly(2024, 6, 14));

    public static readonly (string Field, int Count)[] Fields =
    [
        ("Tư pháp", 37), ("Lao động Thương binh & xã hội", 18), ("Văn hóa - Xã hội", 17), ("Nông nghiệp và phát triển nông thôn", 7),
        ("Thanh tra", 7), ("Thi đua - Khen thưởng", 5), ("Giáo dục", 5), ("Tài chính - Kế hoạch", 3), ("Địa chính - Xây dựng, Môi trường", 2),
    ];

    public static RegisterRow Row(string register, params (string Column, string? Value)[] cells)
    {
        var (row, errors) = RegisterRows.Read(RegisterCatalog.Get(register), cells.ToDictionary(c => c.Column, c => c.Value));
        Assert.True(row is not null, string.Join("; ", errors));
        return row!;
    }

    public static IReadOnlyList<RegisterRow> Documents()
    {
        var rows = new List<RegisterRow>();
        var day = new DateOnly(2023, 12, 20);
        for (var i = 1; i <= 12; i++, day = day.AddDays(14))
            rows.Add(Row(RegisterCatalog.Documents, ("number", $"{i:00}"), ("symbol", i % 3 == 0 ? "QĐ-UBND" : "KH-UBND"), ("issued", day.ToString("dd/MM/yyyy")),
                ("type", i % 3 == 0 ? "Quyết định" : "Kế hoạch"), ("title", $"về nhiệm vụ CCHC số {i}"), ("cchc", "Có")));
        // Outside the window, and inside it on another matter: neither is counted.
        rows.Add(Row(RegisterCatalog.Documents, ("number", "57"), ("symbol", "KH-UBND"), ("issued", "29/11/2023"), ("type", "Kế hoạch"), ("title", "kiểm soát TTHC năm 2024"), ("cchc", "Có")));
        rows.Add(Row(RegisterCatalog.Documents, ("number", "60"), ("symbol", "KH-UBND"), ("issued", "15/06/2024"), ("type", "Kế hoạch"), ("title", "CCHC quý III"), ("cchc", "Có")));
        rows.Add(Row(RegisterCatalog.Documents, ("number", "31"), ("symbol", "TB-UBND"), ("issued", "05/03/2024"), ("type", "Thông báo"), ("title", "lịch tiếp công dân"), ("cchc", "Không")));
        return rows;
    }

    public static IReadOnlyList<RegisterRow> PlanTasks()
    {
        var rows = new List<RegisterRow>();
        string?[] done = ["20/01/2024", "15/03/2024", "14/06/2024", "20/06/2024", null, null];
        for (var i = 0; i < 6; i++)
            rows.Add(Row(RegisterCatalog.PlanTasks, ("year", "2024"), ("task", $"Nhiệm vụ {i + 1}"), ("owner", "Văn phòng"), ("due", "30/11/2024"), ("done", done[i])));
        rows.Add(Row(RegisterCatalog.PlanTasks, ("year", "2023"), ("task", "Nhiệm vụ năm trước"), ("done", "10/12/2023")));
        rows.Add(Row(RegisterCatalog.PlanTasks, ("year", "2023"), ("task", "Nhiệm vụ năm trước chưa xong")));
        return rows;
    }

    public static IReadOnlyList<RegisterRow> AssignedTasks()
    {
        var rows = new List<RegisterRow>();
        var day = new DateOnly(2024, 1, 2);
        for (var i = 1; i <= 14; i++, day = day.AddDays(10))
            rows.Add(Row(RegisterCatalog.AssignedTasks, ("source", $"Công văn số {100 + i}/UBND-VP"), ("task", $"Nhiệm vụ {i}"), ("assigned", day.ToString("dd/MM/yyyy")),
                ("due", day.AddDays(7).ToString("dd/MM/yyyy")), ("done", day.AddDays(i % 4 + 1).ToString("dd/MM/yyyy"))));
        // Given before the window: another period's.
        rows.Add(Row(RegisterCatalog.AssignedTasks, ("source", "Công văn số 90/UBND-VP"), ("task", "Cũ"), ("assigned", "01/12/2023"), ("due", "05/12/2023"), ("done", "10/12/2023")));
        return rows;
    }

    public static IReadOnlyList<RegisterRow> Procedures()
    {
        var rows = new List<RegisterRow>();
        var n = 0;
        foreach (var (field, count) in Fields)
            for (var i = 0; i < count; i++, n++)
                rows.Add(Row(RegisterCatalog.Procedures, ("code", $"1.{n:000}"), ("name", $"Thủ tục {n}"), ("field", field), ("level", "Cấp xã"),
                    ("online", n < 60 ? "Một phần" : n < 80 ? "Toàn trình" : "Không"), ("portal", n < 70 ? "Có" : "Không"),
                    ("fee", n % 3 == 0 ? "Có" : "Không"), ("payment", n % 9 == 0 ? "Có" : "Không"), ("from", "01/01/2022")));
        // Abolished before the window's end, and announced after it: neither applies on 14/06/2024.
        rows.Add(Row(RegisterCatalog.Procedures, ("name", "Bãi bỏ"), ("field", "Tư pháp"), ("level", "Cấp xã"), ("from", "01/01/2022"), ("until", "01/03/2024")));
        rows.Add(Row(RegisterCatalog.Procedures, ("name", "Mới"), ("field", "Giáo dục"), ("level", "Cấp xã"), ("from", "01/07/2024")));
        return rows;
    }

    public static IReadOnlyList<RegisterRow> Inspections() =>
    [
        Row(RegisterCatalog.Inspections, ("date", "12/03/2024"), ("unit", "Bộ phận Một cửa"), ("kind", "Cơ quan, đơn vị"), ("found", "5"), ("resolved", "4")),
        Row(RegisterCatalog.Inspections, ("date", "20/05/2024"), ("unit", "UBND xã Phương Định"), ("kind", "UBND cấp xã"), ("found", "3"), ("resolved", "3")),
        Row(RegisterCatalog.Inspections, ("date", "20/06/2024"), ("unit", "Trường tiểu học"), ("kind", "Cơ quan, đơn vị"), ("found", "2"), ("resolved", "0")),
    ];

    public static IReadOnlyList<RegisterRow> Staffing() =>
    [
        Row(RegisterCatalog.Staffing, ("category", "Cán bộ"), ("assigned", "11"), ("present", "11"), ("university", "10"), ("politics", "11"), ("from", "01/01/2024")),
        Row(RegisterCatalog.Staffing, ("category", "Công chức"), ("assigned", "11"), ("present", "10"), ("university", "8"), ("politics", "9"), ("from", "01/01/2024")),
        Row(RegisterCatalog.Staffing, ("category", "Công chức"), ("assigned", "12"), ("present", "12"), ("from", "01/01/2023"), ("until", "01/01/2024")),
    ];

    public static IReadOnlyDictionary<string, IReadOnlyList<RegisterRow>> All() => new Dictionary<string, IReadOnlyList<RegisterRow>>
    {
        [RegisterCatalog.Documents] = Documents(), [RegisterCatalog.PlanTasks] = PlanTasks(), [RegisterCatalog.AssignedTasks] = AssignedTasks(),
        [RegisterCatalog.Procedures] = Procedures(), [RegisterCatalog.Inspections] = Inspections(), [RegisterCatalog.Staffing] = Staffing(),
    };
}
