using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ParReport.Fuzz.Tests;

/// <summary>
/// The tally of one category of inputs: tried, 5xx, crashes, hangs, the slowest answer, and every failure with the
/// seed and input number that replay it (PARREPORT_FUZZ_INPUT=N). Asserted once at the end, so one run lists them all.
/// </summary>
public sealed partial class FuzzCategory(string name, int seed)
{
    /// <summary>An answer slower than this is a hang.</summary>
    public static readonly TimeSpan Slow = TimeSpan.FromSeconds(5);

    /// <summary>How long an answer is waited for before it is given up as hung.</summary>
    public static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(15);

    private readonly List<string> _failures = [];
    private readonly Lock _lock = new();
    public string Name => name;
    public int Seed => seed;
    public int Tried { get; private set; }
    public int ServerErrors { get; private set; }
    public int Crashes { get; private set; }
    public int Hangs { get; private set; }
    public long SlowestMs { get; private set; }
    public int SlowestInput { get; private set; }

    /// <summary>Counts one answer and its time.</summary>
    public void Count(int input, TimeSpan elapsed, string what)
    {
        lock (_lock)
        {
            Tried++;
            if ((long)elapsed.TotalMilliseconds > SlowestMs) (SlowestMs, SlowestInput) = ((long)elapsed.TotalMilliseconds, input);
            if (elapsed > Slow)
            {
                Hangs++;
                Fail(input, what, $"answered in {elapsed.TotalMilliseconds:0} ms (over {Slow.TotalSeconds:0} s)");
            }
        }
    }

    public void ServerError(int input, string what, string detail)
    {
        lock (_lock) ServerErrors++;
        Fail(input, what, detail);
    }

    public void Crash(int input, string what, string detail)
    {
        lock (_lock) Crashes++;
        Fail(input, what, detail);
    }

    public void Fail(int input, string what, string why)
    {
        lock (_lock) _failures.Add($"[{name} seed {seed} input {input}] {what}: {Shorten(why)}");
    }

    /// <summary>Checks that a refusal is said in Vietnamese and, where a file was given, names it or the row, cell or field.</summary>
    public void CheckRefusal(int input, string what, string message, string? fileName)
    {
        if (!Vietnamese().IsMatch(message)) Fail(input, what, $"refusal not in Vietnamese: «{message}»");
        else if (fileName is not null && !message.Contains(fileName, StringComparison.Ordinal) && !Where().IsMatch(message))
            Fail(input, what, $"refusal names neither the file «{fileName}» nor a row, cell or field: «{message}»");
    }

    /// <summary>Runs one input with the time it takes; an exception escaping it is a crash, an answer past <see cref="GiveUp"/> a hang.</summary>
    public async Task<(T? Value, TimeSpan Elapsed)> TimeAsync<T>(int input, string what, Func<CancellationToken, Task<T>> run)
    {
        using var cancel = new CancellationTokenSource(GiveUp);
        var clock = Stopwatch.StartNew();
        try
        {
            var task = Task.Run(() => run(cancel.Token));
            var value = await task.WaitAsync(GiveUp + TimeSpan.FromSeconds(1));
            Count(input, clock.Elapsed, what);
            return (value, clock.Elapsed);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException && clock.Elapsed >= GiveUp)
        {
            Count(input, clock.Elapsed, what);
            return (default, clock.Elapsed);
        }
        catch (Exception e)
        {
            Count(input, clock.Elapsed, what);
            Crash(input, what, e.ToString());
            return (default, clock.Elapsed);
        }
    }

    public string Summary => $"{name} (seed {seed}): {Tried} inputs, {ServerErrors} 5xx, {Crashes} crashes, {Hangs} hangs (> {Slow.TotalSeconds:0} s), slowest {SlowestMs} ms (input {SlowestInput}), {_failures.Count} failures";

    /// <summary>Prints the tally and fails with every failure listed.</summary>
    public void AssertClean()
    {
        TestContext.Current.TestOutputHelper?.WriteLine(Summary);
        Assert.True(Tried > 0, $"{name}: no input tried");
        Assert.True(_failures.Count == 0, Summary + Environment.NewLine + string.Join(Environment.NewLine, _failures.Take(200)));
    }

    private static string Shorten(string text) => text.Length <= 1500 ? text : text[..1500] + "…";

    // A letter only Vietnamese writes: ă â đ ê ô ơ ư, or a vowel with its tone (Latin Extended Additional, U+1EA0–U+1EF9, and the Latin-1 ones).
    [GeneratedRegex("[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ\u1EA0-\u1EF9]", RegexOptions.IgnoreCase)]
    private static partial Regex Vietnamese();

    // Where in a file: a row (dòng), a cell (ô D5), a column (cột), a sheet (trang tính), a field (chỉ tiêu), a line.
    [GeneratedRegex(@"\b(dòng|ô|cột|trang tính|trang|chỉ tiêu|mục|tiêu đề)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Where();
}
