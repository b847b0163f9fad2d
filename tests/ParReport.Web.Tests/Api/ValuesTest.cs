using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Access;

namespace ParReport.Web.Tests.Api;

/// <summary>
/// Values written through the API as the form page writes them: the cookie's writes need the anti-forgery header and the
/// token's do not; the entry use case's refusals (a value that does not fit, a key not of the form, a locked report)
/// and conflicts come back as problems, and nothing refused is stored.
/// </summary>
public class ValuesTest : IClassFixture<ParReportApplication>
{
    private readonly ParReportApplication _app;

    public ValuesTest(ParReportApplication app) => _app = app;

    private async Task<string> UrlAsync(string unit = "an-phu-an-binh") => $"/api/v1/requests/{await _app.RequestIdAsync()}/reports/{unit}";

    private async Task<decimal?> StoredAsync(string key, string unit = "an-phu-an-binh")
    {
        await using var db = _app.OpenDatabase();
        return await db.IndicatorValues.Where(v => v.Key == key && db.Reports.Any(r => r.Id == v.ReportId && r.Unit.Code == unit && r.Request.PeriodCode == "2024-Q1"))
            .Select(v => v.Number).SingleOrDefaultAsync();
    }

    private static object Change(string key, decimal? original, decimal? value, string? reason = null) =>
        new { key, original = original is null ? null : new { number = original }, value = value is null ? null : new { number = value }, reason };

    [Fact]
    public async Task A_cookie_write_without_the_anti_forgery_header_is_refused_and_stores_nothing_and_with_it_is_saved()
    {
        var client = await _app.LoggedInClientAsync("tonghop");
        var before = await StoredAsync("I/1");
        var body = new { form = "I", values = new[] { Change("I/1", before, 4321) } };
        var refused = await ApiClients.SendAsync(client, HttpMethod.Put, await UrlAsync() + "/values", body);
        Assert.Contains("RequestVerificationToken", (await ApiClients.ProblemAsync(refused, 400)).GetProperty("detail").GetString());
        Assert.Equal(before, await StoredAsync("I/1"));
        var wrong = await ApiClients.SendAsync(client, HttpMethod.Put, await UrlAsync() + "/values", body, antiforgery: "sai");
        await ApiClients.ProblemAsync(wrong, 400);

        var token = await ApiClients.AntiforgeryAsync(client);
        var saved = await ApiClients.SendAsync(client, HttpMethod.Put, await UrlAsync() + "/values", body, token);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var json = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, json.GetProperty("changed").GetInt32());
        Assert.Equal(4321, await StoredAsync("I/1"));
        var report = await client.GetFromJsonAsync<JsonElement>(await UrlAsync());
        Assert.Equal(4321, report.GetProperty("values").GetProperty("I/1").GetProperty("number").GetDecimal());
    }

    [Fact]
    public async Task A_tokens_write_needs_no_anti_forgery_header_and_a_stale_original_is_a_conflict_keeping_the_stored_value()
    {
        var client = await ApiClients.BearerAsync(_app, "tonghop");
        var before = await StoredAsync("I/2.1");
        var saved = await client.PutAsJsonAsync(await UrlAsync() + "/values", new { form = "I", values = new[] { Change("I/2.1", before, 7) } });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        Assert.Equal(7, await StoredAsync("I/2.1"));
        // Someone else's save since: the script's change to 8 from what it read before is a conflict.
        var stale = await client.PutAsJsonAsync(await UrlAsync() + "/values", new { form = "I", values = new[] { Change("I/2.1", before, 8) } });
        var problem = await ApiClients.ProblemAsync(stale, 409);
        var conflict = Assert.Single(problem.GetProperty("conflicts").EnumerateArray());
        Assert.Equal("I/2.1", conflict.GetProperty("key").GetString());
        Assert.Equal(7, conflict.GetProperty("stored").GetProperty("number").GetDecimal());
        Assert.Equal(7, await StoredAsync("I/2.1"));
    }

    [Fact]
    public async Task Values_that_do_not_fit_and_keys_not_of_the_form_are_refused_by_key_in_Vietnamese_and_nothing_is_stored()
    {
        var client = await ApiClients.BearerAsync(_app, "tonghop");
        var before = await StoredAsync("I/1");
        var response = await client.PutAsJsonAsync(await UrlAsync() + "/values", new
        {
            form = "I",
            values = new[] { Change("I/1", before, 1), Change("I/2.2", null, -3), Change("III/1", null, 5), Change("I/2", null, 50) },
        });
        var problem = await ApiClients.ProblemAsync(response, 422);
        var errors = problem.GetProperty("errors");
        Assert.DoesNotContain(errors.EnumerateObject(), e => e.Name == "I/1");
        Assert.Contains("không phải chỉ tiêu nhập được của Biểu I", errors.GetProperty("III/1")[0].GetString());
        Assert.False(string.IsNullOrEmpty(errors.GetProperty("I/2.2")[0].GetString()));
        // A rate is computed, never entered.
        Assert.False(string.IsNullOrEmpty(errors.GetProperty("I/2")[0].GetString()));
        Assert.Equal(before, await StoredAsync("I/1"));
    }

    [Fact]
    public async Task A_contributor_cannot_slip_another_forms_values_into_the_form_given_to_them()
    {
        var client = await ApiClients.BearerAsync(_app, "chuyenmon");
        var before = await StoredAsync("I/1");
        var response = await client.PutAsJsonAsync(await UrlAsync() + "/values", new { form = "III", values = new[] { Change("I/1", before, 999) } });
        var problem = await ApiClients.ProblemAsync(response, 422);
        Assert.Contains("Biểu III", problem.GetProperty("errors").GetProperty("I/1")[0].GetString());
        Assert.Equal(before, await StoredAsync("I/1"));
    }

    [Fact]
    public async Task An_accepted_report_refuses_its_own_compilers_write_saying_why()
    {
        // The commune the demo's district accepted (the one it left sent is moved by another test).
        string sentUnit;
        await using (var db = _app.OpenDatabase())
            sentUnit = await db.Reports.Where(r => r.Request.PeriodCode == "2024-Q1" && r.Request.IssuerUnit.Code == "huyen-an-phu" && r.Status == 4)
                .OrderByDescending(r => r.Id).Select(r => r.Unit.Code).FirstAsync();
        await ApiClients.CreateUserAsync(_app, "tonghopgui", sentUnit, Role.Compiler);
        var client = await ApiClients.BearerAsync(_app, "tonghopgui");
        var before = await StoredAsync("I/1", sentUnit);
        var response = await client.PutAsJsonAsync(await UrlAsync(sentUnit) + "/values", new { form = "I", values = new[] { Change("I/1", before, 1) } });
        var problem = await ApiClients.ProblemAsync(response, 422);
        Assert.Contains("đã được", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("tiếp nhận", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await StoredAsync("I/1", sentUnit));

        // Its versions: the one signed off, readable whole.
        var versions = await client.GetFromJsonAsync<JsonElement>(await UrlAsync(sentUnit) + "/versions");
        var number = Assert.Single(versions.EnumerateArray()).GetProperty("number").GetInt32();
        var version = await client.GetFromJsonAsync<JsonElement>(await UrlAsync(sentUnit) + $"/versions/{number}");
        Assert.NotEmpty(version.GetProperty("values").EnumerateObject());
    }

    [Fact]
    public async Task A_workflow_step_through_the_API_moves_the_report_as_on_the_page()
    {
        string sentUnit;
        await using (var db = _app.OpenDatabase())
            sentUnit = await db.Reports.Where(r => r.Request.PeriodCode == "2024-Q1" && r.Request.IssuerUnit.Code == "huyen-an-phu" && r.Status == 2)
                .Select(r => r.Unit.Code).FirstAsync();
        var reviewer = await ApiClients.BearerAsync(_app, "captren");
        var url = await UrlAsync(sentUnit) + "/transitions";
        var returned = await reviewer.PostAsJsonAsync(url, new { transition = "Return" });
        Assert.NotEmpty((await ApiClients.ProblemAsync(returned, 422)).GetProperty("messages").EnumerateArray());
        var accepted = await reviewer.PostAsJsonAsync(url, new { transition = "Accept", comment = "Đầy đủ." });
        Assert.True(accepted.IsSuccessStatusCode, await accepted.Content.ReadAsStringAsync());
        Assert.Equal("Accepted", (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        await ApiClients.ProblemAsync(await reviewer.PostAsJsonAsync(url, new { transition = "Accept" }), 422);
        await ApiClients.ProblemAsync(await reviewer.PostAsJsonAsync(url, new { transition = "Nhảy" }), 400);
        var board = await reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{await _app.RequestIdAsync()}/board");
        Assert.Equal("Accepted", board.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("unit").GetString() == sentUnit).GetProperty("status").GetString());
        var aggregate = await reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/requests/{await _app.RequestIdAsync()}/aggregate");
        Assert.Contains(aggregate.GetProperty("units").EnumerateArray(), u => u.GetProperty("code").GetString() == sentUnit && u.GetProperty("accepted").GetBoolean());
    }
}
