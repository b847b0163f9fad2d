using System.Collections.Immutable;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Aggregation;

/// <summary>
/// Sums the reports of the units that answered a request into the upper unit's figures (<see cref="AggregateValue"/>).
/// Summing sums is the same as summing the units directly: a province's total over its districts' aggregates equals its
/// total over their communes, and so do the rates recomputed from those totals.
/// </summary>
public static class Aggregate
{
    /// <summary>
    /// Every indicator of <paramref name="template"/> over <paramref name="units"/>; a report made with another template is
    /// left out and its unit counted as missing.
    /// </summary>
    public static IReadOnlyList<AggregateValue> Of(ReportTemplate template, IReadOnlyList<UnitReport> units) => Tally.Of(template, units).Values();

    /// <summary>The summed counts and money by key: what fills the upper unit's own report (its rates follow from them).</summary>
    public static ImmutableDictionary<string, IndicatorValue> Sums(ReportTemplate template, IReadOnlyList<UnitReport> units) =>
        template.Indicators.Where(i => i.IsQuantity)
            .Select(i => (i.Key, Numbers: units.Select(u => u.Report?.Template == template.Ref ? u.Report.Number(i.Key) : null).OfType<decimal>().ToList()))
            .Where(x => x.Numbers.Count > 0)
            .ToImmutableDictionary(x => x.Key, x => IndicatorValue.Of(x.Numbers.Sum()));

    /// <summary>
    /// The figures an upper unit's own template takes from its units' aggregate: each of its indicators that says which
    /// concept of the units' template it rolls up (<see cref="Indicator.RollUp"/>) gets that indicator's sum, or, for a
    /// percentage, the rate whose numerator holds the concept, recomputed from the sums. Nothing for an aggregate no unit gave.
    /// </summary>
    public static IReadOnlyDictionary<string, decimal> Fill(ReportTemplate upper, ReportTemplate lower, IReadOnlyList<AggregateValue> aggregate)
    {
        var byKey = aggregate.ToDictionary(a => a.Indicator.Key);
        var figures = new Dictionary<string, decimal>();
        foreach (var indicator in upper.Indicators.Where(i => i.RollUp is not null))
        {
            var source = lower.RolledUpBy(indicator);
            if (source is null || !byKey.TryGetValue(source.Key, out var value)) continue;
            if ((indicator.Kind == IndicatorKind.Percent ? value.Rate : value.Sum) is { } figure) figures[indicator.Key] = Math.Round(figure, 2);
        }
        return figures;
    }

    /// <summary>The units' values behind one aggregate, in the units' order: a rate is each unit's own, from its parts; null where a unit gave none.</summary>
    public static IReadOnlyList<UnitValue> Behind(Indicator indicator, IReadOnlyList<UnitReport> units) =>
        units.Select(u => new UnitValue(u.Unit, u.Report is not { } r ? null
                : indicator.Kind == IndicatorKind.Rate ? Derivation.RateOf(indicator, r.Values) : r.Number(indicator.Key),
            u.Version, u.IsAccepted)).ToList();

    /// <summary>The units that gave a value of <paramref name="indicator"/>, highest first (ties by name): the ranking table and its chart.</summary>
    public static IReadOnlyList<UnitValue> Ranking(Indicator indicator, IReadOnlyList<UnitReport> units) =>
        Behind(indicator, units).Where(v => v.Value is not null)
            .OrderByDescending(v => v.Value).ThenBy(v => v.Unit.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)).ToList();

    /// <summary>The middle value, or the mean of the two middle ones; null for none.</summary>
    public static decimal? Median(IReadOnlyList<decimal> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2,
    };
}
