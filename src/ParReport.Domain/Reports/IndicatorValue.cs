namespace ParReport.Domain.Reports;

/// <summary>The value of one indicator in one report: a number (counts, money, percentages, choice codes) or text.</summary>
public sealed record IndicatorValue(decimal? Number, string? Text = null)
{
    public static IndicatorValue Of(decimal number) => new(number);

    public static IndicatorValue OfText(string text) => new(null, text);

    public bool IsEmpty => Number is null && string.IsNullOrWhiteSpace(Text);
}
