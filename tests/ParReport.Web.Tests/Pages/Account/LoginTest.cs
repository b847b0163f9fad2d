using System.Diagnostics;
using System.Net;
using ParReport.Web.Pages.Account;

namespace ParReport.Web.Tests.Pages.Account;

public class LoginTest
{
    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page()
    {
        using var app = new ParReportApplication();
        var response = await app.CreateClient().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/Account/Login", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Đăng nhập", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_demo_user_logs_in_with_the_printed_credentials()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync();
        Assert.Contains("Đăng xuất", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_Vietnamese()
    {
        using var app = new ParReportApplication();
        var response = await ParReportApplication.LogInAsync(app.CreateClient(), ParReportApplication.DemoUser, "sai-mat-khau");
        Assert.Equal("/Account/Login", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains(LoginModel.Refused, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task An_empty_user_name_is_asked_for_not_a_server_error()
    {
        using var app = new ParReportApplication();
        var response = await ParReportApplication.LogInAsync(app.CreateClient(), "", "");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nhập tên đăng nhập và mật khẩu.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_login_without_the_anti_forgery_token_is_rejected()
    {
        using var app = new ParReportApplication();
        var response = await app.CreateClient().PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = ParReportApplication.DemoUser,
            ["Password"] = ParReportApplication.DemoPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_name_a_wrong_password_and_a_locked_account_read_the_same_and_take_as_long()
    {
        using var app = new ParReportApplication();
        var client = app.CreateClient();
        // Locks the real account; the unknown name gets as many tries.
        for (var i = 0; i < Storage.Accounts.MaxFailedLogIns; i++)
        {
            await ParReportApplication.LogInAsync(client, "chuyenmon", "sai-mat-khau");
            await ParReportApplication.LogInAsync(client, "khong-co-ai", "sai-mat-khau");
        }
        var answers = new List<string>();
        foreach (var (user, password) in new[] { ("khong-co-ai", "sai-mat-khau"), ("tonghop", "sai-mat-khau"), ("chuyenmon", ParReportApplication.DemoPassword) })
        {
            var started = Stopwatch.GetTimestamp();
            var response = await ParReportApplication.LogInAsync(client, user, password);
            Assert.True(Stopwatch.GetElapsedTime(started) >= LoginModel.RefusalTime, user);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains(LoginModel.Refused, page);
            answers.Add(page.Replace(user, ""));
        }
        Assert.Single(answers.Select(a => System.Text.RegularExpressions.Regex.Replace(a, "value=\"[^\"]*\"", "")).Distinct());
    }

    [Fact]
    public async Task A_copy_of_the_cookie_is_refused_after_its_user_logs_out()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync();
        var copy = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        var cookie = string.Join("; ", (await client.GetAsync("/")).RequestMessage!.Headers.GetValues("Cookie"));
        Assert.Equal(HttpStatusCode.OK, (await Send(copy, cookie)).StatusCode);

        await ParReportApplication.PostFormAsync(client, "/Account/Logout");

        var refused = await Send(copy, cookie);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/Account/Login", refused.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("http://localhost", false)]
    [InlineData("https://localhost", true)]
    public async Task Session_cookies_are_out_of_scripts_reach_and_secure_over_HTTPS(string address, bool secure)
    {
        using var app = new ParReportApplication();
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri(address) });
        var login = await client.GetAsync("/Account/Login");
        var response = await ParReportApplication.LogInAsync(client, ParReportApplication.DemoUser, ParReportApplication.DemoPassword);
        Assert.Equal("/", response.RequestMessage!.RequestUri!.AbsolutePath);
        var antiforgery = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery"));
        Assert.Contains("httponly", antiforgery);
        Assert.Contains("samesite=strict", antiforgery);
        Assert.Equal(secure, antiforgery.Contains("secure;") || antiforgery.EndsWith("secure"));
        // The session cookie is set on the log-in answer, which the client followed to "/".
        var session = await SessionCookieAsync(app, address);
        Assert.Contains("httponly", session);
        Assert.Contains("samesite=lax", session);
        Assert.Equal(secure, session.Contains("secure;") || session.EndsWith("secure"));
    }

    private static async Task<string> SessionCookieAsync(ParReportApplication app, string address)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri(address), AllowAutoRedirect = false });
        var response = await ParReportApplication.LogInAsync(client, ParReportApplication.DemoUser, ParReportApplication.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Identity.Application"));
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request);
    }
}
