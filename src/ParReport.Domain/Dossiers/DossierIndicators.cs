using ParReport.Domain.Templates;

namespace ParReport.Domain.Dossiers;

/// <summary>
/// The indicators of a template that the one-stop shop's dossiers answer, found by their concept, and their values
/// for a window: received in the window (online + direct or postal, as the online rate counts them), received online,
/// resolved, and resolved on time (early ones included) when every resolved dossier's deadline is known.
/// </summary>
public static class DossierIndicators
{
    public static IReadOnlyDictionary<string, decimal> Values(ReportTemplate template, DossierStatistics statistics)
    {
        var total = statistics.Total;
        var unresolved = total.Unresolved + total.EarlierUnknown > 0;
        var values = new Dictionary<string, decimal>();
        foreach (var indicator in template.Indicators)
        {
            int? value = indicator.Concept switch
            {
                "dossiers-received" => total.Online + total.DirectOrPostal,
                "dossiers-online" => total.Online,
                "dossiers-resolved" when !unresolved => total.Resolved,
                // Without every deadline, how many were on time is not known: nothing is filled rather than a number made up.
                "dossiers-on-time" when !unresolved && total.ResolvedUntimed == 0 => total.Early + total.OnTime,
                _ => null,
            };
            if (value is { } v) values[indicator.Key] = v;
        }
        return values;
    }

    /// <summary>
    /// The report's dossier indicators that differ from the dossiers' figures (typed or overridden by hand, or not
    /// filled): where there is any, a table of the dossiers by field would contradict the report's own numbers.
    /// </summary>
    public static IReadOnlyList<(string Key, decimal? Stored, decimal Dossiers)> Disagreements(
        ReportTemplate template, IReadOnlyDictionary<string, Reports.IndicatorValue> values, DossierStatistics statistics) =>
        Values(template, statistics)
            .Select(f => (f.Key, Stored: values.GetValueOrDefault(f.Key)?.Number, Dossiers: f.Value))
            .Where(f => f.Stored != f.Dossiers)
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>The statistics a report may print as its table by field: only when there are dossiers and the report's own figures agree with them.</summary>
    public static DossierStatistics? ForDocument(ReportTemplate template, IReadOnlyDictionary<string, Reports.IndicatorValue> values, DossierStatistics statistics) =>
        statistics.Rows.Count > 0 && Values(template, statistics).Count > 0 && Disagreements(template, values, statistics).Count == 0 ? statistics : null;

    /// <summary>Whether a form holds any indicator the dossiers answer.</summary>
    public static bool Answers(Form form) => form.Indicators.Any(i => i.Concept?.StartsWith("dossiers-", StringComparison.Ordinal) == true);
}
