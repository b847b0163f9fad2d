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
        // Each unit's report is read once per key an indicator needs (its own, or a rate's two parts), in the units' order:
        // a national aggregate reads thousands of reports, so no list of units is searched per indicator.
        var reports = new Report?[units.Count];
        for (var u = 0; u < units.Count; u++) reports[u] = units[u].Report is { } r && r.Template == template.Ref ? r : null;
        var totals = new Dictionary<string, decimal?>();
        decimal? Total(string key)
        {
            if (totals.TryGetValue(key, out var known)) return known;
            decimal sum = 0;
            var any = false;
            foreach (var report in reports)
                if (report?.Number(key) is { } n) (sum, any) = (sum + n, true);
            // As in Sums: only counts and money are summed.
            return totals[key] = any && template.Find(key) is { IsQuantity: true } ? sum : null;
        }

        var values = new List<AggregateValue>();
        foreach (var indicator in template.Indicators.Where(i => i.Kind is not (IndicatorKind.Group or IndicatorKind.Text)))
        {
            var missing = new List<Organisation.OrgUnit>();
            var numbers = new List<decimal>();
            var given = 0;
            if (indicator.Kind == IndicatorKind.Rate)
            {
                // A rate is never stored: its units gave its parts, which make it from the sums.
                var (numerator, denominator) = (Part(indicator, indicator.Numerator!), Part(indicator, indicator.Denominator!));
                for (var u = 0; u < reports.Length; u++)
                    if (reports[u] is { } report && report.Number(numerator) is not null && report.Number(denominator) is not null) given++;
                    else missing.Add(units[u].Unit);
                values.Add(Value(indicator, given, missing) with { Rate = Derivation.Rate(Total(numerator), Total(denominator)) });
                continue;
            }
            for (var u = 0; u < reports.Length; u++)
                if (reports[u]?.Number(indicator.Key) is { } number)
                {
                    given++;
                    numbers.Add(number);
                }
                else missing.Add(units[u].Unit);
            var value = Value(indicator, given, missing);
            switch (indicator.Kind)
            {
                case IndicatorKind.Count or IndicatorKind.Money:
                    decimal? sum = numbers.Count > 0 ? numbers.Sum() : null;
                    totals[indicator.Key] = sum;
                    values.Add(value with { Sum = sum });
                    break;
                case IndicatorKind.Percent:
                    numbers.Sort();
                    values.Add(value with
                    {
                        Min = numbers.Count > 0 ? numbers[0] : null,
                        Max = numbers.Count > 0 ? numbers[^1] : null,
                        Median = Median(numbers),
                    });
                    break;
                default:
                    values.Add(value with { ChoiceCounts = indicator.Choices.ToDictionary(c => c.Code, c => numbers.Count(n => n == c.Code)) });
                    break;
            }
        }
        return values;
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
            var source = indicator.Kind == IndicatorKind.Percent ? lower.RateOfConcept(indicator.RollUp!) : lower.FindByConcept(indicator.RollUp!);
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
