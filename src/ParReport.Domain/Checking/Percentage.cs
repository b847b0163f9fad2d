namespace ParReport.Domain.Checking;

/// <summary>Recomputes a stated percentage at the precision it was written with.</summary>
internal static class Percentage
{
    /// <summary>part / whole × 100 rounded half away from zero to <paramref name="decimals"/> places.</summary>
    /// <returns>Null when the whole is 0 or the numbers are too large to divide: nothing can be compared then.</returns>
    public static decimal? Rounded(decimal part, decimal whole, int decimals)
    {
        if (whole == 0) return null;
        try
        {
            return Math.Round(part / whole * 100, Math.Clamp(decimals, 0, 10), MidpointRounding.AwayFromZero);
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
