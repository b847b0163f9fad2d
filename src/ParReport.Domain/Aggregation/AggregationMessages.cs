using ParReport.Domain.Formatting;
using ParReport.Domain.Organisation;

namespace ParReport.Domain.Aggregation;

/// <summary>The Vietnamese wording of aggregated figures.</summary>
public static class AggregationMessages
{
    /// <summary>"thiếu 2/14 xã: Xã An Hòa, Xã Phú Thịnh"; null when nobody is missing.</summary>
    public static string? Missing(AggregateValue value)
    {
        if (value.Missing.Count == 0) return null;
        var level = UnitLevels.Name(value.Missing[0].Level).ToLowerInvariant();
        return $"thiếu {value.Missing.Count}/{value.Expected} {level}: {string.Join(", ", value.Missing.Select(u => u.Name))}";
    }

    /// <summary>"12/14 xã: Hoàn thành", one per option that some unit chose.</summary>
    public static IEnumerable<string> Choices(AggregateValue value, string level) =>
        value.Indicator.Choices.Where(c => value.ChoiceCounts.GetValueOrDefault(c.Code) > 0)
            .Select(c => $"{value.ChoiceCounts[c.Code]}/{value.Expected} {level}: {c.Label}");

    /// <summary>"80% – 100%, trung vị 95%" for a percentage entered by each unit.</summary>
    public static string? Range(AggregateValue value) =>
        value.Min is { } min && value.Max is { } max && value.Median is { } median
            ? $"{VietnameseNumbers.FormatPercent(min)} – {VietnameseNumbers.FormatPercent(max)}, trung vị {VietnameseNumbers.FormatPercent(median)}"
            : null;

    /// <summary>"xã" for communes: the level of most of the units, lower-cased; "đơn vị" when there are none.</summary>
    /// <summary>The title of a ranking chart in the upper unit's report: "Xếp hạng các xã: Tỷ lệ hồ sơ … đúng hẹn".</summary>
    public static string RankingTitle(string label, string level) => $"Xếp hạng các {level}: {label}";

    /// <summary>The title of the upper unit's figure over its periods.</summary>
    public static string TrendTitle(string label) => $"{label} qua các kỳ";

    public static string LevelName(IEnumerable<OrgUnit> units) =>
        units.GroupBy(u => u.Level).OrderByDescending(g => g.Count()).Select(g => UnitLevels.Name(g.Key).ToLowerInvariant()).FirstOrDefault() ?? "đơn vị";

    /// <summary>"tổng hợp từ 3/4 xã: Xã An Bình (phiên bản 1), Xã An Hòa (phiên bản 2, chưa tiếp nhận)".</summary>
    public static string MadeOf(IReadOnlyList<UnitReport> units)
    {
        var used = units.Where(u => u.Report is not null).ToList();
        var parts = used.Select(u => $"{u.Unit.Name} (phiên bản {u.Version}{(u.IsAccepted ? "" : ", chưa tiếp nhận")})");
        return $"tổng hợp từ {used.Count}/{units.Count} {LevelName(units.Select(u => u.Unit))}" + (used.Count > 0 ? ": " + string.Join(", ", parts) : "");
    }

    /// <summary>The source kept beside a value filled from the units: "Tổng hợp từ 3/4 xã, 05/03/2024 08:00" (the page lists the versions).</summary>
    public static string Source(IReadOnlyList<UnitReport> units, DateTimeOffset at)
    {
        var used = units.Count(u => u.Report is not null);
        var sent = units.Count(u => u.Report is not null && !u.IsAccepted);
        return $"{SourcePrefix}{used}/{units.Count} {LevelName(units.Select(u => u.Unit))}{(sent > 0 ? $" ({sent} chưa tiếp nhận)" : "")}, {at:dd/MM/yyyy HH:mm}";
    }

    /// <summary>How a value filled from the units' aggregate begins its source, so that a later acceptance can offer to refresh it.</summary>
    public const string SourcePrefix = "Tổng hợp từ ";

    /// <summary>What the roll-up of every unit is called.</summary>
    public const string Nation = "Cả nước";

    public const string NothingToFill = "Chưa có số liệu tổng hợp từ các đơn vị cấp dưới cho kỳ báo cáo này.";

    /// <summary>
    /// The aggregate as the upper level reads it: a sum ("1.034"), a rate recomputed from the sums ("96,8%"), a range
    /// with its median, or the units per option ("3/4 xã: Có; 1/4 xã: Không"); "—" when no unit gave it.
    /// </summary>
    public static string Shown(AggregateValue value, string level) => value.Indicator.Kind switch
    {
        Templates.IndicatorKind.Count or Templates.IndicatorKind.Money => value.Sum is { } sum ? VietnameseNumbers.FormatNumber(sum) : VietnameseNumbers.NotApplicable,
        Templates.IndicatorKind.Rate => VietnameseNumbers.FormatPercent(value.Rate),
        Templates.IndicatorKind.Percent => Range(value) ?? VietnameseNumbers.NotApplicable,
        _ => Choices(value, level).ToList() is { Count: > 0 } choices ? string.Join("; ", choices) : VietnameseNumbers.NotApplicable,
    };

    /// <summary>One unit's value as the drill-down shows it: a number, a rate, or the option's label.</summary>
    public static string Shown(Templates.Indicator indicator, decimal? value) => value is not { } v ? VietnameseNumbers.NotApplicable : indicator.Kind switch
    {
        Templates.IndicatorKind.Rate or Templates.IndicatorKind.Percent => VietnameseNumbers.FormatPercent(v),
        Templates.IndicatorKind.Choice => indicator.Choices.FirstOrDefault(c => c.Code == v)?.Label ?? VietnameseNumbers.FormatNumber(v),
        _ => VietnameseNumbers.FormatNumber(v),
    };
}
