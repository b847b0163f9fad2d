namespace ParReport.Domain.Reports;

/// <summary>Which rule a violation breaks.</summary>
public enum ViolationKind
{
    /// <summary>A count that is negative or not a whole number.</summary>
    NotACount,
    /// <summary>A negative amount of money.</summary>
    NegativeMoney,
    /// <summary>An entered percentage outside 0–100.</summary>
    PercentOutOfRange,
    /// <summary>A coded choice whose value is not one of its options.</summary>
    NotAnOption,
    /// <summary>A value stored for a group heading or a derived rate, which hold none.</summary>
    NotEnterable,
    /// <summary>A number where text is expected or the reverse.</summary>
    WrongType,
    /// <summary>A part greater than its whole.</summary>
    PartExceedsWhole,
    /// <summary>Parts that partition a whole and do not sum to it.</summary>
    PartsDoNotSum,
    /// <summary>A value for an indicator the template does not have.</summary>
    UnknownIndicator,
    /// <summary>A choice that contradicts a count under it ("Có khảo sát" with 0 forms, "Không" with some).</summary>
    ChoiceContradictsCount,
}
