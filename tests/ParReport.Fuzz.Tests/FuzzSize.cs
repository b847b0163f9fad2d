namespace ParReport.Fuzz.Tests;

/// <summary>
/// How many inputs each category tries: a short run by default, the full campaign with PARREPORT_FUZZ_FULL=1, any
/// number per category with PARREPORT_FUZZ_COUNT=N; PARREPORT_FUZZ_INPUT=N replays one input of every category.
/// </summary>
public static class FuzzSize
{
    public static bool Full => Environment.GetEnvironmentVariable("PARREPORT_FUZZ_FULL") == "1";

    /// <summary>The inputs a category tries: <paramref name="ci"/> by default, <paramref name="full"/> in the full run.</summary>
    public static IEnumerable<int> Inputs(int ci, int full)
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("PARREPORT_FUZZ_INPUT"), out var only)) return [only];
        var count = int.TryParse(Environment.GetEnvironmentVariable("PARREPORT_FUZZ_COUNT"), out var given) ? given : Full ? full : ci;
        return Enumerable.Range(0, count);
    }

    /// <summary>The generator of one input: the same category seed and input number give the same input, run alone or in a campaign.</summary>
    public static Random Random(int seed, int input) => new(unchecked(seed * 1_000_003 + input));
}
