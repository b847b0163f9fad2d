using ParReport.Domain.Aggregation;

namespace ParReport.Application.Aggregates;

/// <summary>
/// An aggregate as machines read it, the same for `parreport aggregate --json` and the JSON API. A roll-up has no
/// request; its issuer is the unit rolled up (null for the whole country).
/// </summary>
public sealed record AggregateJson(
    int? Request, string? Issuer, string Period, string Template, bool IncludesSent, string MadeOf,
    IReadOnlyList<AggregateJson.Unit> Units, IReadOnlyList<AggregateJson.Value> Values)
{
    public sealed record Unit(string Code, string Name, int? Version, bool Accepted);

    public sealed record Value(string Key, string Label, string Kind, decimal? Sum, decimal? Rate, decimal? Min, decimal? Median, decimal? Max,
        IReadOnlyDictionary<string, int>? Choices, int Reported, int Expected, IReadOnlyList<string> Missing, string Shown);

    /// <summary>One unit's value behind an aggregate (the drill-down).</summary>
    public sealed record Behind(string Unit, string Name, decimal? Value, int? Version, bool Accepted);

    public static AggregateJson Of(AggregateQuery.View view) =>
        Of(view.RequestId, view.Issuer.Code, view.Request.Period, view.Template, view.IncludesSent, view.MadeOf, view.Units, view.Values, view.UnitsName);

    public static AggregateJson Of(AggregateQuery.RollUpView view) =>
        Of(null, view.Unit?.Code, view.Period, view.Template, view.IncludesSent, view.MadeOf, view.Units, view.Values, view.UnitsName);

    private static AggregateJson Of(int? request, string? issuer, Domain.Periods.ReportingPeriod period, Domain.Templates.ReportTemplate template, bool includesSent,
        string madeOf, IReadOnlyList<UnitReport> units, IReadOnlyList<AggregateValue> values, string unitsName) => new(
        request, issuer, period.Code, template.Ref.ToString(), includesSent, madeOf,
        units.Select(u => new Unit(u.Unit.Code, u.Unit.Name, u.Version, u.Report is not null && u.IsAccepted)).ToList(),
        values.Select(v => new Value(v.Indicator.Key, v.Indicator.Label, v.Indicator.Kind.ToString().ToLowerInvariant(),
            v.Sum, v.Rate is { } r ? Math.Round(r, 4) : null, v.Min, v.Median, v.Max,
            v.Indicator.Kind == Domain.Templates.IndicatorKind.Choice ? v.Indicator.Choices.ToDictionary(c => c.Label, c => v.ChoiceCounts.GetValueOrDefault(c.Code)) : null,
            v.Reported, v.Expected, v.Missing.Select(m => m.Code).ToList(), AggregationMessages.Shown(v, unitsName))).ToList());

    public static IReadOnlyList<Behind> BehindOf(AggregateQuery.View view, Domain.Templates.Indicator indicator) =>
        view.Behind(indicator).Select(b => new Behind(b.Unit.Code, b.Unit.Name, b.Value is { } x ? Math.Round(x, 4) : null, b.Version, b.Version is not null && b.IsAccepted)).ToList();
}
