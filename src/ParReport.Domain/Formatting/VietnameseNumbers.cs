using System.Globalization;

namespace ParReport.Domain.Formatting;

/// <summary>
/// Writes and reads numbers the way Vietnamese administrative documents do:
/// "." groups thousands (1.034), "," marks decimals (99,8%).
/// </summary>
/// <remarks>
/// Percentages are rounded half away from zero to one decimal place and a trailing ",0" is dropped
/// (100%, 99,8%). A missing value — a rate whose denominator is 0 — is written as "—".
/// </remarks>
public static class VietnameseNumbers
{
    /// <summary>The text shown for a value that cannot be computed (a rate over 0).</summary>
    public const string NotApplicable = "—";

    private static readonly NumberFormatInfo Format = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NegativeSign = "-",
    };

    /// <summary>1034 → "1.034"; 20,5 → "20,5". Decimals are kept as given, without trailing zeros.</summary>
    public static string FormatNumber(decimal value)
    {
        var whole = decimal.Truncate(value);
        var text = whole.ToString("#,0", Format);
        if (whole == 0 && value < 0) text = "-0";
        var fraction = Math.Abs(value - whole);
        if (fraction == 0) return text;
        var digits = fraction.ToString("0.############################", CultureInfo.InvariantCulture)[2..];
        return text + "," + digits;
    }

    /// <summary>3 → "03": counts below ten are written with a leading zero in narrative ("03/06 nhiệm vụ").</summary>
    public static string FormatCountTwoDigits(decimal value) =>
        value is >= 0 and < 10 && value == decimal.Truncate(value) ? "0" + FormatNumber(value) : FormatNumber(value);

    /// <summary>99,833… → "99,8%"; 100 → "100%"; null → "—".</summary>
    public static string FormatPercent(decimal? percent) =>
        percent is { } p ? FormatNumber(Math.Round(p, 1, MidpointRounding.AwayFromZero)) + "%" : NotApplicable;

    /// <summary>15713 → "15.713 triệu đồng".</summary>
    public static string FormatMoney(decimal millions) => FormatNumber(millions) + " triệu đồng";

    /// <summary>
    /// Reads a number typed the Vietnamese way: "1.034", "1034", "01", "99,8", "99,8%", "-3".
    /// A "." must group exactly three digits; otherwise the text is refused rather than guessed
    /// ("21.88" could be 21,88 or a typing error).
    /// </summary>
    public static ParseResult Parse(string? text)
    {
        var s = (text ?? "").Trim().Replace('\u00A0', ' ').Replace(" ", "");
        if (s.EndsWith('%')) s = s[..^1];
        if (s.Length == 0) return ParseResult.Failure(text ?? "", FormattingMessages.Empty);

        var negative = s.StartsWith('-');
        if (negative) s = s[1..];

        var parts = s.Split(',');
        if (parts.Length > 2) return ParseResult.Failure(text!, FormattingMessages.TooManyCommas(text!));
        var integerPart = parts[0];
        var fractionPart = parts.Length == 2 ? parts[1] : "";

        var groups = integerPart.Split('.');
        if (groups.Length > 1 && (groups[0].Length is 0 or > 3 || groups.Skip(1).Any(g => g.Length != 3)))
            return ParseResult.Failure(text!, FormattingMessages.BadGrouping(text!));
        var digits = string.Concat(groups);
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit) || !fractionPart.All(char.IsAsciiDigit)
            || (parts.Length == 2 && fractionPart.Length == 0))
            return ParseResult.Failure(text!, FormattingMessages.NotANumber(text!));

        var invariant = fractionPart.Length > 0 ? digits + "." + fractionPart : digits;
        if (!decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return ParseResult.Failure(text!, FormattingMessages.NotANumber(text!));
        return ParseResult.Success(negative ? -value : value);
    }
}
