using ParReport.Domain.Formatting;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using ParReport.Domain.Text;

namespace ParReport.Domain.Entry;

/// <summary>
/// Turns what an official typed into an indicator's value and back: numbers as Vietnamese users type them
/// ("1.034", "99,8"), a choice by its code, text as it is. The web form and the XLSX form both read through here.
/// </summary>
public static class ValueInput
{
    /// <summary>
    /// The value typed for an indicator; null with no error when the box was left empty. A value that cannot
    /// be read or does not fit the indicator's kind (a negative count, a code that is not an option) is an error:
    /// it is never stored, while disagreements between fields are stored and shown until they are fixed.
    /// </summary>
    public static (IndicatorValue? Value, string? Error) Read(Indicator indicator, string? typed)
    {
        var text = TypedText.Clean(typed ?? "").Trim();
        if (text.Length == 0) return (null, null);
        if (indicator.Kind == IndicatorKind.Text) return Checked(indicator, IndicatorValue.OfText(text));
        var number = VietnameseNumbers.Parse(text);
        return number.Succeeded ? Checked(indicator, IndicatorValue.Of(number.Value!.Value)) : (null, EntryMessages.Unreadable(indicator, number.Error!));
    }

    /// <summary>The largest magnitude and the decimals a stored number holds.</summary>
    public const decimal Largest = 99_999_999_999_999m;
    public const int Decimals = 4;

    /// <summary>A value read some other way (a number cell of a spreadsheet), checked like a typed one.</summary>
    public static (IndicatorValue? Value, string? Error) Checked(Indicator indicator, IndicatorValue value)
    {
        if (value.Number is { } n && (Math.Abs(n) > Largest || decimal.Round(n, Decimals) != n))
            return (null, EntryMessages.OutOfRange(indicator, n));
        return ReportValidator.CheckValue(indicator, value) is { } violation ? (null, violation.Message) : (value, null);
    }

    /// <summary>What an input box shows for a stored value: "1.034", "99,8", a choice's code, the text.</summary>
    public static string Show(IndicatorValue? value) => value switch
    {
        null => "",
        { Number: { } n } => VietnameseNumbers.FormatNumber(n),
        _ => value.Text ?? "",
    };
}
