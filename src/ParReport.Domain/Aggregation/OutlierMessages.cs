using ParReport.Domain.Formatting;
using ParReport.Domain.Organisation;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Aggregation;

/// <summary>The Vietnamese wording of an unusual value.</summary>
public static class OutlierMessages
{
    /// <summary>
    /// "Xã An Hòa: 1.132 hồ sơ, gấp 6,1 lần trung vị 185 của 14 xã"; a value below the median, or a rate, says
    /// "thấp hơn nhiều so với" / "cao hơn nhiều so với" instead of a multiple.
    /// </summary>
    public static string Reason(Indicator indicator, OrgUnit unit, decimal value, decimal median, string comparedWith)
    {
        var shown = Shown(indicator, value);
        var against = $"trung vị {Shown(indicator, median, withUnit: false)} của {comparedWith}";
        if (indicator.IsQuantity && median > 0 && value >= 2 * median)
            return $"{unit.Name}: {shown}, gấp {VietnameseNumbers.FormatNumber(Math.Round(value / median, 1, MidpointRounding.AwayFromZero))} lần {against}";
        return $"{unit.Name}: {shown}, {(value > median ? "cao" : "thấp")} hơn nhiều so với {against}";
    }

    public const string Explained = "Đã giải trình";
    public const string ExplainNeedsNote = "Hãy ghi nội dung giải trình cho số liệu bất thường này.";
    public const string ExplainedMeanwhile = "Một người khác vừa ghi giải trình cho số liệu này; hãy tải lại trang.";
    public static string NoteTooLong(int length) => $"Nội dung giải trình dài quá {VietnameseNumbers.FormatNumber(length)} ký tự.";
    public const string NotFlagged = "Số liệu này không còn được đánh dấu là bất thường.";

    public static string KindLabel(OutlierKind kind) => kind switch
    {
        OutlierKind.AmongPeers => "so với các đơn vị cùng kỳ",
        _ => "so với các kỳ trước của đơn vị",
    };

    private static string Shown(Indicator indicator, decimal value, bool withUnit = true) => indicator.Kind switch
    {
        IndicatorKind.Rate or IndicatorKind.Percent => VietnameseNumbers.FormatPercent(value),
        _ => VietnameseNumbers.FormatNumber(Math.Round(value, 1, MidpointRounding.AwayFromZero))
             + (withUnit && !string.IsNullOrWhiteSpace(indicator.Unit) ? " " + indicator.Unit.ToLowerInvariant() : ""),
    };
}
