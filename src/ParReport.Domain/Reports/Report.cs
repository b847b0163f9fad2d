using System.Collections.Immutable;
using ParReport.Domain.Periods;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Reports;

/// <summary>
/// A unit's report for a period: the template version it was made with, the entered indicator values
/// (keyed "form/code") and the narrative of each outline item (keyed by outline code). Derived rates are
/// never stored; they are computed from their parts (<see cref="Derivation"/>).
/// </summary>
public sealed record Report(
    string UnitCode,
    ReportingPeriod Period,
    TemplateRef Template,
    ImmutableDictionary<string, IndicatorValue> Values,
    ImmutableDictionary<string, string> Narratives)
{
    public static Report Empty(string unitCode, ReportingPeriod period, TemplateRef template) =>
        new(unitCode, period, template, ImmutableDictionary<string, IndicatorValue>.Empty, ImmutableDictionary<string, string>.Empty);

    public decimal? Number(string key) => Values.GetValueOrDefault(key)?.Number;

    public Report With(string key, IndicatorValue? value) =>
        this with { Values = value is null || value.IsEmpty ? Values.Remove(key) : Values.SetItem(key, value) };

    public Report With(string key, decimal number) => With(key, IndicatorValue.Of(number));

    public Report WithNarrative(string outlineCode, string text) =>
        this with { Narratives = string.IsNullOrWhiteSpace(text) ? Narratives.Remove(outlineCode) : Narratives.SetItem(outlineCode, text) };
}
