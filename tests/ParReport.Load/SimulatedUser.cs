using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ParReport.Load;

/// <summary>
/// One official at work, with a session of their own: logs in once, then in a loop opens the home page, the board and
/// the aggregate (who reviews), a report page with its charts and one of its forms, saves a value of a field kept for this user (who
/// fills forms), now and then uploads a small dossier export (who imports dossiers) and downloads the report's DOCX
/// and XLSX. What they see is found from the pages, as a browser would, so that any demo request ids work.
/// </summary>
public sealed partial class SimulatedUser(int index, string account, Uri server, PageTimes times, LoadOptions options) : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true })
    {
        BaseAddress = server,
        Timeout = TimeSpan.FromSeconds(60),
    };

    private readonly Random _random = new(options.Seed * 100_003 + index);
    private List<string> _views = [];
    private List<string> _boards = [];
    private readonly Dictionary<string, List<string>> _formsOf = [];
    private bool _imports;

    public string Account => account;

    /// <summary>The form and field this user saves into; null when it only reads.</summary>
    public (string Form, string Code)? Field { get; set; }

    /// <summary>The forms this user may write, from its home page.</summary>
    public IReadOnlyList<string> WritableForms { get; private set; } = [];

    /// <summary>Logs in and finds what the user works on; false when the log-in failed.</summary>
    public async Task<bool> LogInAsync(CancellationToken cancel)
    {
        var (login, _) = await GetAsync(LoadMessages.Login, "/Account/Login", cancel);
        if (login is null) return false;
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = account, ["Password"] = Domain.Demo.DemoUsers.Password, ["__RequestVerificationToken"] = Token(login),
        });
        var (home, _) = await SendAsync(LoadMessages.Login, () => _http.PostAsync("/Account/Login", form, cancel), expectHome: true, cancel);
        if (home is null) return false;
        _views = Links(home, ViewLink());
        _boards = Links(home, BoardLink());
        WritableForms = Links(home, FormLink());
        var (dossiers, _) = await GetAsync(LoadMessages.Dossiers, "/Dossiers", cancel);
        _imports = dossiers?.Contains("id=\"dossier-upload\"") == true;
        return true;
    }

    /// <summary>The fields of a form this user may write that hold a whole number, in page order.</summary>
    public async Task<IReadOnlyList<string>> WritableFieldsAsync(string form, CancellationToken cancel)
    {
        var (html, _) = await GetAsync(LoadMessages.Form, form, cancel);
        return html is null ? [] : NumberBox().Matches(html).Where(m => !m.Groups["readonly"].Success && Whole(m.Groups["original"].Value) is not null)
            .Select(m => m.Groups["code"].Value).ToList();
    }

    public async Task RunAsync(DateTime until, CancellationToken cancel)
    {
        try
        {
            // Each user arrives after a pause of its own, as between two pages, not all at the same instant.
            await ThinkAsync(cancel);
            while (DateTime.UtcNow < until && !cancel.IsCancellationRequested) await OnceAsync(cancel);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
        }
    }

    private async Task OnceAsync(CancellationToken cancel)
    {
        await GetAsync(LoadMessages.Home, "/", cancel);
        await ThinkAsync(cancel);
        if (_boards.Count > 0)
        {
            var board = Pick(_boards);
            await GetAsync(LoadMessages.Board, board, cancel);
            await ThinkAsync(cancel);
            if (_random.Next(2) == 0)
            {
                await GetAsync(LoadMessages.Aggregate, board.Replace("/Requests/Board/", "/Requests/Aggregate/") + "?sent=true", cancel);
                await ThinkAsync(cancel);
            }
        }
        if (_views.Count == 0) return;
        var view = Pick(_views);
        var (report, _) = await GetAsync(LoadMessages.Report, view, cancel);
        // The charts come with the page, as the browser fetches its images.
        foreach (var chart in new[] { "Chart", "FieldChart" }.Where(c => report?.Contains($"src=\"?handler={c}\"") == true))
            await GetAsync(LoadMessages.Chart, $"{view}?handler={chart}", cancel);
        await ThinkAsync(cancel);
        if (report is not null && (_formsOf.TryGetValue(view, out var known) ? known : _formsOf[view] = Links(report, FormLink())) is { Count: > 0 } forms)
        {
            await GetAsync(LoadMessages.Form, Pick(forms), cancel);
            await ThinkAsync(cancel);
        }
        if (Field is { } field)
        {
            await SaveAsync(field.Form, field.Code, cancel);
            await ThinkAsync(cancel);
        }
        if (_imports && _random.Next(4) == 0)
        {
            await UploadAsync(cancel);
            await ThinkAsync(cancel);
        }
        if (_random.Next(4) == 0)
        {
            await GetAsync(LoadMessages.Docx, view + "?handler=Docx", cancel);
            await ThinkAsync(cancel);
        }
        if (_random.Next(4) == 0)
        {
            await GetAsync(LoadMessages.Xlsx, view + "?handler=Xlsx", cancel);
            await ThinkAsync(cancel);
        }
    }

    /// <summary>Opens the form and moves the field's value by one (up from even, down from odd), as it was when opened.</summary>
    private async Task SaveAsync(string form, string code, CancellationToken cancel)
    {
        var (html, _) = await GetAsync(LoadMessages.Form, form, cancel);
        if (html is null) return;
        var box = NumberBox().Matches(html).FirstOrDefault(m => m.Groups["code"].Value == code);
        if (box is null || Whole(box.Groups["original"].Value) is not { } original)
        {
            times.Add(LoadMessages.Save, 0, $"{form}: không còn ô {code}");
            return;
        }
        await ThinkAsync(cancel);
        var mine = original % 2 == 0 ? original + 1 : original - 1;
        var posted = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["v:" + code] = mine.ToString(), ["o:" + code] = box.Groups["original"].Value, ["r:" + code] = "Kiểm tra tải",
            ["__RequestVerificationToken"] = Token(html),
        });
        await SendAsync(LoadMessages.Save, () => _http.PostAsync(form, posted, cancel), expectHome: false, cancel);
    }

    /// <summary>Uploads a small export whose dossiers are this user's own: each upload gives the same codes again, which replace the stored ones.</summary>
    private async Task UploadAsync(CancellationToken cancel)
    {
        var (page, _) = await GetAsync(LoadMessages.Dossiers, "/Dossiers", cancel);
        if (page is null) return;
        var action = WebUtility.HtmlDecode(UploadAction().Match(page).Groups[1].Value);
        var today = DateOnly.FromDateTime(DateTime.Today);
        var csv = new StringBuilder("Mã hồ sơ;Lĩnh vực;Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả;Hình thức nộp\n");
        for (var i = 1; i <= 20; i++)
            csv.Append($"TAI-{index}-{i};{(i % 2 == 0 ? "Tư pháp - Hộ tịch" : "Đất đai")};{today.AddDays(-5 - i % 7):dd/MM/yyyy};{today.AddDays(2):dd/MM/yyyy};"
                + $"{(i % 3 == 0 ? "" : today.AddDays(-1).ToString("dd/MM/yyyy"))};{(i % 4 == 0 ? "Trực tiếp" : "Trực tuyến")}\n");
        await ThinkAsync(cancel);
        var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv.ToString())), "file", "ho-so-tai.csv" },
            { new StringContent(Token(page)), "__RequestVerificationToken" },
        };
        await SendAsync(LoadMessages.Upload, () => _http.PostAsync(action, content, cancel), expectHome: false, cancel);
    }

    private Task<(string? Html, HttpStatusCode? Status)> GetAsync(string page, string url, CancellationToken cancel) =>
        SendAsync(page, () => _http.GetAsync(url, cancel), expectHome: false, cancel);

    /// <summary>Times one request (with the redirect after a post); null when it failed, which is recorded with why.</summary>
    private async Task<(string? Html, HttpStatusCode? Status)> SendAsync(string page, Func<Task<HttpResponseMessage>> send, bool expectHome, CancellationToken cancel)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await send();
            var body = await response.Content.ReadAsByteArrayAsync(cancel);
            var elapsed = watch.Elapsed.TotalMilliseconds;
            var path = response.RequestMessage?.RequestUri?.AbsolutePath ?? "";
            string? error = !response.IsSuccessStatusCode ? $"{(int)response.StatusCode} {response.RequestMessage?.RequestUri?.PathAndQuery}"
                : expectHome && path != "/" ? $"đăng nhập không thành công ({path})"
                : !expectHome && page != LoadMessages.Login && path.StartsWith("/Account/", StringComparison.Ordinal) ? $"mất phiên đăng nhập ({path})"
                : null;
            times.Add(page, elapsed, error);
            return error is null ? (IsText(response) ? Encoding.UTF8.GetString(body) : "", response.StatusCode) : (null, response.StatusCode);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancel.IsCancellationRequested)
        {
            times.Add(page, watch.Elapsed.TotalMilliseconds, e.Message);
            return (null, null);
        }
    }

    private static bool IsText(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType?.StartsWith("text/", StringComparison.Ordinal) == true;

    private Task ThinkAsync(CancellationToken cancel) =>
        options.ThinkMs == 0 ? Task.CompletedTask : Task.Delay(TimeSpan.FromMilliseconds(options.ThinkMs * (0.5 + _random.NextDouble())), cancel);

    private string Pick(List<string> urls) => urls[_random.Next(urls.Count)];

    private static List<string> Links(string html, Regex link) => link.Matches(html).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToList();

    private static string Token(string html) => AntiforgeryToken().Match(html).Groups[1].Value;

    /// <summary>A number shown as "1.234" or "12": the whole number, or null.</summary>
    private static long? Whole(string shown) => shown.Length > 0 && shown.All(c => char.IsAsciiDigit(c) || c == '.') && long.TryParse(shown.Replace(".", ""), out var n) ? n : null;

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("href=\"(/Reports/View/\\d+/[a-z0-9-]+)\"")]
    private static partial Regex ViewLink();

    [GeneratedRegex("href=\"(/Requests/Board/\\d+)\"")]
    private static partial Regex BoardLink();

    [GeneratedRegex("href=\"(/Reports/Form/\\d+/[a-z0-9-]+/[A-Za-z0-9.]+)\"")]
    private static partial Regex FormLink();

    [GeneratedRegex("action=\"([^\"]+)\"[^>]*id=\"dossier-upload\"")]
    private static partial Regex UploadAction();

    // The box of a numeric field, then its value as opened: <input id="i-3.1.2" name="v:3.1.2" value="120" inputmode="decimal" … readonly="readonly"?> … name="o:3.1.2" value="120"
    [GeneratedRegex("<input id=\"i-(?<code>[^\"]+)\" name=\"v:\\k<code>\" value=\"[^\"]*\" inputmode=\"decimal\" autocomplete=\"off\"(?<readonly> readonly=\"readonly\")?[\\s\\S]*?name=\"o:\\k<code>\" value=\"(?<original>[^\"]*)\"")]
    private static partial Regex NumberBox();
}
