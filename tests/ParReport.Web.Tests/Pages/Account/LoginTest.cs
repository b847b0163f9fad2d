using System.Net;

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
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await response.Content.ReadAsStringAsync());
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
}
