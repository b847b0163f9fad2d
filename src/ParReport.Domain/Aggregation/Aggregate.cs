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
    public static IReadOnlyList<AggregateValue> Of(ReportTemplate template, IReadOnlyList<UnitReport> units)
    {
        // A national aggregate reads thousands of reports: each is read once, unit after unit, every key the indicators
        // need (their own, or a rate's two parts) looked up while its values are at hand, and added to each indicator's
        // running figures. Reading one indicator across all the reports, then the next, went through memory 60 times.
        var indicators = template.Indicators.Where(i => i.Kind is not (IndicatorKind.Group or IndicatorKind.Text)).ToList();
        var slots = new Dictionary<string, int>();
        int Slot(string key) => slots.TryGetValue(key, out var slot) ? slot : slots[key] = slots.Count;
        var own = new int[indicators.Count];
        var numerator = new int[indicators.Count];
        var denominator = new int[indicators.Count];
        for (var i = 0; i < indicators.Count; i++)
            if (indicators[i].Kind == IndicatorKind.Rate)
                (own[i], numerator[i], denominator[i]) = (-1, Slot(Part(indicators[i], indicators[i].Numerator!)), Slot(Part(indicators[i], indicators[i].Denominator!)));
            else own[i] = Slot(indicators[i].Key);
        var keys = slots.OrderBy(s => s.Value).Select(s => s.Key).ToArray();

        var row = new decimal?[keys.Length];
        var totals = new decimal[keys.Length];
        var summed = new bool[keys.Length];
        var given = new int[indicators.Count];
        var missing = indicators.Select(_ => new List<Organisation.OrgUnit>()).ToArray();
        // Percentages and choices keep their numbers (range and median, units per option); counts and money only their sums.
        var numbers = indicators.Select(i => i.Kind is IndicatorKind.Percent or IndicatorKind.Choice ? new List<decimal>() : null).ToArray();
        foreach (var unit in units)
        {
            if (unit.Report is not { } report || report.Template != template.Ref)
            {
                foreach (var list in missing) list.Add(unit.Unit);
                continue;
            }
            for (var s = 0; s < keys.Length; s++)
                if ((row[s] = report.Number(keys[s])) is { } number) (totals[s], summed[s]) = (totals[s] + number, true);
            for (var i = 0; i < indicators.Count; i++)
            {
                var gives = own[i] < 0 ? row[numerator[i]] is not null && row[denominator[i]] is not null : row[own[i]] is not null;
                if (!gives) missing[i].Add(unit.Unit);
                else
                {
                    given[i]++;
                    numbers[i]?.Add(row[own[i]]!.Value);
                }
            }
        }

        // As in Sums: only counts and money are summed.
        decimal? Total(int slot) => summed[slot] && template.Find(keys[slot]) is { IsQuantity: true } ? totals[slot] : null;
        return indicators.Select((indicator, i) =>
        {
            var value = Value(indicator, given[i], missing[i]);
            switch (indicator.Kind)
            {
                case IndicatorKind.Count or IndicatorKind.Money:
                    return value with { Sum = summed[own[i]] ? totals[own[i]] : null };
                case IndicatorKind.Rate:
                    // A rate is never stored: its units gave its parts, which make it from the sums.
                    return value with { Rate = Derivation.Rate(Total(numerator[i]), Total(denominator[i])) };
                case IndicatorKind.Percent:
                    var sorted = numbers[i]!;
                    sorted.Sort();
                    return value with
                    {
                        Min = sorted.Count > 0 ? sorted[0] : null,
                        Max = sorted.Count > 0 ? sorted[^1] : null,
                        Median = Median(sorted),
                    };
                default:
                    return value with { ChoiceCounts = indicator.Choices.ToDictionary(c => c.Code, c => numbers[i]!.Count(n => n == c.Code)) };
            }
        }).ToList();
    }

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

    private static string Part(Indicator rate, string code) => IndicatorKey.Of(rate.FormCode, code);

    private static AggregateValue Value(Indicator indicator, int reported, IReadOnlyList<Organisation.OrgUnit> missing) =>
        new(indicator, null, null, null, null, null, new Dictionary<int, int>(), reported, missing);
}
