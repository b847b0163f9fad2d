using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Formatting;

/// <summary>Shows an indicator's value as the appendix prints it: "1.034", "99,8%", "15.713", "1", "—".</summary>
public static class IndicatorFormatter
{
    /// <param name="indicator">The row being shown.</param>
    /// <param name="value">The stored value; ignored for derived rates.</param>
    /// <param name="rate">The computed rate, for derived rates.</param>
    public static string Format(Indicator indicator, IndicatorValue? value, decimal? rate = null) => indicator.Kind switch
    {
        IndicatorKind.Group => "",
        IndicatorKind.Rate => VietnameseNumbers.FormatPercent(rate),
        // An entered percentage is printed as stored; only computed rates are rounded.
        IndicatorKind.Percent => value?.Number is { } p ? VietnameseNumbers.FormatNumber(p) + "%" : "",
        IndicatorKind.Text => value?.Text ?? "",
        _ => value?.Number is { } n ? VietnameseNumbers.FormatNumber(n) : "",
    };

    /// <summary>An indicator's value in a report as every output shows it: a choice with its label, a rate from the computed rates.</summary>
    public static string Display(Indicator indicator, Report report, IReadOnlyDictionary<string, decimal?> rates) => indicator.Kind == IndicatorKind.Choice
        ? FormatChoice(indicator, report.Number(indicator.Key))
        : Format(indicator, report.Values.GetValueOrDefault(indicator.Key), rates.GetValueOrDefault(indicator.Key));

    /// <summary>"1 (Có)" for a choice, so a reader need not look up the code.</summary>
    public static string FormatChoice(Indicator choice, decimal? code) =>
        code is null ? "" : choice.Choices.FirstOrDefault(o => o.Code == code) is { } option
            ? $"{VietnameseNumbers.FormatNumber(code.Value)} ({option.Label})"
            : VietnameseNumbers.FormatNumber(code.Value);
}
