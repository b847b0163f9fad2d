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
}
