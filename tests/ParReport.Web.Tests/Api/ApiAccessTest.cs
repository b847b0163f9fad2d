using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Access;

namespace ParReport.Web.Tests.Api;

/// <summary>
/// The API decides as the pages do, for every role on its own unit, a unit below it and a unit elsewhere (the other
/// district): reads of reports, boards, aggregates, exports, dossiers and versions; writes of values and workflow steps.
/// A refusal is a 403 or 404 problem, never data. Called by token; the cookie is checked to decide alike.
/// </summary>
public class ApiAccessTest : IClassFixture<ParReportApplication>
{
    private readonly ParReportApplication _app;

    public ApiAccessTest(ParReportApplication app) => _app = app;

    /// <summary>An admin of the other district, whose own unit, unit below and unit elsewhere are all in the demo.</summary>
    private const string DistrictAdmin = "quantridonglac";

    private async Task<HttpClient> ClientAsync(string user)
    {
        if (user == DistrictAdmin) await ApiClients.CreateUserAsync(_app, DistrictAdmin, "huyen-dong-lac", Role.Admin);
        return await ApiClients.BearerAsync(_app, user);
    }

    /// <summary>The URL of a case: a report by the request's issuer and the unit ("an-phu/an-phu-an-binh"; "tinh/huyen-an-phu" for the province's request).</summary>
    private async Task<string> ReportUrlAsync(string issuerAndUnit)
    {
        var (issuer, unit) = (issuerAndUnit.Split('/')[0], issuerAndUnit.Split('/')[1]);
        return $"/api/v1/requests/{await RequestAsync(issuer)}/reports/{unit}";
    }

    private async Task<int> RequestAsync(string issuer) => issuer switch
    {
        "tinh" => await ProvinceRequestAsync(),
        _ => await _app.RequestIdAsync("huyen-" + issuer),
    };

    private async Task<int> ProvinceRequestAsync()
    {
        await using var db = _app.OpenDatabase();
        return await db.Requests.Where(r => r.IssuerUnit.Parent == null && r.PeriodCode == "2024-Q1").Select(r => r.Id).SingleAsync();
    }

    [Theory]
    // Commune officials: their own commune only.
    [InlineData("tonghop", "an-phu/an-phu-an-binh", 200)]
    [InlineData("tonghop", "an-phu/an-phu-an-hoa", 403)]
    [InlineData("tonghop", "dong-lac/dong-lac-dong-hung", 403)]
    [InlineData("chuyenmon", "an-phu/an-phu-an-binh", 200)]
    [InlineData("chuyenmon", "an-phu/an-phu-an-hoa", 403)]
    [InlineData("chuyenmon", "dong-lac/dong-lac-dong-hung", 403)]
    [InlineData("lanhdao", "an-phu/an-phu-an-binh", 200)]
    [InlineData("lanhdao", "an-phu/an-phu-an-hoa", 403)]
    [InlineData("lanhdao", "dong-lac/dong-lac-dong-hung", 403)]
    // The district: its own report to the province, its communes' reports, not the other district's.
    [InlineData("captren", "tinh/huyen-an-phu", 200)]
    [InlineData("captren", "an-phu/an-phu-an-binh", 200)]
    [InlineData("captren", "dong-lac/dong-lac-dong-hung", 403)]
    [InlineData("tonghophuyen", "tinh/huyen-an-phu", 200)]
    [InlineData("tonghophuyen", "an-phu/an-phu-an-hoa", 200)]
    [InlineData("tonghophuyen", "dong-lac/dong-lac-dong-hung", 403)]
    [InlineData("lanhdaohuyen", "tinh/huyen-an-phu", 200)]
    [InlineData("lanhdaohuyen", "an-phu/an-phu-an-binh", 200)]
    [InlineData("lanhdaohuyen", "dong-lac/dong-lac-dong-hung", 403)]
    [InlineData("lanhdaohuyen", "tinh/huyen-dong-lac", 403)]
    // Admins: the province's reads everything below it; a district's admin only its district.
    [InlineData("quantri", "tinh/huyen-an-phu", 200)]
    [InlineData("quantri", "dong-lac/dong-lac-dong-hung", 200)]
    [InlineData(DistrictAdmin, "tinh/huyen-dong-lac", 200)]
    [InlineData(DistrictAdmin, "dong-lac/dong-lac-dong-hung", 200)]
    [InlineData(DistrictAdmin, "an-phu/an-phu-an-binh", 403)]
    public async Task A_report_its_versions_and_its_dossiers_are_read_by_whoever_reads_it_on_the_page(string user, string report, int expected)
    {
        var client = await ClientAsync(user);
        var url = await ReportUrlAsync(report);
        foreach (var path in new[] { "", "/versions", "/dossiers" })
        {
            var response = await client.GetAsync(url + path);
            if (expected == 200)
            {
                Assert.True(response.IsSuccessStatusCode, $"{url}{path}: {response.StatusCode}");
                Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            }
            else await ApiClients.ProblemAsync(response, expected);
        }
        if (expected != 200) return;
        var json = await client.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(report.Split('/')[1], json.GetProperty("unit").GetString());
        Assert.True(json.TryGetProperty("status", out _) && json.TryGetProperty("parts", out _) && json.TryGetProperty("transitions", out _));
    }

    [Fact]
    public async Task The_upper_level_reads_only_what_was_sent_and_the_unit_its_live_draft()
    {
        var url = await ReportUrlAsync("an-phu/an-phu-an-binh");
        var own = await (await ClientAsync("tonghop")).GetFromJsonAsync<JsonElement>(url);
        var district = await (await ClientAsync("captren")).GetFromJsonAsync<JsonElement>(url);
        Assert.Equal("Draft", own.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, own.GetProperty("shownVersion").ValueKind);
        // The demo commune never sent its current report: the district sees no version and no values of the draft.
        Assert.Equal(0, district.GetProperty("shownVersion").GetInt32());
        Assert.Empty(district.GetProperty("values").EnumerateObject());
        Assert.NotEmpty(own.GetProperty("values").EnumerateObject());
    }

    [Theory]
    [InlineData("tonghop", 403, 403)]
    [InlineData("chuyenmon", 403, 403)]
    [InlineData("lanhdao", 403, 403)]
    [InlineData("captren", 200, 403)]
    [InlineData("tonghophuyen", 200, 403)]
    [InlineData("lanhdaohuyen", 200, 403)]
    [InlineData("quantri", 200, 200)]
    [InlineData(DistrictAdmin, 403, 200)]
    public async Task The_board_aggregate_drill_down_exports_and_outliers_of_a_request_are_the_issuers_and_those_above(string user, int anPhu, int dongLac)
    {
        var client = await ClientAsync(user);
        foreach (var (issuer, expected) in new[] { ("an-phu", anPhu), ("dong-lac", dongLac) })
        {
            var request = await RequestAsync(issuer);
            foreach (var path in new[] { "", "/board", "/aggregate", "/aggregate?sent=true", "/aggregate/III/1", "/values.csv", "/values.xlsx", "/outliers" })
            {
                var response = await client.GetAsync($"/api/v1/requests/{request}{path}");
                if (expected == 200) Assert.True(response.IsSuccessStatusCode, $"{user} {issuer}{path}: {response.StatusCode}");
                // The request itself is listed for whoever reads one of its units: the commune reads its own.
                else if (path == "" && issuer == "an-phu" && user is "tonghop" or "chuyenmon" or "lanhdao") Assert.True(response.IsSuccessStatusCode);
                else await ApiClients.ProblemAsync(response, expected);
            }
        }
    }

    [Theory]
    // The compiler writes every form of its unit's draft; the contributor the parts given to them; nobody else.
    [InlineData("tonghop", "an-phu/an-phu-an-binh", "I", 200)]
    [InlineData("tonghop", "an-phu/an-phu-an-hoa", "I", 403)]
    [InlineData("tonghop", "dong-lac/dong-lac-dong-hung", "I", 403)]
    [InlineData("chuyenmon", "an-phu/an-phu-an-binh", "III", 200)]
    [InlineData("chuyenmon", "an-phu/an-phu-an-binh", "I", 403)]
    [InlineData("lanhdao", "an-phu/an-phu-an-binh", "III", 403)]
    [InlineData("captren", "an-phu/an-phu-an-binh", "III", 403)]
    [InlineData("captren", "tinh/huyen-an-phu", "1", 403)]
    [InlineData("tonghophuyen", "tinh/huyen-an-phu", "1", 200)]
    [InlineData("tonghophuyen", "an-phu/an-phu-an-binh", "III", 403)]
    [InlineData("tonghophuyen", "dong-lac/dong-lac-dong-hung", "III", 403)]
    [InlineData("lanhdaohuyen", "tinh/huyen-an-phu", "1", 403)]
    [InlineData("quantri", "an-phu/an-phu-an-binh", "III", 403)]
    [InlineData(DistrictAdmin, "dong-lac/dong-lac-dong-hung", "III", 403)]
    public async Task Values_are_written_by_those_the_form_page_lets_write(string user, string report, string form, int expected)
    {
        var client = await ClientAsync(user);
        // Nothing submitted changes nothing: only the decision is tested here.
        var response = await client.PutAsJsonAsync(await ReportUrlAsync(report) + "/values", new { form, values = Array.Empty<object>() });
        if (expected == 200) Assert.Equal(0, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").GetInt32());
        else await ApiClients.ProblemAsync(response, expected);
    }

    [Theory]
    // Accepting is the issuer's reviewer's: anyone else is forbidden; the reviewer is refused, saying why, since the draft was not sent.
    [InlineData("tonghop", "an-phu/an-phu-an-binh", "Accept", 403)]
    [InlineData("lanhdao", "an-phu/an-phu-an-binh", "Accept", 403)]
    [InlineData("tonghophuyen", "an-phu/an-phu-an-binh", "Accept", 403)]
    [InlineData("quantri", "an-phu/an-phu-an-binh", "Accept", 403)]
    [InlineData("captren", "an-phu/an-phu-an-binh", "Accept", 422)]
    [InlineData("captren", "dong-lac/dong-lac-dong-hung", "Accept", 403)]
    [InlineData(DistrictAdmin, "dong-lac/dong-lac-dong-hung", "Accept", 403)]
    // Sending to the leader is the compiler's, refused while parts are unfinished.
    [InlineData("tonghop", "an-phu/an-phu-an-binh", "SendToLeader", 422)]
    [InlineData("chuyenmon", "an-phu/an-phu-an-binh", "SendToLeader", 403)]
    [InlineData("captren", "an-phu/an-phu-an-binh", "SendToLeader", 403)]
    [InlineData("lanhdao", "an-phu/an-phu-an-binh", "SignOff", 422)]
    [InlineData("tonghop", "an-phu/an-phu-an-binh", "SignOff", 403)]
    public async Task Workflow_steps_are_decided_by_the_same_use_case_as_the_pages(string user, string report, string transition, int expected)
    {
        var client = await ClientAsync(user);
        var response = await client.PostAsJsonAsync(await ReportUrlAsync(report) + "/transitions", new { transition });
        var problem = await ApiClients.ProblemAsync(response, expected);
        if (expected == 422) Assert.NotEmpty(problem.GetProperty("messages").EnumerateArray());
        await using var db = _app.OpenDatabase();
        Assert.Equal(0, await db.Reports.Where(r => r.Unit.Code == "an-phu-an-binh" && r.Request.PeriodCode == "2024-Q1").Select(r => r.Status).SingleAsync());
    }

    [Theory]
    [InlineData("tonghop")]
    [InlineData("captren")]
    [InlineData("quantri")]
    public async Task The_cookie_decides_as_the_token_does(string user)
    {
        var cookie = await _app.LoggedInClientAsync(user);
        var token = await ClientAsync(user);
        foreach (var report in new[] { "an-phu/an-phu-an-binh", "an-phu/an-phu-an-hoa", "dong-lac/dong-lac-dong-hung" })
        {
            var url = await ReportUrlAsync(report);
            var (byCookie, byToken) = (await cookie.GetAsync(url), await token.GetAsync(url));
            Assert.Equal(byToken.StatusCode, byCookie.StatusCode);
            Assert.Equal(await byToken.Content.ReadAsStringAsync(), await byCookie.Content.ReadAsStringAsync());
        }
        var requests = await token.GetFromJsonAsync<JsonElement>("/api/v1/requests");
        Assert.Equal(requests.GetRawText(), (await cookie.GetFromJsonAsync<JsonElement>("/api/v1/requests")).GetRawText());
    }

    [Theory]
    [InlineData("tonghop", new[] { "an-phu-an-binh" })]
    [InlineData("captren", new[] { "an-phu-an-binh", "an-phu-an-hoa", "huyen-an-phu" })]
    public async Task The_requests_list_each_request_with_only_the_units_the_user_reads(string user, string[] some)
    {
        var requests = await (await ClientAsync(user)).GetFromJsonAsync<JsonElement>("/api/v1/requests");
        var units = requests.EnumerateArray().SelectMany(r => r.GetProperty("units").EnumerateArray()).Select(u => u.GetProperty("code").GetString()).ToHashSet();
        Assert.All(some, code => Assert.Contains(code, units));
        Assert.DoesNotContain(units, code => code!.StartsWith("dong-lac", StringComparison.Ordinal));
        if (user == "tonghop") Assert.Equal(["an-phu-an-binh"], units);
    }

    [Fact]
    public async Task Unknown_requests_units_versions_forms_and_indicators_are_404_problems()
    {
        var client = await ClientAsync("captren");
        var request = await RequestAsync("an-phu");
        foreach (var url in new[] { "/api/v1/requests/99999", "/api/v1/requests/99999/board", $"/api/v1/requests/{request}/reports/khong-co",
                     $"/api/v1/requests/{request}/reports/an-phu-an-binh/versions/99", $"/api/v1/requests/{request}/aggregate/III/9.9.9", "/api/v1/khong-co" })
            await ApiClients.ProblemAsync(await client.GetAsync(url), 404);
        var compiler = await ClientAsync("tonghop");
        var unknownForm = await compiler.PutAsJsonAsync($"/api/v1/requests/{request}/reports/an-phu-an-binh/values", new { form = "IX", values = Array.Empty<object>() });
        Assert.Contains("IX", (await ApiClients.ProblemAsync(unknownForm, 404)).GetProperty("detail").GetString());
    }
}
