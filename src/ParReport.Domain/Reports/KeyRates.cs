using ParReport.Domain.Templates;

namespace ParReport.Domain.Reports;

/// <summary>
/// The rates every level follows across periods, found by the concept of their numerator so that they read the
/// same in every template version: dossiers resolved on time (early included) and dossiers received online.
/// </summary>
public static class KeyRates
{
    public static decimal? OnTime(ReportTemplate template, Report report) => Of(template, report, "dossiers-on-time");

    public static decimal? Online(ReportTemplate template, Report report) => Of(template, report, "dossiers-online");

    private static decimal? Of(ReportTemplate template, Report report, string numeratorConcept) =>
        template.RateOfConcept(numeratorConcept) is { } rate
            ? Derivation.RateOf(rate, report.Values)
            : null;
}
