using System.Net;
using Microsoft.EntityFrameworkCore;

namespace ParReport.Web.Tests.Pages.Reports;

/// <summary>Who may read and write which report: every refusal is a 403 or 404 page, never a 500.</summary>
public class AccessTest : IClassFixture<ParReportApplication>
{
    private readonly ParReportApplication _app;

    public AccessTest(ParReportApplication app) => _app = app;

    [Theory]
    [InlineData("tonghop", HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData("chuyenmon", HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData("lanhdao", HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData("captren", HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData("quantri", HttpStatusCode.OK, HttpStatusCode.OK)]
    public async Task Each_role_reads_its_own_units_report_and_only_reviewers_and_admins_read_another_by_URL(string user, HttpStatusCode own, HttpStatusCode neighbour)
    {
        var client = await _app.LoggedInClientAsync(user);
        var requestId = await _app.RequestIdAsync();
        Assert.Equal(own, (await client.GetAsync($"/Reports/View/{requestId}/an-phu-an-binh")).StatusCode);
        Assert.Equal(own, (await client.GetAsync($"/Reports/Form/{requestId}/an-phu-an-binh/III")).StatusCode);
        var other = await client.GetAsync($"/Reports/View/{requestId}/an-phu-an-hoa");
        Assert.Equal(neighbour, other.StatusCode);
        if (neighbour == HttpStatusCode.Forbidden)
        {
            Assert.Contains("Không có quyền truy cập", await other.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Reports/Form/{requestId}/an-phu-an-hoa/III?handler=Xlsx")).StatusCode);
        }
    }

    [Fact]
    public async Task A_district_reviewer_cannot_read_another_districts_communes()
    {
        var client = await _app.LoggedInClientAsync("captren");
        var otherDistrict = await _app.RequestIdAsync("huyen-dong-lac");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Reports/View/{otherDistrict}/dong-lac-dong-hung")).StatusCode);
    }

    [Fact]
    public async Task Unknown_requests_units_forms_and_units_the_request_was_not_sent_to_are_404()
    {
        var client = await _app.LoggedInClientAsync();
        var requestId = await _app.RequestIdAsync();
        var otherDistrict = await _app.RequestIdAsync("huyen-dong-lac");
        foreach (var url in new[] { "/Reports/View/9999/an-phu-an-binh", $"/Reports/View/{requestId}/khong-co", $"/Reports/View/{otherDistrict}/an-phu-an-binh",
                     $"/Reports/Form/{requestId}/an-phu-an-binh/IX", $"/Reports/Narrative/{requestId}/an-phu-an-binh/II", $"/Reports/Trail/{requestId}/an-phu-an-binh?subject=x&key=y" })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
            Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData("chuyenmon", "III", HttpStatusCode.OK)]
    [InlineData("chuyenmon", "I", HttpStatusCode.Forbidden)]
    [InlineData("tonghop", "I", HttpStatusCode.OK)]
    [InlineData("lanhdao", "III", HttpStatusCode.Forbidden)]
    [InlineData("captren", "III", HttpStatusCode.Forbidden)]
    [InlineData("quantri", "III", HttpStatusCode.Forbidden)]
    public async Task Only_the_compiler_and_the_assigned_contributor_write_a_form(string user, string form, HttpStatusCode expected)
    {
        var client = await _app.LoggedInClientAsync(user);
        var url = $"/Reports/Form/{await _app.RequestIdAsync()}/an-phu-an-binh/{form}";
        var page = await client.GetStringAsync(url);
        Assert.Equal(expected == HttpStatusCode.OK, page.Contains(">Lưu</button>"));
        // Posting an untouched field changes nothing, whoever may write.
        var response = await ParReportApplication.PostFormAsync(client, url, ("v:1", ""), ("o:1", ""));
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Only_the_compiler_assigns_parts_and_a_contributor_cannot_mark_anothers_part_done()
    {
        var url = $"/Reports/View/{await _app.RequestIdAsync()}/an-phu-an-binh";
        var contributor = await _app.LoggedInClientAsync("chuyenmon");
        Assert.Equal(HttpStatusCode.Forbidden, (await ParReportApplication.PostFormAsync(contributor, url + "?handler=Assign", ("part", "bieu-I"), ("assignee", ""))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ParReportApplication.PostFormAsync(contributor, url + "?handler=Status", ("part", "bieu-I"), ("status", "Done"))).StatusCode);
        var leader = await _app.LoggedInClientAsync("lanhdao");
        Assert.Equal(HttpStatusCode.Forbidden, (await ParReportApplication.PostFormAsync(leader, url + "?handler=Assign", ("part", "bieu-I"), ("assignee", ""))).StatusCode);
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_refused_and_stores_nothing()
    {
        var client = await _app.LoggedInClientAsync();
        var url = $"/Reports/Form/{await _app.RequestIdAsync()}/an-phu-an-binh/III";
        var response = await client.PostAsync(url, new FormUrlEncodedContent([KeyValuePair.Create("v:1.1", "999"), KeyValuePair.Create("o:1.1", "")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = _app.OpenDatabase();
        Assert.False(await db.IndicatorValues.AnyAsync(v => v.Key == "III/1.1" && v.Number == 999));
    }

    [Fact]
    public async Task Dossiers_are_imported_only_by_the_units_own_officials()
    {
        var leader = await _app.LoggedInClientAsync("lanhdao");
        var response = await ParReportApplication.UploadAsync(leader, "/Dossiers", "file", "hs.csv", "Mã hồ sơ\n"u8.ToArray(), ("unit", "an-phu-an-binh"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var compiler = await _app.LoggedInClientAsync("tonghop");
        Assert.Equal(HttpStatusCode.Forbidden, (await ParReportApplication.UploadAsync(compiler, "/Dossiers", "file", "hs.csv", "Mã hồ sơ\n"u8.ToArray(), ("unit", "an-phu-an-hoa"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await compiler.GetAsync("/Dossiers?unit=an-phu-an-hoa")).StatusCode);
    }

    [Fact]
    public async Task Only_admins_manage_users_of_their_units_and_a_new_user_can_log_in_with_their_role()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _app.LoggedInClientAsync("tonghop")).GetAsync("/Admin/Users")).StatusCode);
        var admin = await _app.LoggedInClientAsync("quantri");
        var page = await admin.GetStringAsync("/Admin/Users");
        Assert.Contains("chuyenmon", page);

        var short_ = await ParReportApplication.PostFormAsync(admin, "/Admin/Users?handler=Create",
            ("userName", "tuphap2"), ("fullName", "Công chức Tư pháp 2"), ("unit", "an-phu-an-binh"), ("roles", "contributor"), ("password", "ngan"));
        Assert.Equal(HttpStatusCode.BadRequest, short_.StatusCode);
        Assert.Contains("Mật khẩu cần ít nhất 8 ký tự.", System.Net.WebUtility.HtmlDecode(await short_.Content.ReadAsStringAsync()));

        var created = await ParReportApplication.PostFormAsync(admin, "/Admin/Users?handler=Create",
            ("userName", "tuphap2"), ("fullName", "Công chức Tư pháp 2"), ("unit", "an-phu-an-binh"), ("roles", "contributor"), ("password", "SenHong#2024"));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("Đã tạo tài khoản «tuphap2»", System.Net.WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync()));
        var newcomer = await _app.LoggedInClientAsync("tuphap2", "SenHong#2024");
        // A contributor with nothing assigned reads the report but cannot write any form.
        Assert.Equal(HttpStatusCode.Forbidden, (await ParReportApplication.PostFormAsync(newcomer, $"/Reports/Form/{await _app.RequestIdAsync()}/an-phu-an-binh/III", ("v:1", ""))).StatusCode);

        await using var db = _app.OpenDatabase();
        var id = await db.Users.Where(u => u.UserName == "tuphap2").Select(u => u.Id).SingleAsync();
        var locked = await ParReportApplication.PostFormAsync(admin, "/Admin/Users?handler=Update", ("id", id), ("unit", "an-phu-an-binh"), ("roles", "leader"), ("locked", "true"));
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        var refused = await ParReportApplication.LogInAsync(_app.CreateClient(), "tuphap2", "SenHong#2024");
        Assert.Contains(Web.Pages.Account.LoginModel.Refused, System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
    }
}
