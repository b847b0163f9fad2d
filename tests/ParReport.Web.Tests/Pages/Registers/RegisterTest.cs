using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ParReport.Documents;
using ParReport.Domain.Registers;

namespace ParReport.Web.Tests.Pages.Registers;

/// <summary>A commune's register kept in its page: rows added, changed, removed, a file imported or refused whole, the template.</summary>
public partial class RegisterTest
{
    private const string Unit = "an-phu-an-binh";
    private const string Page = "/Registers/documents?unit=" + Unit;
    private const string Header = "Số;Ký hiệu;Ngày ban hành;Loại văn bản;Trích yếu;Về CCHC\n";

    private static readonly (string, string)[] Plan =
        [("rowId", "0"), ("version", "0"), ("c-number", "12"), ("c-symbol", "KH-UBND"), ("c-issued", "2024-01-03"), ("c-type", "Kế hoạch"), ("c-title", "Kế hoạch CCHC năm 2024"), ("c-cchc", "1")];

    private static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    // The demo commune keeps registers of its own: these tests start from empty ones (Services starts the app and seeds it).
    private static async Task<ParReportApplication> WithoutRegistersAsync()
    {
        var app = new ParReportApplication();
        await using var db = app.OpenDatabase();
        await db.RegisterRows.ExecuteDeleteAsync();
        return app;
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string name, byte[] content)
    {
        var token = await ParReportApplication.TokenAsync(client, Page);
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", name }, { new StringContent(token), "__RequestVerificationToken" } };
        return await client.PostAsync(Page + "&handler=Import", form);
    }

    private static async Task<List<(string Title, int Version)>> StoredAsync(ParReportApplication app)
    {
        await using var db = app.OpenDatabase();
        return (await db.RegisterRows.Where(r => r.Register == RegisterCatalog.Documents && db.Units.Any(u => u.Id == r.UnitId && u.Code == Unit)).OrderBy(r => r.Id).ToListAsync())
            .Select(r => (System.Text.Json.JsonDocument.Parse(r.Cells).RootElement.GetProperty("title").GetString()!, r.Version)).ToList();
    }

    [Fact]
    public async Task A_row_is_added_changed_at_its_version_and_removed()
    {
        using var app = await WithoutRegistersAsync();
        var client = await app.LoggedInClientAsync();

        // The client follows the redirect to the register, as a browser does.
        var added = await ParReportApplication.PostFormAsync(client, Page + "&handler=Save", Plan);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var id = int.Parse(Regex.Match(added.RequestMessage!.RequestUri!.Query, "saved=(\\d+)").Groups[1].Value);
        var shown = await HtmlAsync(added);
        Assert.Contains("Đã lưu dòng vào sổ", shown);
        Assert.Contains($"<tr id=\"dong-{id}\" data-row=\"{id}\">", shown);
        Assert.Contains("<td>03/01/2024</td>", shown);
        Assert.Contains("<td>Kế hoạch CCHC năm 2024</td>", shown);
        Assert.Contains("<td class=\"num\">1</td>", await HtmlAsync(await client.GetAsync("/Registers?unit=" + Unit)));

        var editing = await HtmlAsync(await client.GetAsync($"{Page}&edit={id}"));
        Assert.Contains($"<input type=\"hidden\" name=\"rowId\" value=\"{id}\" />", editing);
        Assert.Contains("<input type=\"date\" name=\"c-issued\" value=\"2024-01-03\" required=\"required\" />", editing);
        Assert.Contains("<option value=\"Kế hoạch\" selected=\"selected\">Kế hoạch</option>", editing);
        (string, string)[] changed = [("rowId", id.ToString()), ("version", "0"), .. Plan.Skip(2).Select(f => f.Item1 == "c-title" ? (f.Item1, "Kế hoạch CCHC năm 2024 (sửa đổi)") : f)];
        Assert.Equal(HttpStatusCode.OK, (await ParReportApplication.PostFormAsync(client, Page + "&handler=Save", changed)).StatusCode);
        Assert.Equal([("Kế hoạch CCHC năm 2024 (sửa đổi)", 1)], await StoredAsync(app));

        // The same change sent again from the page read before: someone changed the row meanwhile.
        var stale = await ParReportApplication.PostFormAsync(client, Page + "&handler=Save", changed);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains(RegisterMessages.Conflict, await HtmlAsync(stale));
        var staleDelete = await ParReportApplication.PostFormAsync(client, Page + "&handler=Delete", ("rowId", id.ToString()), ("version", "0"));
        Assert.Equal(HttpStatusCode.Conflict, staleDelete.StatusCode);

        var deleted = await ParReportApplication.PostFormAsync(client, Page + "&handler=Delete", ("rowId", id.ToString()), ("version", "1"));
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Contains("Đã xóa dòng khỏi sổ.", await HtmlAsync(deleted));
        Assert.Empty(await StoredAsync(app));
    }

    [Fact]
    public async Task A_typed_row_refused_is_shown_again_with_each_error_beside_its_field_and_nothing_stored()
    {
        using var app = await WithoutRegistersAsync();
        var client = await app.LoggedInClientAsync();

        var refused = await ParReportApplication.PostFormAsync(client, Page + "&handler=Save",
            [.. Plan.Where(f => f.Item1 is not ("c-symbol" or "c-issued")), ("c-issued", "31/02/2024")]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await HtmlAsync(refused);
        Assert.Contains($"<span class=\"error\" data-field-error=\"symbol\">{RegisterMessages.Required}</span>", html);
        Assert.Contains($"<span class=\"error\" data-field-error=\"issued\">{RegisterMessages.NotADate}</span>", html);
        // What was typed is kept for the official to correct.
        Assert.Contains(">Kế hoạch CCHC năm 2024</textarea>", html);
        Assert.Contains("<input type=\"text\" name=\"c-number\" value=\"12\"", html);
        Assert.Empty(await StoredAsync(app));
    }

    [Fact]
    public async Task A_file_replaces_the_register_and_a_file_with_a_bad_row_is_refused_with_its_errors_grouped_and_nothing_stored()
    {
        using var app = await WithoutRegistersAsync();
        var client = await app.LoggedInClientAsync();

        var imported = await ImportAsync(client, "van-ban.csv", Encoding.UTF8.GetBytes("SỔ VĂN BẢN 2024\n" + Header
            + "12;KH-UBND;03/01/2024;Kế hoạch;Kế hoạch CCHC năm 2024;Có\n"
            + "45;QĐ-UBND;15/02/2024;Quyết định;Kiện toàn bộ phận một cửa;Có\n"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Contains("Đã nhập 2 dòng từ van-ban.csv, thay cho 0 dòng trước đó", await HtmlAsync(imported));

        var refused = await ImportAsync(client, "van-ban-loi.csv", Encoding.UTF8.GetBytes(Header
            + "13;KH-UBND;05/03/2024;Kế hoạch;Kế hoạch kiểm tra;Có\n"
            + "14;CV-UBND;05/03/2024;Thư;Đôn đốc;Có\n"
            + "15;CV-UBND;32/03/2024;Công văn;Đôn đốc;Có\n"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await HtmlAsync(refused);
        Assert.Contains(RegisterMessages.FileRefused("van-ban-loi.csv", 2), html);
        Assert.Contains("<li>cột «Loại văn bản»: 1 dòng có «Thư»: chỉ nhận một trong các giá trị", html);
        Assert.Contains("<li>cột «Ngày ban hành»: 1 dòng có «32/03/2024»: " + RegisterMessages.NotADate.TrimEnd('.') + " — dòng 4</li>", html);
        Assert.Equal(["Kế hoạch CCHC năm 2024", "Kiện toàn bộ phận một cửa"], (await StoredAsync(app)).Select(r => r.Title));

        var wrongType = await ImportAsync(client, "van-ban.pdf", "%PDF-1.4"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Contains("Tệp «van-ban.pdf» không phải CSV, XLSX hoặc XLS", await HtmlAsync(wrongType));
    }

    [Fact]
    public async Task The_template_and_the_register_download_as_workbooks_that_read_back()
    {
        using var app = await WithoutRegistersAsync();
        var client = await app.LoggedInClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await ParReportApplication.PostFormAsync(client, Page + "&handler=Save", Plan)).StatusCode);

        var template = await client.GetAsync(Page + "&handler=Template");
        var register = await client.GetAsync(Page + "&handler=Xlsx");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", template.Content.Headers.ContentType!.MediaType);
        var empty = RegisterFile.Read(new MemoryStream(await template.Content.ReadAsByteArrayAsync()));
        Assert.Equal("Số *", empty[RegisterWorkbook.HeaderRow - 1][0]);
        var rows = RegisterRows.ReadTable(RegisterCatalog.Get(RegisterCatalog.Documents), RegisterFile.Read(new MemoryStream(await register.Content.ReadAsByteArrayAsync()))).Rows;
        Assert.Equal(("2024-01-03", "1"), (Assert.Single(rows).Text("issued"), rows[0].Text("cchc")));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Registers/khong-co?handler=Template")).StatusCode);
    }

    [Fact]
    public async Task The_district_reads_a_commune_s_registers_without_a_form_and_cannot_write_them()
    {
        using var app = await WithoutRegistersAsync();
        var commune = await app.LoggedInClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await ParReportApplication.PostFormAsync(commune, Page + "&handler=Save", Plan)).StatusCode);
        var district = await app.LoggedInClientAsync("tonghophuyen");

        var list = await HtmlAsync(await district.GetAsync("/Registers?unit=" + Unit));
        var page = await HtmlAsync(await district.GetAsync(Page));

        Assert.Contains("<option value=\"an-phu-an-binh\" selected=\"selected\">", list);
        Assert.Contains("data-read-only", list);
        Assert.Contains("<td>Kế hoạch CCHC năm 2024</td>", page);
        Assert.DoesNotContain("handler=Save", page);
        Assert.DoesNotContain("handler=Import", page);
        var token = await ParReportApplication.TokenAsync(district, "/Registers");
        var refused = await district.PostAsync(Page + "&handler=Save", new FormUrlEncodedContent([.. Plan.Select(f => KeyValuePair.Create(f.Item1, f.Item2)), KeyValuePair.Create("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Single(await StoredAsync(app));
        Assert.Contains("href=\"/Registers\"", await HtmlAsync(await commune.GetAsync("/")));
    }
}
