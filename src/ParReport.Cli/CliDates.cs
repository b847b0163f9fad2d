using System.Globalization;

namespace ParReport.Cli;

/// <summary>Dates on the command line are written dd/MM/yyyy, whatever the machine's culture.</summary>
internal static class CliDates
{
    public static bool TryParse(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>An hour as officials write it: 10:00, 9:30, 10h30, 10h, 10 ("%H": a lone "H" would be read as a standard format and throw).</summary>
    public static bool TryParseHour(string? text, out TimeOnly hour) =>
        TimeOnly.TryParseExact(text, ["H:mm", "HH:mm", "H'h'mm", "H'h'", "%H"], CultureInfo.InvariantCulture, DateTimeStyles.None, out hour);
}
