using System.Text;

namespace ParReport.Storage.Tests;

public class DossierCodesTest
{
    private static void Add(DossierCodes codes, params string[] added)
    {
        foreach (var code in added) codes.Add(Encoding.UTF8.GetBytes(code), (int)codes.Count + 2);
    }

    [Fact]
    public void Codes_sharing_a_hash_are_told_apart_by_the_code_itself()
    {
        // Every code gets the same hash: only the bytes can tell them apart.
        using var codes = new DossierCodes(hash: _ => 42);
        Add(codes, "A", "B");                  // stored: numbers 0 and 1
        Add(codes, "B", "C", "C", "A", "B");   // the file: numbers 2 … 6, lines 4 … 8
        var matches = codes.Match(stored: 2, linesKept: 10);
        Assert.Equal(2, matches.ReplacedCount);
        Assert.True(matches.IsReplaced(0) && matches.IsReplaced(1));
        Assert.Equal([4L, 6L], matches.Repeated);
        Assert.Equal([(6, "C"), (8, "B")], matches.FirstRepeated);
    }

    [Fact]
    public void Codes_spilled_to_files_are_matched_as_those_kept_in_memory()
    {
        using var spilled = new DossierCodes(memoryLimit: 1000);
        using var held = new DossierCodes();
        foreach (var codes in new[] { spilled, held })
        {
            Add(codes, Enumerable.Range(0, 5000).Select(i => $"HS-{i}").ToArray());
            // 4000–5999, then 4000–4999 again.
            Add(codes, Enumerable.Range(0, 3000).Select(i => $"HS-{4000 + i % 2000}").ToArray());
        }
        var (a, b) = (spilled.Match(5000, 1000), held.Match(5000, 1000));
        Assert.Equal((1000, 1000), (a.ReplacedCount, a.Repeated.Length));
        Assert.Equal(b.ReplacedCount, a.ReplacedCount);
        Assert.Equal(b.Repeated, a.Repeated);
        Assert.Equal(b.FirstRepeated, a.FirstRepeated);
    }

    [Fact]
    public void Only_the_earliest_repeated_lines_are_kept()
    {
        using var codes = new DossierCodes();
        Add(codes, Enumerable.Range(0, 100).Select(i => $"X{i % 10}").ToArray());
        var matches = codes.Match(0, 5);
        Assert.Equal(90, matches.Repeated.Length);
        Assert.Equal(Enumerable.Range(12, 5), matches.FirstRepeated.Select(r => r.Line));
    }
}
