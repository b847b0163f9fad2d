using System.Net;
using System.Text.RegularExpressions;
using ParReport.Web.Tests;
using Microsoft.Extensions.DependencyInjection;
using ParReport.Web.Tests.Api;

namespace ParReport.Fuzz.Tests;

/// <summary>
/// The web application in-process as users see it (Production: the error page, never a stack trace), with the demo
/// commune's compiler logged in, and the judge of every answer: no 5xx, no hang, a Vietnamese refusal that stores nothing.
/// </summary>
public sealed partial class WebFuzzApp : IAsyncLifetime
{
    private readonly ServerErrors _errors = new();

    public WebFuzzApp() => App = new()
    {
        EnvironmentName = "Production",
        // Thousands of refusals are no news; an unhandled exception is, with its stack trace, in the failure it causes.
        Settings = new Dictionary<string, string> { ["Logging:LogLevel:Default"] = "None", ["Logging:LogLevel:Microsoft.AspNetCore.Diagnostics"] = "Error" },
        TestServices = services => services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(_errors),
    };

    public ParReportApplication App { get; }
    public HttpClient Client { get; private set; } = null!;
    public HttpClient Bearer { get; private set; } = null!;
    public int RequestId { get; private set; }
    public const string Unit = "an-phu-an-binh";
    public string ReportUrl => $"/Reports/View/{RequestId}/{Unit}";
    public string FormUrl => $"/Reports/Form/{RequestId}/{Unit}/III";
    public string ApiUrl => $"/api/v1/requests/{RequestId}/reports/{Unit}";

    /// <summary>The session's anti-forgery token: one serves every form of the session.</summary>
    public string Antiforgery { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        Client = await App.LoggedInClientAsync(ParReportApplication.DemoUser);
        Bearer = await ApiClients.BearerAsync(App, ParReportApplication.DemoUser);
        RequestId = await App.RequestIdAsync();
        Antiforgery = await ParReportApplication.TokenAsync(Client, "/Dossiers");
    }

    public ValueTask DisposeAsync()
    {
        Client.Dispose();
        Bearer.Dispose();
        App.Dispose();
        return ValueTask.CompletedTask;
    }

    public async Task<string> FingerprintAsync()
    {
        await using var db = App.OpenDatabase();
        return await Fingerprint.OfAsync(db);
    }

    public sealed record Answer(int Status, string Body, string? Type);

    /// <summary>
    /// Sends one input and judges the answer: a 5xx or an exception is a failure, so is an answer slower than 5 s; a
    /// refusal (4xx, a conflict apart: it keeps the fields that do not conflict) must be Vietnamese, name the file or
    /// its row, cell or field when a file was sent, and leave the database as it was.
    /// </summary>
    public async Task<Answer?> JudgeAsync(FuzzCategory category, int input, string what, Func<CancellationToken, Task<HttpResponseMessage>> send, string? fileName = null)
    {
        var before = await FingerprintAsync();
        _errors.Take();
        var (answer, _) = await category.TimeAsync(input, what, async cancel =>
        {
            using var response = await send(cancel);
            return new Answer((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancel), response.Content.Headers.ContentType?.MediaType);
        });
        if (answer is null) return null;
        if (answer.Status >= 500)
        {
            category.ServerError(input, what, $"HTTP {answer.Status}: {Message(answer)} {_errors.Take()}");
            return answer;
        }
        if (answer.Status >= 400 && answer.Status != (int)HttpStatusCode.Conflict)
        {
            category.CheckRefusal(input, what, Message(answer), fileName);
            var after = await FingerprintAsync();
            if (after != before) category.Fail(input, what, $"refused with {answer.Status} yet stored something: {before} → {after}");
        }
        return answer;
    }

    /// <summary>What a refusal says: the page's alerts and field errors, the error page's explanation, or the problem's title and detail.</summary>
    public static string Message(Answer answer)
    {
        if (answer.Type is "application/problem+json" or "application/json") return answer.Body;
        var said = Alerts().Matches(answer.Body).Select(m => m.Groups["text"].Value).ToList();
        if (said.Count == 0 && ErrorPage().Match(answer.Body) is { Success: true } page) said.Add(page.Groups["text"].Value);
        if (said.Count == 0) said.Add(answer.Body.Length > 2000 ? answer.Body[..2000] : answer.Body);
        return WebUtility.HtmlDecode(Tags().Replace(string.Join(" | ", said), " ")).Trim();
    }

    public Task<HttpResponseMessage> UploadAsync(string url, string field, string fileName, byte[] content, CancellationToken cancel, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), field, fileName }, { new StringContent(Antiforgery), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return Client.PostAsync(url, form, cancel);
    }

    public Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancel) =>
        Client.PostAsync(url, new FormUrlEncodedContent(fields.Append(KeyValuePair.Create("__RequestVerificationToken", Antiforgery))), cancel);

    [GeneratedRegex("<(?<tag>p|div|ul)[^>]*(role=\"alert\"|class=\"field-errors\"|class=\"error-groups\")[^>]*>(?<text>.*?)</\\k<tag>>", RegexOptions.Singleline)]
    private static partial Regex Alerts();

    [GeneratedRegex("(?<text><h1>.*?</h1>\\s*<p>.*?</p>)", RegexOptions.Singleline)]
    private static partial Regex ErrorPage();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
