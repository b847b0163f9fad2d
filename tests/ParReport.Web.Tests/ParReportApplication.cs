using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ParReport.Storage;

namespace ParReport.Web.Tests;

/// <summary>The web application on its own SQLite file in a temporary folder, with the demo data.</summary>
public sealed partial class ParReportApplication : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "parreport-web-tests", Guid.NewGuid().ToString("N"));
    /// <summary>Another database than the SQLite file in the temporary folder.</summary>
    public string? DatabaseConnection { get; init; }

    /// <summary>"Production" to see what users see: the error page instead of the developer page.</summary>
    public string? EnvironmentName { get; init; }

    /// <summary>Settings beside the test defaults, e.g. "Limits:CheckSeconds".</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Replaces services after the application's own registrations.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>The SQLite file of the application, unless another database was given.</summary>
    public string ConnectionString => DatabaseConnection ?? $"Data Source={Path.Combine(_folder, "parreport.db")};Pooling=False";

    /// <summary>The demo commune's compiler; the other demo users are in <see cref="Domain.Demo.DemoUsers"/>.</summary>
    public const string DemoUser = "tonghop";
    public const string DemoPassword = Domain.Demo.DemoUsers.Password;

    /// <summary>The application's clock: 05/03/2024 08:00 in Vietnam, so the demo reports quý I/2024 (deadline 14/03) after năm 2023.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2024, 3, 5, 8, 0, 0, TimeSpan.FromHours(7)));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        builder.UseSetting("ConnectionStrings:ParReport", ConnectionString);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (EnvironmentName is not null) builder.UseEnvironment(EnvironmentName);
        if (TestServices is not null) builder.ConfigureTestServices(TestServices);
        builder.UseSetting("Demo:Enabled", "true");
        // Tests give reminders themselves, with their own clock.
        builder.UseSetting("Reminders:Enabled", "false");
    }

    public ParReportDbContext OpenDatabase() => Services.CreateScope().ServiceProvider.GetRequiredService<ParReportDbContext>();

    /// <summary>A client that has logged in through the login form.</summary>
    public async Task<HttpClient> LoggedInClientAsync(string userName = DemoUser, string password = DemoPassword)
    {
        var client = CreateClient();
        var response = await LogInAsync(client, userName, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/", response.RequestMessage!.RequestUri!.AbsolutePath);
        return client;
    }

    /// <summary>The anti-forgery token of the form on a page, to post it back.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string url) =>
        AntiforgeryToken().Match(await client.GetStringAsync(url)).Groups[1].Value;

    /// <summary>Posts a file, with the page's anti-forgery token and any other fields, as the page's upload form does.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string url, string field, string fileName, byte[] content,
        params (string Name, string Value)[] fields)
    {
        var token = await TokenAsync(client, url);
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), field, fileName }, { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return await client.PostAsync(url, form);
    }

    /// <summary>Posts a form with the anti-forgery token of the page it is on, as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, params (string Name, string Value)[] fields)
    {
        var token = await TokenAsync(client, url.Split('?')[0]);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))
            .Append(KeyValuePair.Create("__RequestVerificationToken", token))));
    }

    /// <summary>The id of the demo request an issuer sent for a period.</summary>
    public async Task<int> RequestIdAsync(string issuer = "huyen-an-phu", string period = "2024-Q1")
    {
        await using var db = OpenDatabase();
        return await db.Requests.Where(r => r.PeriodCode == period && r.IssuerUnit.Code == issuer).Select(r => r.Id).FirstAsync();
    }

    public static async Task<HttpResponseMessage> LogInAsync(HttpClient client, string userName, string password)
    {
        var token = await TokenAsync(client, "/Account/Login");
        return await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
