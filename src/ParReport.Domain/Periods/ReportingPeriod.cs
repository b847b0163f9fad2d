using System.Text.RegularExpressions;

namespace ParReport.Domain.Periods;

/// <summary>A reporting period: a kind (quý I, 6 tháng, 9 tháng, năm) in a year.</summary>
/// <remarks>
/// Its code is "2024-Q1", "2024-6T", "2024-9T" or "2024-N". Periods of one year follow each other in that
/// order; <see cref="PreviousInYear"/> is where cumulative (lũy kế) values of the same year start from.
/// </remarks>
public sealed partial record ReportingPeriod(int Year, PeriodKind Kind) : IComparable<ReportingPeriod>
{
    public string Code => $"{Year}-{Suffix(Kind)}";

    /// <summary>As a sentence names it: "quý I năm 2024", "6 tháng đầu năm 2024", "9 tháng năm 2024", "năm 2024".</summary>
    public string Label => Kind switch
    {
        PeriodKind.QuarterOne => $"quý I năm {Year}",
        PeriodKind.HalfYear => $"6 tháng đầu năm {Year}",
        PeriodKind.NineMonths => $"9 tháng năm {Year}",
        _ => $"năm {Year}",
    };

    /// <summary>The label at the start of a heading: "Năm 2024", "Quý I năm 2024" (for "quý I năm 2024").</summary>
    public string Title => char.ToUpperInvariant(Label[0]) + Label[1..];

    /// <summary>The reporting year a day falls in: its default window runs from 15/12 of the year before to 14/12.</summary>
    public static ReportingPeriod YearOf(DateOnly day) => new(day.Month == 12 && day.Day >= 15 ? day.Year + 1 : day.Year, PeriodKind.Year);

    /// <summary>The period before this one in the same year, or null for quý I.</summary>
    public ReportingPeriod? PreviousInYear => Kind == PeriodKind.QuarterOne ? null : this with { Kind = Kind - 1 };

    /// <summary>The period before this one, crossing into the previous year from quý I.</summary>
    public ReportingPeriod Previous => PreviousInYear ?? new ReportingPeriod(Year - 1, PeriodKind.Year);

    /// <summary>The default window of the Ministry of Home Affairs' rule for this period.</summary>
    public CutOffWindow DefaultWindow => Kind switch
    {
        PeriodKind.QuarterOne => new(YearStart, new DateOnly(Year, 3, 14)),
        PeriodKind.HalfYear => new(YearStart, new DateOnly(Year, 6, 14)),
        PeriodKind.NineMonths => new(new DateOnly(Year, 6, 15), new DateOnly(Year, 9, 14)),
        _ => new(YearStart, new DateOnly(Year, 12, 14)),
    };

    /// <summary>
    /// The default window of cumulative (lũy kế) indicators: from 15/12 of the previous year to the period's end.
    /// It differs from <see cref="DefaultWindow"/> only for 9 tháng, whose own window is quý III.
    /// </summary>
    public CutOffWindow DefaultCumulativeWindow => new(YearStart, DefaultWindow.To);

    private DateOnly YearStart => new(Year - 1, 12, 15);

    public int CompareTo(ReportingPeriod? other) =>
        other is null ? 1 : Year != other.Year ? Year.CompareTo(other.Year) : Kind.CompareTo(other.Kind);

    public override string ToString() => Code;

    public static bool TryParse(string? code, out ReportingPeriod period)
    {
        period = new ReportingPeriod(0, PeriodKind.Year);
        var match = CodePattern().Match(code?.Trim() ?? "");
        if (!match.Success) return false;
        var kind = match.Groups[2].Value.ToUpperInvariant() switch
        {
            "Q1" => PeriodKind.QuarterOne,
            "6T" => PeriodKind.HalfYear,
            "9T" => PeriodKind.NineMonths,
            _ => PeriodKind.Year,
        };
        var year = int.Parse(match.Groups[1].Value);
        if (year is < 1990 or > 2200) return false;
        period = new ReportingPeriod(year, kind);
        return true;
    }

    public static ReportingPeriod Parse(string code) =>
        TryParse(code, out var period) ? period : throw new FormatException($"«{code}» is not a period code such as 2024-Q1, 2024-6T, 2024-9T, 2024-N.");

    private static string Suffix(PeriodKind kind) => kind switch
    {
        PeriodKind.QuarterOne => "Q1",
        PeriodKind.HalfYear => "6T",
        PeriodKind.NineMonths => "9T",
        _ => "N",
    };

    [GeneratedRegex(@"^(\d{4})-(Q1|6T|9T|N)$", RegexOptions.IgnoreCase)]
    private static partial Regex CodePattern();
}
