using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParReport.Application;
using ParReport.Application.Accounts;
using ParReport.Domain.Access;
using ParReport.Storage.Records;

namespace ParReport.Web.Tests.Api;

/// <summary>Personal access tokens: issued by an admin and shown once, kept hashed, acting as their user until revoked, expired or the user locked.</summary>
public class TokensTest : IClassFixture<ParReportApplication>
{
    private readonly ParReportApplication _app;

    public TokensTest(ParReportApplication app) => _app = app;

    [Fact]
    public async Task A_token_is_issued_used_as_its_user_and_revoked_after_which_it_is_401()
    {
        var (secret, id) = await ApiClients.IssueAsync(_app, "tonghop");
        Assert.Matches("^prr_[A-Za-z0-9_-]{43}$", secret);
        await using (var db = _app.OpenDatabase())
        {
            var stored = await db.ApiTokens.SingleAsync(t => t.Id == id);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))), stored.Hash);
            Assert.NotEqual(secret, stored.Hash);
            Assert.True(secret.StartsWith(stored.Prefix, StringComparison.Ordinal) && stored.Prefix.Length < 16);
            Assert.DoesNotContain(secret, JsonSerializer.Serialize(stored));
            Assert.Null(stored.LastUsedAt);
        }

        var client = ApiClients.WithToken(_app, secret);
        var requests = await client.GetFromJsonAsync<JsonElement>("/api/v1/requests");
        // As the commune's compiler: only the commune's own unit in the requests.
        Assert.All(requests.EnumerateArray(), r => Assert.All(r.GetProperty("units").EnumerateArray(), u => Assert.Equal("an-phu-an-binh", u.GetProperty("code").GetString())));
        var board = await client.GetAsync($"/api/v1/requests/{await _app.RequestIdAsync()}/board");
        await ApiClients.ProblemAsync(board, 403);
        await using (var db = _app.OpenDatabase()) Assert.NotNull((await db.ApiTokens.SingleAsync(t => t.Id == id)).LastUsedAt);

        using (var scope = _app.Services.CreateScope())
        {
            var revoked = await scope.ServiceProvider.GetRequiredService<ApiTokens>().RevokeAsync(await ApiClients.AdminAsync(_app), id);
            Assert.True(revoked.IsDone);
            Assert.NotNull(revoked.Value!.RevokedAt);
        }
        var refused = await client.GetAsync("/api/v1/requests");
        var problem = await ApiClients.ProblemAsync(refused, 401);
        Assert.Equal("Chưa xác thực", problem.GetProperty("title").GetString());
        Assert.Contains("Bearer", refused.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task An_expired_token_is_401_and_one_still_valid_works()
    {
        var (shortLived, _) = await ApiClients.IssueAsync(_app, "captren", days: 1);
        var (longLived, _) = await ApiClients.IssueAsync(_app, "captren", days: 30);
        Assert.Equal(HttpStatusCode.OK, (await ApiClients.WithToken(_app, shortLived).GetAsync("/api/v1/requests")).StatusCode);
        _app.Clock.Advance(TimeSpan.FromDays(2));
        await ApiClients.ProblemAsync(await ApiClients.WithToken(_app, shortLived).GetAsync("/api/v1/requests"), 401);
        Assert.Equal(HttpStatusCode.OK, (await ApiClients.WithToken(_app, longLived).GetAsync("/api/v1/requests")).StatusCode);
    }

    [Fact]
    public async Task A_locked_users_tokens_stop_working_and_work_again_when_unlocked()
    {
        await ApiClients.CreateUserAsync(_app, "khoathu", "an-phu-an-binh", Role.Contributor);
        var (secret, _) = await ApiClients.IssueAsync(_app, "khoathu");
        var client = ApiClients.WithToken(_app, secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/requests")).StatusCode);
        using var scope = _app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserRecord>>();
        var user = (await users.FindByNameAsync("khoathu"))!;
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await ApiClients.ProblemAsync(await client.GetAsync("/api/v1/requests"), 401);
        await users.SetLockoutEndDateAsync(user, null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/requests")).StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic dG9uZ2hvcDpEZW1vQDIwMjQ=")]
    [InlineData("Bearer prr_khongphaima")]
    [InlineData("Bearer ")]
    public async Task Without_a_valid_token_or_cookie_the_API_answers_401_and_never_redirects_to_the_log_in_page(string? authorization)
    {
        var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        if (authorization is not null) client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        foreach (var url in new[] { "/api/v1/requests", $"/api/v1/requests/{await _app.RequestIdAsync()}/reports/an-phu-an-binh" })
            await ApiClients.ProblemAsync(await client.GetAsync(url), 401);
        var put = await client.PutAsJsonAsync($"/api/v1/requests/{await _app.RequestIdAsync()}/reports/an-phu-an-binh/values", new { form = "I", values = Array.Empty<object>() });
        await ApiClients.ProblemAsync(put, 401);
        // The pages still send a browser to the log-in page; a bad token is refused there too.
        Assert.Equal(authorization?.StartsWith("Bearer prr_") == true ? HttpStatusCode.Unauthorized : HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Only_an_admin_issues_and_revokes_and_only_for_the_users_of_their_units()
    {
        await ApiClients.CreateUserAsync(_app, "quantridonglac2", "huyen-dong-lac", Role.Admin);
        using var scope = _app.Services.CreateScope();
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokens>();
        var db = scope.ServiceProvider.GetRequiredService<Storage.ParReportDbContext>();
        var compiler = await db.Users.Include(u => u.Unit).SingleAsync(u => u.UserName == "tonghop");
        var asCompiler = new Actor(new UserAccess(compiler.Id, compiler.Unit.Code, new HashSet<Role> { Role.Compiler }), "tonghop", compiler.FullName);
        Assert.Equal(Outcome.Forbidden, (await tokens.IssueAsync(asCompiler, compiler.Id, "của tôi", null)).Outcome);
        Assert.Equal(Outcome.Forbidden, (await tokens.ListAsync(asCompiler)).Outcome);
        // The other district's admin manages not the demo commune.
        var otherAdmin = await ApiClients.AdminAsync(_app, "quantridonglac2");
        Assert.Equal(Outcome.Forbidden, (await tokens.IssueAsync(otherAdmin, compiler.Id, "không được", null)).Outcome);
        var (_, id) = await ApiClients.IssueAsync(_app, "tonghop");
        Assert.Equal(Outcome.Forbidden, (await tokens.RevokeAsync(otherAdmin, id)).Outcome);
        Assert.DoesNotContain((await tokens.ListAsync(otherAdmin)).Value!, t => t.Id == id);
        Assert.Equal(Outcome.NotFound, (await tokens.RevokeAsync(await ApiClients.AdminAsync(_app), 999999)).Outcome);
        var refused = await tokens.IssueAsync(await ApiClients.AdminAsync(_app), compiler.Id, "  ", 9999);
        Assert.Equal(Outcome.Refused, refused.Outcome);
        Assert.Equal([TokenMessages.NameNeeded, TokenMessages.BadDays(ApiTokens.MaxDays)], refused.Messages);
    }

    [Fact]
    public async Task The_admin_page_issues_a_token_shown_once_lists_it_by_prefix_and_revokes_it()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _app.LoggedInClientAsync("tonghop")).GetAsync("/Admin/Tokens")).StatusCode);
        var admin = await _app.LoggedInClientAsync("quantri");
        await using var db = _app.OpenDatabase();
        var owner = await db.Users.Where(u => u.UserName == "lanhdao").Select(u => u.Id).SingleAsync();
        var issued = await ParReportApplication.PostFormAsync(admin, "/Admin/Tokens?handler=Issue", ("owner", owner), ("name", "Kết xuất số liệu"), ("days", "30"));
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.Contains("no-store", issued.Headers.CacheControl?.ToString());
        var page = WebUtility.HtmlDecode(await issued.Content.ReadAsStringAsync());
        var secret = System.Text.RegularExpressions.Regex.Match(page, "<code id=\"ma-moi\">(prr_[^<]+)</code>").Groups[1].Value;
        Assert.NotEmpty(secret);
        Assert.Contains("Đã cấp mã «Kết xuất số liệu» cho", page);
        Assert.Equal(HttpStatusCode.OK, (await ApiClients.WithToken(_app, secret).GetAsync("/api/v1/requests")).StatusCode);

        var listed = WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/Tokens"));
        Assert.DoesNotContain(secret, listed);
        Assert.Contains(secret[..10] + "…", listed);
        var id = await db.ApiTokens.Where(t => t.Name == "Kết xuất số liệu").Select(t => t.Id).SingleAsync();
        var revoked = await ParReportApplication.PostFormAsync(admin, "/Admin/Tokens?handler=Revoke", ("id", id.ToString()));
        Assert.Contains("Đã thu hồi mã truy cập «Kết xuất số liệu»", WebUtility.HtmlDecode(await revoked.Content.ReadAsStringAsync()));
        await ApiClients.ProblemAsync(await ApiClients.WithToken(_app, secret).GetAsync("/api/v1/requests"), 401);

        var nameless = await ParReportApplication.PostFormAsync(admin, "/Admin/Tokens?handler=Issue", ("owner", owner), ("name", ""), ("days", ""));
        Assert.Equal(HttpStatusCode.BadRequest, nameless.StatusCode);
        Assert.Contains(TokenMessages.NameNeeded, WebUtility.HtmlDecode(await nameless.Content.ReadAsStringAsync()));
    }
}
