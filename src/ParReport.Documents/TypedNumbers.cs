using System.Globalization;

namespace ParReport.Documents;

/// <summary>
/// A workbook's number as an official would type it: "1234", "12,5". Its invariant text ("12.5") would be read the
/// Vietnamese way, the dot grouping thousands ("1.125" is 1.125 units, not 1,125).
/// </summary>
internal static class TypedNumbers
{
    public static string Of(double value)
    {
        if (!double.IsFinite(value) || Math.Abs(value) >= 1e15) return value.ToString("R", CultureInfo.InvariantCulture);
        var number = Math.Round((decimal)value, 10);
        return number.ToString("0.##########", CultureInfo.InvariantCulture).Replace('.', ',');
    }
}
