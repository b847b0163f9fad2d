using ParReport.Domain.Entry;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Templates;

namespace ParReport.Documents;

/// <summary>
/// The letter (công văn phân công) by which a unit's people's committee shares its report out to its officials, as the
/// Bình Lãng directive does: the request it answers, who reports which sections and forms, the cut-off window, the
/// deadline with its hour, and whom it is sent to. What it says around that is a <see cref="Documents.Letterhead"/>, whose
/// <see cref="Letterhead.Title"/> is the subject ("V/v …") written under the number.
/// </summary>
/// <param name="Addressees">"Kính gửi:" the officials given parts with their fields, one line each.</param>
/// <param name="Rows">Who reports what by when, in the order of the report's parts.</param>
/// <param name="Remaining">The parts given to nobody, said to stay with the compiler; null when every part is given.</param>
public sealed record AssignmentLetter(Letterhead Letterhead, IReadOnlyList<string> Addressees, IReadOnlyList<AssignmentLetter.Row> Rows,
    string? Remaining, string Window, string Deadline)
{
    public const string ContentHeading = "1. Nội dung báo cáo";
    public const string ContentIntro = "Các đồng chí được phân công báo cáo các nội dung của đề cương và số liệu các biểu mẫu theo lĩnh vực phụ trách, cụ thể:";
    public const string WindowHeading = "2. Thời gian chốt số liệu";
    public const string DeadlineHeading = "3. Thời hạn gửi báo cáo";
    public static readonly string[] Columns = ["STT", "Người thực hiện", "Lĩnh vực phụ trách", "Nội dung báo cáo", "Thời hạn"];

    /// <summary>One official's share with one deadline: the parts' labels ("Mục II.1. Cải cách thể chế", "Biểu II. …").</summary>
    public sealed record Row(string Name, string Field, IReadOnlyList<string> Parts, string Deadline);

    /// <summary>A part given to an official, due on a day.</summary>
    public sealed record Given(ReportPart Part, string AssigneeId, string AssigneeName, DateOnly Deadline);

    /// <summary>"V/v triển khai thực hiện báo cáo CCHC 6 tháng đầu năm 2024".</summary>
    public static string Subject(ReportingPeriod period) => $"V/v triển khai thực hiện báo cáo CCHC {period.Label}";

    /// <summary>"trước 16 giờ 00 ngày 10 tháng 6 năm 2024".</summary>
    public static string Before(DateOnly day, TimeOnly hour) => $"trước {hour:HH} giờ {hour:mm} {Letterhead.Long(day)}";

    /// <param name="given">The parts given to officials, in the order of the report's parts.</param>
    /// <param name="hour">The hour of every deadline day: the parts' deadlines are days.</param>
    public static AssignmentLetter For(OrgUnit unit, OrgUnit? upper, ReportingRequest request, ReportTemplate template, IReadOnlyList<Given> given,
        string number, DateOnly date, TimeOnly hour, string signerName)
    {
        var self = Letterhead.Short(unit);
        string FieldsOf(IEnumerable<Given> parts) => string.Join(", ", parts.Select(g => g.Part.Field).OfType<string>().Distinct().Select(template.FieldName));
        var people = given.GroupBy(g => g.AssigneeId).Select(p => (Name: p.First().AssigneeName, Field: FieldsOf(p))).ToList();

        var rows = given.GroupBy(g => (g.AssigneeId, g.Deadline))
            .Select(r => new Row(r.First().AssigneeName, FieldsOf(r), r.Select(g => g.Part.Label).ToList(), $"Trước {hour:HH} giờ {hour:mm} ngày {Letterhead.Numeric(r.Key.Deadline)}"))
            .ToList();
        var left = ReportPart.Of(template).Where(p => given.All(g => g.Part.Key != p.Key)).Select(p => p.Label).ToList();

        var window = $"Số liệu báo cáo tính từ {Letterhead.Long(request.Window.From)} đến {Letterhead.Long(request.Window.To)}";
        // The cumulative (lũy kế) figures count from the year's start, when the template has any and the windows differ.
        if (request.CumulativeWindow != request.Window && template.Indicators.Any(i => i.Cumulative))
            window += $"; các chỉ tiêu lũy kế tính từ {Letterhead.Long(request.CumulativeWindow.From)} đến {Letterhead.Long(request.CumulativeWindow.To)}";
        var days = given.Select(g => g.Deadline).Distinct().ToList();
        var upperName = upper is null ? "" : $" báo cáo {Letterhead.Short(upper)}";
        var deadline = "Các đồng chí được phân công gửi nội dung báo cáo và số liệu các biểu mẫu về cán bộ tổng hợp báo cáo "
            + (days.Count == 1 ? Before(days[0], hour) : $"theo thời hạn ghi tại mục 1, chậm nhất {Before(days.Max(), hour)}")
            + $", để {self} tổng hợp{upperName} đúng thời hạn.";

        var letterhead = new Letterhead(
            SuperiorBody: null,
            IssuingBody: $"ỦY BAN NHÂN DÂN\n{unit.Name.ToUpperInvariant()}",
            Number: number,
            Place: Letterhead.PlaceName(unit.Name),
            Date: date,
            Title: Subject(request.Period),
            Addressee: null,
            Opening: $"Thực hiện {Letterhead.Citation(request, upper)}; để việc xây dựng báo cáo kết quả công tác cải cách hành chính {request.Period.Label} "
                + $"bảo đảm chất lượng, đúng thời hạn, {self} phân công các công chức thực hiện như sau:",
            Closing: "Đề nghị các đồng chí được phân công nghiêm túc triển khai thực hiện, bảo đảm đúng thời gian quy định. Trong quá trình thực hiện, "
                + $"nếu có khó khăn, vướng mắc, đề nghị phản ánh về {self} (qua cán bộ tổng hợp báo cáo) để kịp thời xem xét, giải quyết./.",
            Recipients: [.. people.Select(p => $"{p.Name};"), "Lưu: VT."],
            SignatureBlock: Letterhead.UnitSignature,
            SignerName: signerName,
            IssuerShort: self);
        return new AssignmentLetter(letterhead,
            people.Select((p, i) => $"- {p.Name}{(p.Field.Length == 0 ? "" : $", {p.Field}")}{(i == people.Count - 1 ? "." : ";")}").ToList(),
            rows,
            left.Count == 0 ? null : $"Các nội dung còn lại ({string.Join("; ", left)}) do cán bộ tổng hợp báo cáo thực hiện.",
            window + ".",
            deadline);
    }
}
