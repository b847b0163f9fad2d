using ParReport.Domain.Organisation;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Aggregation;

/// <summary>What a value is unusual against.</summary>
public enum OutlierKind
{
    /// <summary>The other units answering the same request.</summary>
    AmongPeers,

    /// <summary>The unit's own earlier periods of the same kind.</summary>
    AgainstHistory,
}

/// <summary>A value far from what it is compared with, and why, for the reviewer to look at; it never blocks anything.</summary>
public sealed record Outlier(Indicator Indicator, OrgUnit Unit, int? Version, OutlierKind Kind, decimal Value, decimal Median, int Compared, decimal Score, string Reason);

/// <summary>
/// Unusual values by the modified z-score 0,6745·|x − median| / MAD (Iglewicz and Hoaglin), which a single wild value
/// cannot mask as it would a mean and a standard deviation. Nothing is claimed with fewer than
/// <see cref="MinimumCompared"/> values or when MAD is 0 (most values equal), and a count or an amount of 0 is not
/// flagged for being 0: many communes rightly have none of something.
/// </summary>
public static class Outliers
{
    public const decimal Threshold = 3.5m;
    public const int MinimumCompared = 5;

    /// <summary>Each numeric indicator (count, money, rate, percentage) of every unit against the same indicator of all units that gave it.</summary>
    public static IReadOnlyList<Outlier> AmongPeers(ReportTemplate template, IReadOnlyList<UnitReport> units)
    {
        var answered = units.Where(u => u.Report?.Template == template.Ref).ToList();
        var level = AggregationMessages.LevelName(units.Select(u => u.Unit));
        var found = new List<Outlier>();
        foreach (var indicator in template.Indicators.Where(IsNumeric))
        {
            var given = Aggregate.Behind(indicator, answered).Where(v => v.Value is not null).ToList();
            var sample = given.Select(v => v.Value!.Value).Order().ToList();
            foreach (var unit in given)
                if (Find(indicator, unit.Value!.Value, sample) is { } score)
                    found.Add(new Outlier(indicator, unit.Unit, unit.Version, OutlierKind.AmongPeers, unit.Value.Value, score.Median, sample.Count, score.Z,
                        OutlierMessages.Reason(indicator, unit.Unit, unit.Value.Value, score.Median, $"{sample.Count} {level}")));
        }
        return found;
    }

    /// <summary>
    /// Each numeric indicator of <paramref name="current"/> against the same indicator in the unit's reports of earlier
    /// periods, already mapped to <paramref name="template"/> and of the same kind of period (a quarter against quarters).
    /// </summary>
    public static IReadOnlyList<Outlier> AgainstHistory(ReportTemplate template, UnitReport current, IReadOnlyList<Report> earlier)
    {
        if (current.Report is not { } report) return [];
        var found = new List<Outlier>();
        foreach (var indicator in template.Indicators.Where(IsNumeric))
        {
            if (ValueOf(indicator, report) is not { } value) continue;
            var sample = earlier.Select(r => ValueOf(indicator, r)).OfType<decimal>().Order().ToList();
            if (Find(indicator, value, sample) is { } score)
                found.Add(new Outlier(indicator, current.Unit, current.Version, OutlierKind.AgainstHistory, value, score.Median, sample.Count, score.Z,
                    OutlierMessages.Reason(indicator, current.Unit, value, score.Median, $"{sample.Count} kỳ báo cáo trước")));
        }
        return found;
    }

    /// <summary>The modified z-score of <paramref name="value"/> against <paramref name="sorted"/>; null when it cannot be told (too few values, MAD 0).</summary>
    public static decimal? Score(decimal value, IReadOnlyList<decimal> sorted)
    {
        if (sorted.Count < MinimumCompared || Aggregate.Median(sorted) is not { } median) return null;
        var mad = Aggregate.Median(sorted.Select(x => Math.Abs(x - median)).Order().ToList())!.Value;
        return mad == 0 ? null : 0.6745m * Math.Abs(value - median) / mad;
    }

    private static (decimal Z, decimal Median)? Find(Indicator indicator, decimal value, IReadOnlyList<decimal> sorted)
    {
        if (value == 0 && indicator.IsQuantity) return null;
        return Score(value, sorted) is { } z && z > Threshold ? (z, Aggregate.Median(sorted)!.Value) : null;
    }

    private static bool IsNumeric(Indicator indicator) => indicator.Kind is IndicatorKind.Count or IndicatorKind.Money or IndicatorKind.Rate or IndicatorKind.Percent;

    private static decimal? ValueOf(Indicator indicator, Report report) =>
        indicator.Kind == IndicatorKind.Rate ? Derivation.RateOf(indicator, report.Values) : report.Number(indicator.Key);
}
