using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace ParReport.Web.Tests.Pages.Dossiers;

public class IndexTest
{
    private const string Header = "Mã hồ sơ;Lĩnh vực;Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả;Hình thức nộp\n";

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string csv, bool goodRowsOnly = false) =>
        ParReportApplication.UploadAsync(client, "/Dossiers", "file", "ho-so.csv", Encoding.UTF8.GetBytes(csv),
            [("unit", "an-phu-an-binh"), .. goodRowsOnly ? [("goodRowsOnly", "true")] : Array.Empty<(string, string)>()]);

    [Fact]
    public async Task An_export_is_imported_and_the_table_by_field_shown()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync();
        var response = await UploadAsync(client, Header
            + "H1;Tư pháp - Hộ tịch;04/03/2024;08/03/2024;05/03/2024;Trực tuyến\n"
            + "H2;Đất đai;05/03/2024;08/03/2024;;Trực tiếp\n");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đã nhập từ ho-so.csv: 2 hồ sơ mới, 0 hồ sơ cập nhật theo mã.", html);
        Assert.Contains("<td>Tư pháp - Hộ tịch</td>", html);
        Assert.Contains("<td>Tổng cộng</td>", html);
        Assert.Contains("Đơn vị đang lưu <strong>2</strong> hồ sơ đã nhập", html);
        Assert.Contains("src=\"/js/upload-progress.js", html);
    }

    [Fact]
    public async Task A_preview_shows_the_columns_found_with_samples_stores_nothing_and_offers_to_map_the_other_headers()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync();
        var csv = "Số biên nhận;Lĩnh vực;Ngày nhận hồ sơ;Ngày trả kết quả;Kênh tiếp nhận;Mã cán bộ\n"
            + "B1;Đất đai;04/03/2024;05/03/2024;Nộp trực tuyến;CB7\n";
        var response = await ParReportApplication.UploadAsync(client, "/Dossiers", "file", "khac.xls", Encoding.UTF8.GetBytes(csv), ("unit", "an-phu-an-binh"), ("preview", "true"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Xem trước khac.xls (chưa nhập gì)", html);
        Assert.Contains("<tr data-column=\"Code\">", html);
        Assert.Contains("<td>Số biên nhận</td>", html);
        Assert.Contains("<td>Nộp trực tuyến</td>", html);
        Assert.Contains("Không tìm thấy cột: Ngày hẹn trả, Trạng thái, Phí/lệ phí, Thanh toán trực tuyến, Mức độ hài lòng.", html);
        Assert.Contains("Tệp không có cột «Ngày hẹn trả»", html);
        Assert.Contains("«Mã cán bộ» là cột", html);
        await using var db = app.OpenDatabase();
        Assert.Equal(0, await db.DossierBlocks.SumAsync(b => b.Count));

        var imported = WebUtility.HtmlDecode(await (await ParReportApplication.UploadAsync(client, "/Dossiers", "file", "khac.csv", Encoding.UTF8.GetBytes(csv), ("unit", "an-phu-an-binh"))).Content.ReadAsStringAsync());
        Assert.Contains("Đã nhập từ khac.csv: 1 hồ sơ mới", imported);
        Assert.Contains("không có dữ liệu", imported);
        Assert.Contains("1 hồ sơ không có hạn giải quyết", imported);
    }

    [Fact]
    public async Task A_file_with_a_bad_row_stores_nothing_and_lists_the_row()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync();
        var response = await UploadAsync(client, Header
            + "H1;Tư pháp;04/03/2024;08/03/2024;05/03/2024;Trực tuyến\n"
            + "H2;Tư pháp;05/03/2024;08/03/2024;;Fax\n");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Không nhập hồ sơ nào từ ho-so.csv: 1 dòng lỗi.", html);
        Assert.Contains("<td class=\"num\">3</td><td>Hình thức nộp</td><td>Fax</td>", html);
        var link = System.Text.RegularExpressions.Regex.Match(html, "download=\"loi-ho-so.csv\" href=\"data:text/csv;base64,([^\"]+)\"");
        Assert.True(link.Success, "no link to the errors' CSV");
        Assert.Contains("3,Hình thức nộp,Fax,\"hình thức nộp không rõ", Encoding.UTF8.GetString(Convert.FromBase64String(link.Groups[1].Value)));
        await using var db = app.OpenDatabase();
        Assert.Equal(0, await db.DossierBlocks.SumAsync(b => b.Count));

        var kept = await UploadAsync(client, Header + "H1;Tư pháp;04/03/2024;08/03/2024;05/03/2024;Trực tuyến\nH2;Tư pháp;05/03/2024;;;Fax\n", goodRowsOnly: true);
        Assert.Contains("1 hồ sơ mới, 0 hồ sơ cập nhật theo mã, bỏ qua 1 dòng lỗi", WebUtility.HtmlDecode(await kept.Content.ReadAsStringAsync()));
        Assert.Equal(1, await db.DossierBlocks.SumAsync(b => b.Count));
    }

    [Fact]
    public async Task A_file_missing_a_column_is_refused_naming_it()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync();
        var response = await UploadAsync(client, "Mã hồ sơ;Ngày tiếp nhận\nH1;01/03/2024\n");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ho-so.csv: Tệp hồ sơ thiếu cột: «Lĩnh vực», «Hình thức nộp» (", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Another_header_is_mapped_once_on_the_page_and_used_by_the_next_imports()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync();
        var refused = await UploadAsync(client, "Mã tra cứu;Lĩnh vực;Ngày tiếp nhận;Hình thức nộp\nBN1;Hộ tịch;04/03/2024;Trực tuyến\n");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var mapped = await ParReportApplication.PostFormAsync(client, "/Dossiers?handler=Mapping&unit=an-phu-an-binh", ("unit", "an-phu-an-binh"), ("header", "Mã tra cứu"), ("column", "Code"));
        var page = WebUtility.HtmlDecode(await mapped.Content.ReadAsStringAsync());
        Assert.Matches(@"<td>Mã tra cứu</td>\s*<td>Mã hồ sơ</td>", page);
        var imported = await UploadAsync(client, "Mã tra cứu;Lĩnh vực;Ngày tiếp nhận;Hình thức nộp\nBN1;Hộ tịch;04/03/2024;Trực tuyến\n");
        Assert.Contains("Đã nhập từ ho-so.csv: 1 hồ sơ mới", WebUtility.HtmlDecode(await imported.Content.ReadAsStringAsync()));

        await ParReportApplication.PostFormAsync(client, "/Dossiers?handler=Mapping&unit=an-phu-an-binh", ("unit", "an-phu-an-binh"), ("header", "Mã tra cứu"), ("forget", "true"));
        await using var db = app.OpenDatabase();
        Assert.False(await db.DossierMappings.AnyAsync());
        var leader = await app.LoggedInClientAsync("lanhdao");
        Assert.Equal(HttpStatusCode.Forbidden, (await ParReportApplication.PostFormAsync(leader, "/Dossiers?handler=Mapping&unit=an-phu-an-binh", ("unit", "an-phu-an-binh"), ("header", "X"), ("column", "Code"))).StatusCode);
    }

    [Fact]
    public async Task An_empty_file_is_refused_naming_it_and_stores_nothing()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync();
        var response = await ParReportApplication.UploadAsync(client, "/Dossiers", "file", "rong.csv", [], ("unit", "an-phu-an-binh"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Tệp «rong.csv» rỗng", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        await using var db = app.OpenDatabase();
        Assert.Equal(0, await db.DossierImports.CountAsync());
    }

    [Fact]
    public async Task A_header_or_a_file_holding_U_FFFE_is_read_not_a_server_error()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync();
        var mapped = await ParReportApplication.PostFormAsync(client, "/Dossiers?handler=Mapping&unit=an-phu-an-binh", ("unit", "an-phu-an-binh"), ("header", "Mã\uFFFE tra cứu"), ("column", "Code"));
        Assert.Equal(HttpStatusCode.OK, mapped.StatusCode);
        await using (var db = app.OpenDatabase()) Assert.Equal("Mã tra cứu", (await db.DossierMappings.SingleAsync()).Header);

        // U+FFFE is valid UTF-8 (EF BF BE): a header holding it is matched like any other text.
        var response = await UploadAsync(client, Header.Replace("Lĩnh vực", "Lĩnh vực\uFFFE") + "H1;Đất đai;04/03/2024;08/03/2024;;Trực tiếp\n");
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("ho-so.csv", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
