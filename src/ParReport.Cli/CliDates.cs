using System.Globalization;

namespace ParReport.Cli;

/// <summary>Dates on the command line are written dd/MM/yyyy, whatever the machine's culture.</summary>
internal static class CliDates
{
    public static bool TryParse(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
