using ParReport.Domain.Templates;

namespace ParReport.Domain.Dossiers;

/// <summary>
/// The indicators of a template that the one-stop shop's dossiers answer, found by their concept, and their values
/// for a window: received in the window (online + direct or postal, as the online rate counts them), received online,
/// resolved, and resolved on time (early ones included).
/// </summary>
public static class DossierIndicators
{
    public static IReadOnlyDictionary<string, decimal> Values(ReportTemplate template, DossierStatistics statistics)
    {
        var total = statistics.Total;
        var values = new Dictionary<string, decimal>();
        foreach (var indicator in template.Indicators)
        {
            int? value = indicator.Concept switch
            {
                "dossiers-received" => total.Online + total.DirectOrPostal,
                "dossiers-online" => total.Online,
                "dossiers-resolved" => total.Resolved,
                "dossiers-on-time" => total.Early + total.OnTime,
                _ => null,
            };
            if (value is { } v) values[indicator.Key] = v;
        }
        return values;
    }

    /// <summary>Whether a form holds any indicator the dossiers answer.</summary>
    public static bool Answers(Form form) => form.Indicators.Any(i => i.Concept?.StartsWith("dossiers-", StringComparison.Ordinal) == true);
}
