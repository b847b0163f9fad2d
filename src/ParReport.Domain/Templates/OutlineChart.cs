namespace ParReport.Domain.Templates;

public enum OutlineChartKind
{
    /// <summary>The units below, ranked on the indicator, as bars.</summary>
    Ranking,

    /// <summary>The unit's aggregate of the indicator over its periods, as a line.</summary>
    Trend,
}

/// <summary>
/// A chart an upper unit's outline item asks for in its DOCX, on one of its own indicators that rolls up a concept of its
/// units' template (<see cref="Indicator.RollUp"/>): in the template file, <c>"charts": [{ "kind": "ranking", "indicator": "3/3.4.3" }]</c>.
/// </summary>
public sealed record OutlineChart(OutlineChartKind Kind, string IndicatorKey);
