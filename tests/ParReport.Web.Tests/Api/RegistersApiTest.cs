using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ParReport.Web.Tests.Api;

/// <summary>A register's rows read and a row added through the API, as the register's page does.</summary>
public class RegistersApiTest : IClassFixture<ParReportApplication>
{
    private const string Url = "/api/v1/units/an-phu-an-binh/registers/inspections";
    private readonly ParReportApplication _app;

    public RegistersApiTest(ParReportApplication app) => _app = app;

    [Fact]
    public async Task A_row_added_by_a_token_is_read_back_and_a_row_refused_names_its_columns()
    {
        var client = await ApiClients.BearerAsync(_app, "chuyenmon");
        var before = (await client.GetFromJsonAsync<JsonElement>(Url)).GetProperty("rows").GetArrayLength();

        var added = await ApiClients.SendAsync(client, HttpMethod.Post, Url,
            new { cells = new Dictionary<string, string> { ["date"] = "14/05/2024", ["unit"] = "Công an xã", ["kind"] = "Cơ quan, đơn vị", ["found"] = "3", ["resolved"] = "2" } });
        var refused = await ApiClients.SendAsync(client, HttpMethod.Post, Url,
            new { cells = new Dictionary<string, string> { ["date"] = "14/05/2024", ["unit"] = "Thôn 1", ["kind"] = "Thôn", ["found"] = "1", ["resolved"] = "2" } });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var id = (await added.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var errors = (await ApiClients.ProblemAsync(refused, 422)).GetProperty("errors");
        Assert.StartsWith("chỉ nhận một trong các giá trị", errors.GetProperty("kind")[0].GetString());
        var register = await client.GetFromJsonAsync<JsonElement>(Url);
        Assert.Equal(before + 1, register.GetProperty("rows").GetArrayLength());
        var row = register.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetInt32() == id);
        Assert.Equal(("2024-05-14", "3", 0), (row.GetProperty("cells").GetProperty("date").GetString(), row.GetProperty("cells").GetProperty("found").GetString(), row.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task The_district_reads_a_commune_s_register_but_cannot_add_to_it_and_a_neighbour_does_not_see_it()
    {
        var district = await ApiClients.BearerAsync(_app, "lanhdaohuyen");
        var neighbour = await ApiClients.BearerAsync(_app, "chuyenmon");

        Assert.Equal(HttpStatusCode.OK, (await district.GetAsync(Url)).StatusCode);
        await ApiClients.ProblemAsync(await ApiClients.SendAsync(district, HttpMethod.Post, Url, new { cells = new Dictionary<string, string>() }), 403);
        await ApiClients.ProblemAsync(await neighbour.GetAsync("/api/v1/units/huyen-an-phu/registers/documents"), 404);
        await ApiClients.ProblemAsync(await district.GetAsync("/api/v1/units/an-phu-an-binh/registers/khong-co"), 404);
    }
}
