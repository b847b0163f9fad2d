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
    string? Addressee,
    string Opening,
    string Closing,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> SignatureBlock,
    string SignerName)
{
    /// <summary>"ngày 15 tháng 6 năm 2024".</summary>
    public string LongDate => $"ngày {Date.Day} tháng {Date.Month} năm {Date.Year}";

    /// <summary>The usual letterhead of a UBND report answering its upper level's request, signed by a vice-chairman.</summary>
    public static Letterhead For(OrgUnit unit, OrgUnit? upper, ReportingRequest request, string number, DateOnly date, string signerName)
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
            Addressee: upperBody is null ? null : $"Ủy ban nhân dân {Lower(upper!.Name)}",
            Opening: $"Thực hiện yêu cầu báo cáo công tác cải cách hành chính {request.Period.Label} của {upperBody ?? "cấp trên"} "
                + $"(thời gian chốt số liệu từ ngày {request.Window.From:dd/MM/yyyy} đến ngày {request.Window.To:dd/MM/yyyy}), "
                + $"{self} báo cáo kết quả thực hiện như sau:",
            Closing: $"Trên đây là báo cáo kết quả công tác cải cách hành chính {request.Period.Label} của {self}./.",
            Recipients: upperBody is null ? ["Lưu: VT."] : [$"{upperBody};", "Lưu: VT."],
            SignatureBlock: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
            SignerName: signerName);
    }

    private static string PlaceName(string unitName)
    {
        foreach (var prefix in new[] { "Thị trấn ", "Xã ", "Phường ", "Huyện ", "Quận ", "Thị xã ", "Thành phố ", "Tỉnh " })
            if (unitName.StartsWith(prefix, StringComparison.Ordinal)) return unitName[prefix.Length..];
        return unitName;
    }

    // "Huyện An Phú" → "huyện An Phú": the kind of unit is lower case inside a sentence.
    private static string Lower(string unitName) => unitName.Length == 0 ? unitName : char.ToLowerInvariant(unitName[0]) + unitName[1..];
}
