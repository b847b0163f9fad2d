namespace ParReport.Domain.Formatting;

/// <summary>The outcome of reading a number: either the value, or the text and why it was refused.</summary>
public sealed record ParseResult(decimal? Value, string Text, string? Error)
{
    public bool Succeeded => Error is null;

    public static ParseResult Success(decimal value) => new(value, value.ToString(System.Globalization.CultureInfo.InvariantCulture), null);

    public static ParseResult Failure(string text, string error) => new(null, text, error);
}
