using ParReport.Domain.Organisation;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Aggregation;

/// <summary>
/// The running figures of one template's indicators over a set of units: per key its total, per indicator how many
/// units gave it, which did not, and the numbers of percentages and choices. Tallies of disjoint sets of units merge
/// into the tally of their union, so an aggregate over many requests can be made from each request's tally, kept
/// while that request's answers do not change, instead of from every unit's report again. Never changed once made.
/// </summary>
public sealed class Tally
{
    private readonly Layout _layout;
    private readonly decimal[] _totals;
    private readonly bool[] _summed;
    private readonly int[] _given;
    private readonly List<OrgUnit>[] _missing;
    // Percentages and choices keep their numbers (range and median, units per option); counts and money only their sums.
    private readonly List<decimal>?[] _numbers;

    private Tally(Layout layout)
    {
        _layout = layout;
        _totals = new decimal[layout.Keys.Length];
        _summed = new bool[layout.Keys.Length];
        _given = new int[layout.Indicators.Count];
        _missing = layout.Indicators.Select(_ => new List<OrgUnit>()).ToArray();
        _numbers = layout.Indicators.Select(i => i.Kind is IndicatorKind.Percent or IndicatorKind.Choice ? new List<decimal>() : null).ToArray();
    }

    public ReportTemplate Template => _layout.Template;

    /// <summary>How many units it is made of.</summary>
    public int Units { get; private init; }

    /// <summary>
    /// The tally of <paramref name="units"/>; a report made with another template is left out and its unit counted as
    /// missing. Each report is read once, unit after unit, every key the indicators need (their own, or a rate's two
    /// parts) looked up while its values are at hand: reading one indicator across all reports went through memory 60 times.
    /// </summary>
    public static Tally Of(ReportTemplate template, IReadOnlyList<UnitReport> units)
    {
        var layout = new Layout(template);
        var tally = new Tally(layout) { Units = units.Count };
        var row = new decimal?[layout.Keys.Length];
        foreach (var unit in units)
        {
            if (unit.Report is not { } report || report.Template != template.Ref)
            {
                foreach (var list in tally._missing) list.Add(unit.Unit);
                continue;
            }
            for (var s = 0; s < row.Length; s++)
                if ((row[s] = report.Number(layout.Keys[s])) is { } number) (tally._totals[s], tally._summed[s]) = (tally._totals[s] + number, true);
            for (var i = 0; i < layout.Indicators.Count; i++)
            {
                var gives = layout.Own[i] < 0 ? row[layout.Numerator[i]] is not null && row[layout.Denominator[i]] is not null : row[layout.Own[i]] is not null;
                if (!gives) tally._missing[i].Add(unit.Unit);
                else
                {
                    tally._given[i]++;
                    tally._numbers[i]?.Add(row[layout.Own[i]]!.Value);
                }
            }
        }
        return tally;
    }

    /// <summary>
    /// The tally of the union of disjoint sets of units, each tallied with <paramref name="template"/>; the missing units
    /// of each indicator in <paramref name="order"/>, as the units of a single tally are in the order they were given.
    /// </summary>
    public static Tally Merge(ReportTemplate template, IReadOnlyList<Tally> parts, IComparer<OrgUnit> order)
    {
        if (parts.FirstOrDefault(p => p.Template.Ref != template.Ref) is { } other)
            throw new ArgumentException($"A tally of {other.Template.Ref} cannot be merged into one of {template.Ref}.", nameof(parts));
        var tally = new Tally(new Layout(template)) { Units = parts.Sum(p => p.Units) };
        foreach (var part in parts)
        {
            for (var s = 0; s < tally._totals.Length; s++)
                if (part._summed[s]) (tally._totals[s], tally._summed[s]) = (tally._totals[s] + part._totals[s], true);
            for (var i = 0; i < tally._given.Length; i++)
            {
                tally._given[i] += part._given[i];
                tally._missing[i].AddRange(part._missing[i]);
                tally._numbers[i]?.AddRange(part._numbers[i]!);
            }
        }
        if (parts.Count > 1)
            foreach (var list in tally._missing)
                list.Sort(order);
        return tally;
    }

    /// <summary>Every indicator's aggregate: sums, rates recomputed from the summed parts, range and median, units per option.</summary>
    public IReadOnlyList<AggregateValue> Values() => _values ??= Compute();

    private IReadOnlyList<AggregateValue>? _values;

    private IReadOnlyList<AggregateValue> Compute()
    {
        var (template, keys) = (_layout.Template, _layout.Keys);
        // As in Aggregate.Sums: only counts and money are summed.
        decimal? Total(int slot) => _summed[slot] && template.Find(keys[slot]) is { IsQuantity: true } ? _totals[slot] : null;
        return _layout.Indicators.Select((indicator, i) =>
        {
            var value = new AggregateValue(indicator, null, null, null, null, null, new Dictionary<int, int>(), _given[i], _missing[i]);
            switch (indicator.Kind)
            {
                case IndicatorKind.Count or IndicatorKind.Money:
                    return value with { Sum = _summed[_layout.Own[i]] ? _totals[_layout.Own[i]] : null };
                case IndicatorKind.Rate:
                    // A rate is never stored: its units gave its parts, which make it from the sums.
                    return value with { Rate = Derivation.Rate(Total(_layout.Numerator[i]), Total(_layout.Denominator[i])) };
                case IndicatorKind.Percent:
                    var sorted = _numbers[i]!.Order().ToList();
                    return value with
                    {
                        Min = sorted.Count > 0 ? sorted[0] : null,
                        Max = sorted.Count > 0 ? sorted[^1] : null,
                        Median = Aggregate.Median(sorted),
                    };
                default:
                    return value with { ChoiceCounts = indicator.Choices.ToDictionary(c => c.Code, c => _numbers[i]!.Count(n => n == c.Code)) };
            }
        }).ToList();
    }

    /// <summary>Which keys a template's aggregate reads: each indicator's own, or a rate's two parts, each given a slot.</summary>
    private sealed class Layout
    {
        public Layout(ReportTemplate template)
        {
            Template = template;
            Indicators = template.Indicators.Where(i => i.Kind is not (IndicatorKind.Group or IndicatorKind.Text)).ToList();
            var slots = new Dictionary<string, int>();
            int Slot(string key) => slots.TryGetValue(key, out var slot) ? slot : slots[key] = slots.Count;
            (Own, Numerator, Denominator) = (new int[Indicators.Count], new int[Indicators.Count], new int[Indicators.Count]);
            for (var i = 0; i < Indicators.Count; i++)
                if (Indicators[i].Kind == IndicatorKind.Rate)
                    (Own[i], Numerator[i], Denominator[i]) = (-1, Slot(Part(Indicators[i], Indicators[i].Numerator!)), Slot(Part(Indicators[i], Indicators[i].Denominator!)));
                else Own[i] = Slot(Indicators[i].Key);
            Keys = slots.OrderBy(s => s.Value).Select(s => s.Key).ToArray();
        }

        public ReportTemplate Template { get; }
        public IReadOnlyList<Indicator> Indicators { get; }
        public int[] Own { get; }
        public int[] Numerator { get; }
        public int[] Denominator { get; }
        public string[] Keys { get; }

        private static string Part(Indicator rate, string code) => IndicatorKey.Of(rate.FormCode, code);
    }
}
