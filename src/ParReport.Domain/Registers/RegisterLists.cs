using System.Text;
using ParReport.Domain.Formatting;
using ParReport.Domain.Periods;

namespace ParReport.Domain.Registers;

/// <summary>
/// The lists and sentences a report's text states from the unit's registers, written as the reports write them by hand:
/// "- Kế hoạch số 05/KH-UBND ngày 22/01/2024 về cải cách hành chính năm 2024;", "101 TTHC trên 9 lĩnh vực, cụ thể: Tư pháp
/// 37 thủ tục, …". An outline item names those it holds; the official puts them into the text and edits them there
/// before the report is generated. (The plan's progress needs no list: its sentence is written from the figures the
/// plan's register gives, <see cref="Writing.StatisticalText"/>.)
/// </summary>
public static class RegisterLists
{
    public const string Documents = "documents", AssignedTasks = "assigned-tasks",
        Inspections = "inspections", ProceduresByField = "procedures-by-field", Staffing = "staffing";

    public static IReadOnlyList<string> Kinds { get; } = [Documents, AssignedTasks, Inspections, ProceduresByField, Staffing];

    /// <summary>The register each list is written from.</summary>
    public static string RegisterOf(string kind) => kind switch
    {
        Documents => RegisterCatalog.Documents,
        AssignedTasks => RegisterCatalog.AssignedTasks,
        Inspections => RegisterCatalog.Inspections,
        ProceduresByField => RegisterCatalog.Procedures,
        _ => RegisterCatalog.Staffing,
    };

    public static string Title(string kind) => kind switch
    {
        Documents => "Danh sách văn bản chỉ đạo, điều hành về CCHC ban hành trong kỳ",
        AssignedTasks => "Kết quả thực hiện nhiệm vụ cấp trên giao",
        Inspections => "Kết quả kiểm tra CCHC",
        ProceduresByField => "Số TTHC theo lĩnh vực",
        _ => "Biên chế cán bộ, công chức",
    };

    /// <summary>The text of one list for a window, or null when its register has no row at all (nothing to state).</summary>
    public static string? Text(string kind, IReadOnlyList<RegisterRow> rows, CutOffWindow window)
    {
        if (rows.Count == 0) return null;
        var register = RegisterCatalog.Get(RegisterOf(kind));
        var alive = rows.Where(r => register.Alive(r, window.To)).ToList();
        return kind switch
        {
            Documents => DocumentList(rows, window),
            AssignedTasks => AssignedSentence(rows, window),
            Inspections => InspectionSentence(rows, window),
            ProceduresByField => ProcedureSentence(alive),
            _ => StaffingSentences(alive),
        };
    }

    private static string Two(decimal n) => VietnameseNumbers.FormatCountTwoDigits(n);

    private static string DocumentList(IReadOnlyList<RegisterRow> rows, CutOffWindow window)
    {
        var issued = rows.Where(r => r.Flag("cchc") && r.Date("issued") is { } d && window.Contains(d))
            .OrderBy(r => r.Date("issued")).ThenBy(r => r.Text("number"), StringComparer.Ordinal).ToList();
        if (issued.Count == 0) return $"Trong kỳ (từ ngày {window.From:dd/MM/yyyy} đến ngày {window.To:dd/MM/yyyy}) chưa ban hành văn bản chỉ đạo, điều hành nào về CCHC.";
        var text = new StringBuilder($"Trong kỳ, đã ban hành {Two(issued.Count)} văn bản chỉ đạo, điều hành về CCHC, gồm:");
        for (var i = 0; i < issued.Count; i++)
        {
            var row = issued[i];
            var title = row.Text("title")!.TrimEnd('.', ';', ' ');
            var about = title.StartsWith("về ", StringComparison.OrdinalIgnoreCase) || title.StartsWith("V/v", StringComparison.OrdinalIgnoreCase) ? title : "về " + title;
            text.Append($"\n- {row.Text("type")} số {row.Text("number")}/{row.Text("symbol")} ngày {row.Date("issued"):dd/MM/yyyy} {about}{(i == issued.Count - 1 ? "." : ";")}");
        }
        return text.ToString();
    }

    private static string AssignedSentence(IReadOnlyList<RegisterRow> rows, CutOffWindow window)
    {
        var given = rows.Where(r => r.Date("assigned") is { } d && window.Contains(d)).ToList();
        if (given.Count == 0) return "Trong kỳ, không có nhiệm vụ nào được cấp trên giao.";
        bool DoneBy(RegisterRow r) => r.Date("done") is { } d && d <= window.To;
        var onTime = given.Count(r => DoneBy(r) && r.Date("done") <= r.Date("due"));
        var late = given.Count(r => DoneBy(r) && r.Date("done") > r.Date("due"));
        var overdue = given.Count(r => !DoneBy(r) && r.Date("due") < window.To);
        var pending = given.Count - onTime - late - overdue;
        return $"Trong kỳ, được cấp trên giao {Two(given.Count)} nhiệm vụ: đã hoàn thành đúng hạn {Two(onTime)} nhiệm vụ, hoàn thành nhưng quá hạn {Two(late)} nhiệm vụ, "
            + $"quá hạn chưa hoàn thành {Two(overdue)} nhiệm vụ, đang thực hiện trong hạn {Two(pending)} nhiệm vụ.";
    }

    private static string InspectionSentence(IReadOnlyList<RegisterRow> rows, CutOffWindow window)
    {
        var held = rows.Where(r => r.Date("date") is { } d && window.Contains(d)).ToList();
        if (held.Count == 0) return "Trong kỳ, chưa tiến hành kiểm tra CCHC.";
        var found = held.Sum(r => r.Number("found") ?? 0);
        var resolved = held.Sum(r => r.Number("resolved") ?? 0);
        return $"Trong kỳ, đã kiểm tra CCHC tại {Two(held.Count)} cơ quan, đơn vị ({string.Join(", ", held.Select(r => r.Text("unit")).Distinct())}); "
            + $"phát hiện {Two(found)} vấn đề, đã xử lý xong {Two(resolved)} vấn đề.";
    }

    private static string ProcedureSentence(IReadOnlyList<RegisterRow> alive)
    {
        if (alive.Count == 0) return "Sổ chưa có thủ tục hành chính nào còn hiệu lực.";
        var fields = alive.GroupBy(r => r.Text("field")!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        return $"Tính đến thời điểm báo cáo, có {VietnameseNumbers.FormatNumber(alive.Count)} TTHC trên {VietnameseNumbers.FormatNumber(fields.Count)} lĩnh vực được công khai, giải quyết, cụ thể: "
            + string.Join(", ", fields.Select(g => $"{g.Key} {Two(g.Count())} thủ tục")) + ".";
    }

    private static string StaffingSentences(IReadOnlyList<RegisterRow> alive)
    {
        if (alive.Count == 0) return "Sổ chưa có số liệu biên chế còn áp dụng.";
        var categories = alive.GroupBy(r => r.Text("category")!).ToList();
        decimal Sum(IEnumerable<RegisterRow> rows, string column) => rows.Sum(r => r.Number(column) ?? 0);
        var text = new StringBuilder($"Tổng số biên chế được giao là {Two(Sum(alive, "assigned"))} người, hiện có mặt {Two(Sum(alive, "present"))} người, trong đó: ");
        text.Append(string.Join("; ", categories.Select(g => $"{g.Key.ToLowerInvariant()} được giao {Two(Sum(g, "assigned"))}, có mặt {Two(Sum(g, "present"))} người")));
        text.Append('.');
        if (alive.Any(r => r.Has("university")) || alive.Any(r => r.Has("politics")))
            text.Append($"\nVề trình độ: {Two(Sum(alive, "university"))} người có trình độ đại học trở lên; {Two(Sum(alive, "politics"))} người có trình độ trung cấp lý luận chính trị trở lên.");
        return text.ToString();
    }
}
