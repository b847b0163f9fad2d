using ParReport.Domain.Templates;

namespace ParReport.Domain.Reports;

/// <summary>Computes derived rates from their parts; the stored parts are the only truth.</summary>
public static class Derivation
{
    /// <summary>numerator / denominator × 100, unrounded.</summary>
    /// <returns>Null when either part is missing or the denominator is 0: such a rate is shown as "—", never NaN.</returns>
    public static decimal? Rate(decimal? numerator, decimal? denominator) =>
        numerator is { } n && denominator is { } d && d != 0 ? n / d * 100m : null;

    /// <summary>
    /// The on-time rate of dossiers: those resolved early count as on time, (early + on time) / resolved.
    /// Leaving the early ones out is the error of the Phương Định report (317/1.034 = 31% instead of 100%).
    /// </summary>
    public static decimal? OnTimeRate(decimal early, decimal onTime, decimal resolved) => Rate(early + onTime, resolved);

    /// <summary>The value of a derived rate in a report.</summary>
    public static decimal? RateOf(Indicator rate, IReadOnlyDictionary<string, IndicatorValue> values)
    {
        if (rate.Kind != IndicatorKind.Rate) throw new ArgumentException($"{rate.Key} is not a derived rate.", nameof(rate));
        return Rate(values.GetValueOrDefault(IndicatorKey.Of(rate.FormCode, rate.Numerator!))?.Number,
                    values.GetValueOrDefault(IndicatorKey.Of(rate.FormCode, rate.Denominator!))?.Number);
    }

    /// <summary>Every derived rate of the template, keyed like the values; null where it cannot be computed.</summary>
    public static IReadOnlyDictionary<string, decimal?> Rates(ReportTemplate template, IReadOnlyDictionary<string, IndicatorValue> values) =>
        template.Indicators.Where(i => i.Kind == IndicatorKind.Rate).ToDictionary(i => i.Key, i => RateOf(i, values));
}
