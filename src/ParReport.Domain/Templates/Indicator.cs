namespace ParReport.Domain.Templates;

/// <summary>One row of a statistical form: a code such as "2.2", its label, unit and kind.</summary>
/// <remarks>
/// Codes restart in every form, so an indicator is identified in a report by its <see cref="Key"/>,
/// "form/code" (e.g. "1/2.2"). <see cref="Numerator"/> and <see cref="Denominator"/> are codes in the same
/// form and are set only for <see cref="IndicatorKind.Rate"/>. <see cref="Concept"/> names the quantity an indicator
/// holds ("dossiers-received"), so that narrative text stating it can be compared with it and other templates' indicators
/// holding it mapped to it. <see cref="RollUp"/>, in an upper unit's template, names the concept of its units' indicator
/// whose aggregate fills this one (the district's "on-time rate of the communes"). <see cref="Unit"/> is null for choices
/// (their options say what the value means) and for most groups. <see cref="Independent"/>: the template states that
/// this counted row is no part of its parent (a count beside it, not within it). <see cref="Register"/>: the unit's register
/// that counts this indicator (its documents, its procedures …), put into the report like the dossiers' figures.
/// </remarks>
public sealed record Indicator(
    string FormCode,
    string Code,
    string Label,
    IndicatorKind Kind,
    string? Unit,
    string? ParentCode,
    string Field,
    bool Cumulative,
    string? Numerator = null,
    string? Denominator = null,
    IReadOnlyList<ChoiceOption>? Options = null,
    string? Note = null,
    string? Concept = null,
    string? RollUp = null,
    bool Independent = false,
    Registers.RegisterSource? Register = null)
{
    public string Key => IndicatorKey.Of(FormCode, Code);

    public IReadOnlyList<ChoiceOption> Choices => Options ?? [];

    /// <summary>True for the kinds whose value is a number that can be summed (count and money).</summary>
    public bool IsQuantity => Kind is IndicatorKind.Count or IndicatorKind.Money;

    /// <summary>True when an official types a value for this indicator (not a group, not a derived rate).</summary>
    public bool IsEntered => Kind is not (IndicatorKind.Group or IndicatorKind.Rate);

    /// <summary>The unit as the forms print it: the options for a choice ("Có = 1; Không = 0").</summary>
    public string UnitText => Kind == IndicatorKind.Choice ? string.Join("; ", Choices) : Unit ?? "";
}
