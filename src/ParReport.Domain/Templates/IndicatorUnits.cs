namespace ParReport.Domain.Templates;

/// <summary>The units that templates may use, as the forms print them, and the kinds each fits.</summary>
public static class IndicatorUnits
{
    public const string Percent = "%";
    public const string MillionDong = "Triệu đồng";

    /// <summary>Units of things that are counted.</summary>
    public static readonly IReadOnlySet<string> CountUnits = new HashSet<string>(StringComparer.Ordinal)
    {
        "Văn bản", "Nhiệm vụ", "Tổ chức", "Cá nhân", "Vấn đề", "Phiếu", "Số lượng", "Thủ tục", "TTHC", "Hồ sơ",
        "PAKN", "Người", "Cán bộ, công chức", "Cơ quan, đơn vị", "Đơn vị", "Tài khoản",
    };

    public static bool IsKnown(string unit) => unit is Percent or MillionDong || CountUnits.Contains(unit);

    /// <summary>Whether a unit may be used with a kind: "%" only for rates, "Triệu đồng" only for money.</summary>
    public static bool Fits(IndicatorKind kind, string? unit) => kind switch
    {
        IndicatorKind.Count => unit is not null && CountUnits.Contains(unit),
        IndicatorKind.Money => unit == MillionDong,
        IndicatorKind.Rate or IndicatorKind.Percent => unit == Percent,
        IndicatorKind.Choice or IndicatorKind.Text => unit is null,
        IndicatorKind.Group => unit is null || IsKnown(unit),
        _ => false,
    };
}
