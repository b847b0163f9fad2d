using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;

namespace ParReport.Documents;

/// <summary>
/// What the document says around the report's content (Decree 30/2020/NĐ-CP): issuing body, number, place and date,
/// addressee, the opening that cites the request, the recipients and the signature block.
/// </summary>
public sealed record Letterhead(
    string? SuperiorBody,
    string IssuingBody,
    string Number,
    string Place,
    DateOnly Date,
    string Title,
    string? Addressee,
    string Opening,
    string Closing,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> SignatureBlock,
    string SignerName,
    string IssuerShort)
{
    /// <summary>"ngày 15 tháng 6 năm 2024"; days below 10 and the months 1 and 2 take a leading 0 (Decree 30).</summary>
    public string LongDate => Long(Date);

    /// <summary>"(Kèm theo Báo cáo số 36/BC-UBND ngày 15 tháng 6 năm 2024 của UBND xã An Bình)".</summary>
    public string AppendixCaption => $"(Kèm theo Báo cáo số {Number} {LongDate} của {IssuerShort})";

    public static string Long(DateOnly date) =>
        $"ngày {date.Day:00} tháng {(date.Month < 3 ? date.Month.ToString("00") : date.Month.ToString())} năm {date.Year}";

    /// <summary>The usual letterhead of a UBND report answering its upper level's request, signed by a vice-chairman.</summary>
    /// <param name="addressed">Whether the template opens the report with "Kính gửi:" the upper level.</param>
    public static Letterhead For(OrgUnit unit, OrgUnit? upper, ReportingRequest request, bool addressed, string number, DateOnly date, string signerName)
    {
        var place = PlaceName(unit.Name);
        var upperBody = upper is null ? null : Short(upper);
        var self = Short(unit);
        return new Letterhead(
            SuperiorBody: null,
            IssuingBody: $"ỦY BAN NHÂN DÂN\n{unit.Name.ToUpperInvariant()}",
            Number: number,
            Place: place,
            Date: date,
            Title: $"Kết quả công tác cải cách hành chính {request.Period.Label}",
            Addressee: upperBody is null || !addressed ? null : $"Ủy ban nhân dân {Lower(upper!.Name)}",
            Opening: $"Thực hiện {Citation(request, upper)} "
                + $"(thời gian chốt số liệu từ {Long(request.Window.From)} đến {Long(request.Window.To)}), "
                + $"{self} báo cáo kết quả thực hiện như sau:",
            Closing: $"Trên đây là báo cáo kết quả công tác cải cách hành chính {request.Period.Label} của {self}./.",
            Recipients: upperBody is null ? ["Lưu: VT."] : [$"{upperBody};", "Lưu: VT."],
            SignatureBlock: UnitSignature,
            SignerName: signerName,
            IssuerShort: self);
    }

    /// <summary>A vice-chairman signing for the people's committee.</summary>
    public static readonly IReadOnlyList<string> UnitSignature = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"];

    /// <summary>
    /// What asked for the report, as a document that answers it cites it: "văn bản số 125/UBND-NV ngày 02 tháng 3 năm 2024
    /// của UBND huyện An Phú về việc báo cáo công tác cải cách hành chính …", or without a known letter "yêu cầu báo cáo …".
    /// </summary>
    public static string Citation(ReportingRequest request, OrgUnit? upper)
    {
        var of = upper is null ? "" : $" của {Short(upper)}";
        return request.Document is { } letter
            ? $"văn bản số {letter.Number} {Long(letter.Date)}{of} về việc báo cáo công tác cải cách hành chính {request.Period.Label}"
            : $"yêu cầu báo cáo công tác cải cách hành chính {request.Period.Label}{of}";
    }

    /// <summary>"07/3/2022": the day in two digits, the month as in <see cref="Long"/>.</summary>
    public static string Numeric(DateOnly date) => $"{date.Day:00}/{(date.Month < 3 ? date.Month.ToString("00") : date.Month.ToString())}/{date.Year}";

    /// <summary>"UBND xã An Bình".</summary>
    public static string Short(OrgUnit unit) => $"UBND {Lower(unit.Name)}";

    /// <summary>The place in the header: the unit's name without its kind ("Xã An Bình" → "An Bình").</summary>
    public static string PlaceName(string unitName)
    {
        foreach (var prefix in new[] { "Thị trấn ", "Xã ", "Phường ", "Huyện ", "Quận ", "Thị xã ", "Thành phố ", "Tỉnh " })
            // "Phường 1" keeps its kind: "1, ngày …" would name no place.
            if (unitName.StartsWith(prefix, StringComparison.Ordinal) && !char.IsDigit(unitName[prefix.Length])) return unitName[prefix.Length..];
        return unitName;
    }

    // "Huyện An Phú" → "huyện An Phú": the kind of unit is lower case inside a sentence.
    private static string Lower(string unitName) => unitName.Length == 0 ? unitName : char.ToLowerInvariant(unitName[0]) + unitName[1..];
}
