using System.Collections.Immutable;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using ParReport.Domain.Text;

namespace ParReport.Domain.Aggregation;

/// <summary>
/// Which indicator of one template holds the same quantity as an indicator of another, so that reports made with an
/// older version (or another template) can be read in a newer one's keys. Two indicators hold the same quantity when
/// they name the same concept, or when they have the same kind, unit and wording; a rate maps when its parts do. What
/// the source template has and the target does not is listed in <see cref="Unmapped"/>, never dropped silently.
/// </summary>
public sealed class IndicatorMap
{
    private readonly Dictionary<string, string> _sourceOf;

    private IndicatorMap(ReportTemplate from, ReportTemplate to, Dictionary<string, string> sourceOf)
    {
        (From, To, _sourceOf) = (from, to, sourceOf);
        var mapped = sourceOf.Values.ToHashSet();
        Unmapped = from.Indicators.Where(i => i.IsEntered && !mapped.Contains(i.Key)).ToList();
    }

    public ReportTemplate From { get; }
    public ReportTemplate To { get; }

    /// <summary>The source template's entered indicators that no indicator of the target holds.</summary>
    public IReadOnlyList<Indicator> Unmapped { get; }

    public bool IsIdentity => From.Ref == To.Ref;

    /// <summary>The key in the source template of the target's indicator <paramref name="toKey"/>, or null.</summary>
    public string? SourceOf(string toKey) => IsIdentity ? toKey : _sourceOf.GetValueOrDefault(toKey);

    public static IndicatorMap Between(ReportTemplate from, ReportTemplate to)
    {
        var sourceOf = new Dictionary<string, string>();
        if (from.Ref == to.Ref) return new IndicatorMap(from, to, from.Indicators.ToDictionary(i => i.Key, i => i.Key));
        var byConcept = from.Indicators.Where(i => i.Concept is not null).GroupBy(i => i.Concept!).ToDictionary(g => g.Key, g => g.First());
        var byWording = from.Indicators.Where(i => i.IsEntered).GroupBy(Wording).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single());
        foreach (var indicator in to.Indicators.Where(i => i.IsEntered))
        {
            var source = indicator.Concept is { } concept ? byConcept.GetValueOrDefault(concept) : null;
            source ??= byWording.GetValueOrDefault(Wording(indicator));
            if (source is not null && source.Kind == indicator.Kind) sourceOf[indicator.Key] = source.Key;
        }
        return new IndicatorMap(from, to, sourceOf);
    }

    /// <summary>A report of the source template with its values under the target's keys (rates follow from their mapped parts).</summary>
    public Report Map(Report report)
    {
        if (IsIdentity) return report;
        var values = ImmutableDictionary.CreateBuilder<string, IndicatorValue>();
        foreach (var (toKey, fromKey) in _sourceOf)
            if (report.Values.TryGetValue(fromKey, out var value)) values[toKey] = value;
        return report with { Template = To.Ref, Values = values.ToImmutable() };
    }

    private static string Wording(Indicator i) => $"{i.Kind}|{VietnameseText.Fold(i.Unit ?? "")}|{VietnameseText.Fold(i.Label)}";
}
