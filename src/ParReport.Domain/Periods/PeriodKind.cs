namespace ParReport.Domain.Periods;

/// <summary>The periodic reports of the CCHC reporting regime.</summary>
public enum PeriodKind
{
    /// <summary>Quý I.</summary>
    QuarterOne,
    /// <summary>6 tháng (đầu năm).</summary>
    HalfYear,
    /// <summary>9 tháng (quý III).</summary>
    NineMonths,
    /// <summary>Năm.</summary>
    Year,
}
