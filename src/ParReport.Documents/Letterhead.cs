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
        var upperBody = upper is null ? null : $"UBND {Lower(upper.Name)}";
        var self = $"UBND {Lower(unit.Name)}";
        return new Letterhead(
            SuperiorBody: null,
            IssuingBody: $"ỦY BAN NHÂN DÂN\n{unit.Name.ToUpperInvariant()}",
            Number: number,
            Place: place,
            Date: date,
            Title: $"Kết quả công tác cải cách hành chính {request.Period.Label}",
            Addressee: upperBody is null || !addressed ? null : $"Ủy ban nhân dân {Lower(upper!.Name)}",
            Opening: (request.Document is { } letter
                    ? $"Thực hiện văn bản số {letter.Number} {Long(letter.Date)}{(upperBody is null ? "" : $" của {upperBody}")} về việc báo cáo công tác cải cách hành chính {request.Period.Label} "
                    : $"Thực hiện yêu cầu báo cáo công tác cải cách hành chính {request.Period.Label}{(upperBody is null ? "" : $" của {upperBody}")} ")
                + $"(thời gian chốt số liệu từ {Long(request.Window.From)} đến {Long(request.Window.To)}), "
                + $"{self} báo cáo kết quả thực hiện như sau:",
            Closing: $"Trên đây là báo cáo kết quả công tác cải cách hành chính {request.Period.Label} của {self}./.",
            Recipients: upperBody is null ? ["Lưu: VT."] : [$"{upperBody};", "Lưu: VT."],
            SignatureBlock: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
            SignerName: signerName,
            IssuerShort: self);
    }

    private static string PlaceName(string unitName)
    {
        foreach (var prefix in new[] { "Thị trấn ", "Xã ", "Phường ", "Huyện ", "Quận ", "Thị xã ", "Thành phố ", "Tỉnh " })
            // "Phường 1" keeps its kind: "1, ngày …" would name no place.
            if (unitName.StartsWith(prefix, StringComparison.Ordinal) && !char.IsDigit(unitName[prefix.Length])) return unitName[prefix.Length..];
        return unitName;
    }

    // "Huyện An Phú" → "huyện An Phú": the kind of unit is lower case inside a sentence.
    private static string Lower(string unitName) => unitName.Length == 0 ? unitName : char.ToLowerInvariant(unitName[0]) + unitName[1..];
}
