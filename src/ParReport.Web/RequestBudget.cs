namespace ParReport.Web;

/// <summary>
/// The time one request may spend on work whose cost a file decides (checking a report, importing an export): past it,
/// the work is cancelled, nothing is stored and the user is told, so that no file can hold the server.
/// </summary>
public sealed class RequestBudget : IDisposable
{
    public const string Check = "Check";
    public const string FormUpload = "FormUpload";
    public const string Preview = "Preview";
    public const string Import = "Import";

    // Seconds, each overridden by the setting Limits:{work}Seconds. An import of several hundred megabytes runs at about a
    // million rows a second: ten minutes is far beyond it.
    private static readonly Dictionary<string, double> Defaults = new() { [Check] = 10, [FormUpload] = 10, [Preview] = 60, [Import] = 600 };

    /// <summary>The budget of one kind of work for the current request.</summary>
    public static RequestBudget Start(HttpContext http, string work)
    {
        var seconds = http.RequestServices.GetRequiredService<IConfiguration>().GetValue<double?>($"Limits:{work}Seconds") ?? Defaults[work];
        return new RequestBudget(TimeSpan.FromSeconds(seconds), http.RequestAborted);
    }

    private readonly CancellationToken _aborted;
    private readonly CancellationTokenSource _source;

    private RequestBudget(TimeSpan limit, CancellationToken aborted)
    {
        Limit = limit;
        _aborted = aborted;
        _source = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        _source.CancelAfter(limit);
    }

    public TimeSpan Limit { get; }

    public CancellationToken Token => _source.Token;

    /// <summary>Whether the budget ran out (not the client going away).</summary>
    public bool Exceeded => _source.IsCancellationRequested && !_aborted.IsCancellationRequested;

    /// <summary>Runs synchronous work off the request's thread and stops waiting for it when the budget runs out.</summary>
    public Task<T> RunAsync<T>(Func<CancellationToken, T> work) => Task.Run(() => work(Token), Token).WaitAsync(Token);

    public string Message(string fileName, string doing) =>
        $"Tệp «{fileName}» cần hơn {FormatLimit()} để {doing}, quá thời gian cho phép của một yêu cầu; không có gì được lưu. "
        + "Hãy kiểm tra lại tệp (có thể tệp bị hỏng hoặc quá lớn), hoặc tách thành các tệp nhỏ hơn.";

    private string FormatLimit() => Limit.TotalMinutes >= 1 ? $"{Limit.TotalMinutes:0} phút" : $"{Limit.TotalSeconds:0} giây";

    public void Dispose() => _source.Dispose();
}
