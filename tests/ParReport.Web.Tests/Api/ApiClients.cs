using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParReport.Application;
using ParReport.Application.Accounts;
using ParReport.Domain.Access;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Web.Tests.Api;

/// <summary>Clients of the API: by a token the demo admin issues through <see cref="ApiTokens"/>, or by the log-in cookie.</summary>
public static class ApiClients
{
    /// <summary>The admin who issues tokens: the demo's, at the province, or another admin given.</summary>
    public static async Task<Actor> AdminAsync(ParReportApplication app, string userName = "quantri")
    {
        await using var db = app.OpenDatabase();
        var user = await db.Users.Include(u => u.Unit).SingleAsync(u => u.UserName == userName);
        return new Actor(new UserAccess(user.Id, user.Unit.Code, new HashSet<Role> { Role.Admin }), user.UserName!, user.FullName);
    }

    /// <summary>Issues a token for a user as the demo admin; returns its secret and id.</summary>
    public static async Task<(string Secret, int Id)> IssueAsync(ParReportApplication app, string userName, int? days = null, string name = "kịch bản thử")
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ParReportDbContext>();
        var userId = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        var issued = await scope.ServiceProvider.GetRequiredService<ApiTokens>().IssueAsync(await AdminAsync(app), userId, name, days);
        Assert.True(issued.IsDone, string.Join(" ", issued.Messages));
        return (issued.Value!.Secret, issued.Value.Token.Id);
    }

    /// <summary>A client that sends a fresh token of the user, and no cookie.</summary>
    public static async Task<HttpClient> BearerAsync(ParReportApplication app, string userName)
    {
        var (secret, _) = await IssueAsync(app, userName);
        return WithToken(app, secret);
    }

    public static HttpClient WithToken(ParReportApplication app, string secret)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>Creates a user with one role in a unit, for the cases the demo users do not cover.</summary>
    public static async Task CreateUserAsync(ParReportApplication app, string userName, string unitCode, Role role)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ParReportDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserRecord>>();
        if (await users.FindByNameAsync(userName) is not null) return;
        var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
        var user = new UserRecord { UserName = userName, FullName = $"Thử {userName}", UnitId = unitId };
        Assert.True((await users.CreateAsync(user, ParReportApplication.DemoPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Id(role))).Succeeded);
    }

    /// <summary>The anti-forgery token a page's script sends with a cookie's write, set on the client's cookie too.</summary>
    public static async Task<string> AntiforgeryAsync(HttpClient client)
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/antiforgery");
        Assert.Equal("RequestVerificationToken", json.GetProperty("headerName").GetString());
        return json.GetProperty("token").GetString()!;
    }

    /// <summary>A response's problem details, checked to be RFC 9457 with a Vietnamese title.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.Matches("[ăâđêôơưàáạảãèéẹẻẽìíịỉĩòóọỏõùúụủũỳýỵỷỹ]", problem.GetProperty("title").GetString()! + problem.GetProperty("detail").GetString());
        return problem;
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, object? body = null, string? antiforgery = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = JsonContent.Create(body);
        if (antiforgery is not null) request.Headers.Add("RequestVerificationToken", antiforgery);
        return await client.SendAsync(request);
    }
}
