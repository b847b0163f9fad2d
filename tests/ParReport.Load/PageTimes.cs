namespace ParReport.Load;

/// <summary>The time of every answer of every page, and the failures (an error status, a lost session, no answer), kept whole for the percentiles.</summary>
public sealed class PageTimes
{
    private sealed class Page
    {
        public readonly List<double> Milliseconds = [];
        public int Errors;
        public readonly List<string> FirstErrors = [];
    }

    private readonly Dictionary<string, Page> _pages = [];

    public void Add(string page, double milliseconds, string? error)
    {
        lock (_pages)
        {
            if (!_pages.TryGetValue(page, out var kept)) _pages[page] = kept = new Page();
            kept.Milliseconds.Add(milliseconds);
            if (error is null) return;
            kept.Errors++;
            if (kept.FirstErrors.Count < 3) kept.FirstErrors.Add(error);
        }
    }

    /// <summary>Forgets what was recorded: the measured run starts after the log-ins.</summary>
    public void Clear()
    {
        lock (_pages) _pages.Clear();
    }

    public sealed record Summary(string Page, int Count, int Errors, double P50, double P95, double P99, IReadOnlyList<string> FirstErrors);

    public IReadOnlyList<Summary> Summarise()
    {
        lock (_pages)
            return _pages.Select(p =>
            {
                var sorted = p.Value.Milliseconds.Order().ToArray();
                return new Summary(p.Key, sorted.Length, p.Value.Errors, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), p.Value.FirstErrors.ToList());
            }).OrderBy(s => Array.IndexOf(LoadMessages.PageOrder, s.Page)).ToList();
    }

    /// <summary>The nearest-rank percentile: the smallest time that at least this share of the answers did not exceed.</summary>
    public static double Percentile(double[] sorted, int percent) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
