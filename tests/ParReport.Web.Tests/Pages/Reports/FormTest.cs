using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Entry;

namespace ParReport.Web.Tests.Pages.Reports;

/// <summary>Filling a form in the browser: saving, validation, conflicts, the audit trail, the XLSX round-trip.</summary>
public class FormTest : DemoReportTest
{
    [Fact]
    public async Task TheFormUrl_is_generated_from_the_template_with_inputs_rates_choices_and_the_previous_period()
    {
        var client = await App.LoggedInClientAsync("chuyenmon");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(FormUrl));
        Assert.Contains("<h1>Biểu III. Cải cách TTHC</h1>", html);
        Assert.Contains($"name=\"v:3.1.1\" value=\"{await ShownAsync("III/3.1.1")}\" inputmode=\"decimal\"", html);
        Assert.Contains("<output id=\"i-3.1\" data-rate=\"3.1\">", html);
        Assert.Contains("Kỳ trước (năm 2023)", html);
        Assert.Contains("Hồ sơ", html);
        Assert.Matches(@"<form method=""post"" action=""/Reports/View/\d+/an-phu-an-binh\?handler=Status"" class=""part-status"">[\s\S]*?giao cho Công chức Tư pháp – Hộ tịch xã An Bình · hạn \d\d/\d\d/2024[\s\S]*?Đánh dấu xong</button>\s*<input name=""__RequestVerificationToken""", html);

        var choices = WebUtility.HtmlDecode(await client.GetStringAsync(FormUrl.Replace("/III", "/I")));
        Assert.Contains("<select id=\"i-5\" name=\"v:5\" disabled=\"disabled\">", choices);
        Assert.Contains(">Có (1)</option>", choices);
    }

    [Fact]
    public async Task Saving_reads_Vietnamese_numbers_keeps_the_change_in_the_fields_history_and_starts_the_part()
    {
        var client = await App.LoggedInClientAsync("chuyenmon");
        var response = await ParReportApplication.PostFormAsync(client, FormUrl,
            ("v:3.1.1", "1.034"), ("o:3.1.1", await ShownAsync("III/3.1.1")), ("v:3.1.2", "1.034"), ("o:3.1.2", await ShownAsync("III/3.1.2")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("?saved=2", response.RequestMessage!.RequestUri!.ToString());
        Assert.Contains("Đã lưu 2 thay đổi.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(1034, await StoredAsync("III/3.1.1"));

        var trail = WebUtility.HtmlDecode(await client.GetStringAsync(ReportUrl.Replace("/View/", "/Trail/") + "?subject=value&key=III/3.1.1"));
        Assert.Contains("Chỉ tiêu 3.1.1 (Biểu III)", trail);
        Assert.Matches(@"<td title=""chuyenmon"">Công chức Tư pháp – Hộ tịch xã An Bình</td>\s*<td class=""old"">[\d.]+</td>\s*<td class=""new"">1.034</td>", trail);

        var report = WebUtility.HtmlDecode(await client.GetStringAsync(ReportUrl));
        Assert.Matches(@"id=""phan-bieu-III""[\s\S]*?<td class=""status-InProgress"">đang làm", report);
    }

    [Fact]
    public async Task A_value_that_cannot_be_read_is_refused_beside_its_field_and_nothing_of_theFormUrl_is_stored()
    {
        var client = await App.LoggedInClientAsync("chuyenmon");
        var before = await StoredAsync("III/1.1");
        var response = await ParReportApplication.PostFormAsync(client, FormUrl,
            ("v:1.1", "77"), ("o:1.1", await ShownAsync("III/1.1")), ("v:3.1.1", "21.88"), ("o:3.1.1", await ShownAsync("III/3.1.1")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Chỉ tiêu 3.1.1 (Tổng số hồ sơ TTHC đã giải quyết xong): «21.88» dùng dấu chấm không đúng chỗ", html);
        Assert.Contains("value=\"21.88\"", html);
        Assert.Equal(before, await StoredAsync("III/1.1"));
    }

    [Fact]
    public async Task Violations_are_shown_beside_their_fields_and_done_is_refused_until_they_are_fixed()
    {
        var client = await App.LoggedInClientAsync("chuyenmon");
        await ParReportApplication.PostFormAsync(client, FormUrl,
            ("v:3.1.1", "100"), ("o:3.1.1", await ShownAsync("III/3.1.1")), ("v:3.1.2", "120"), ("o:3.1.2", await ShownAsync("III/3.1.2")));
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(FormUrl));
        Assert.Matches(@"id=""f-3.1.2"" class="" has-error""[\s\S]*?<li>[^<]*3\.1\.2[^<]*120[^<]*3\.1\.1[^<]*100[^<]*</li>", html);

        var refused = await ParReportApplication.PostFormAsync(client, ReportUrl + "?handler=Status", ("part", "bieu-III"), ("status", "Done"));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Chưa thể đánh dấu «xong» cho Biểu III. Cải cách TTHC: còn 1 lỗi số liệu cần sửa.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        // The compiler's list links the violation to its field.
        var compiler = WebUtility.HtmlDecode(await (await App.LoggedInClientAsync("tonghop")).GetStringAsync(ReportUrl));
        Assert.Contains($"<a href=\"{FormUrl}#f-3.1.2\">III/3.1.2</a>", compiler);

        await ParReportApplication.PostFormAsync(client, FormUrl, ("v:3.1.2", "90"), ("o:3.1.2", "120"));
        var done = await ParReportApplication.PostFormAsync(client, ReportUrl + "?handler=Status", ("part", "bieu-III"), ("status", "Done"));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Matches(@"id=""phan-bieu-III""[\s\S]*?<td class=""status-Done"">xong", WebUtility.HtmlDecode(await done.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_live_check_flags_disjoint_parts_over_their_whole_and_a_survey_without_forms()
    {
        var client = await App.LoggedInClientAsync("tonghop");
        var response = await ParReportApplication.PostFormAsync(client, FormUrl.Replace("/III", "/I") + "?handler=Check",
            ("v:4.1", "29"), ("v:4.2", "20"), ("v:4.3", "20"), ("v:4.4", "16"), ("v:5", "1"), ("v:5.1", "0"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(json);
        var errors = document.RootElement.GetProperty("errors");
        Assert.Contains("= 56 là các phần không trùng nhau của chỉ tiêu 4.1", errors.GetProperty("4.1")[0].GetString());
        Assert.Contains("chọn «Có» nhưng chỉ tiêu 5.1", errors.GetProperty("5.1")[0].GetString());
    }

    [Fact]
    public async Task The_live_check_computes_rates_and_violations_of_typed_values_without_saving()
    {
        var client = await App.LoggedInClientAsync("chuyenmon");
        var before = await StoredAsync("III/3.1.1");
        var response = await ParReportApplication.PostFormAsync(client, FormUrl + "?handler=Check",
            ("v:3.1.1", "1.034"), ("o:3.1.1", ""), ("v:3.1.2", "517"), ("o:3.1.2", ""), ("v:1.1", "abc"), ("o:1.1", ""));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("50%", json.RootElement.GetProperty("rates").GetProperty("3.1").GetString());
        Assert.Contains("«abc» không phải là một số.", json.RootElement.GetProperty("errors").GetProperty("1.1")[0].GetString());

        var over = await ParReportApplication.PostFormAsync(client, FormUrl + "?handler=Check", ("v:3.1.1", "10"), ("v:3.1.2", "11"));
        using var overJson = JsonDocument.Parse(await over.Content.ReadAsStringAsync());
        Assert.Contains("3.1.2", overJson.RootElement.GetProperty("errors").GetProperty("3.1.2")[0].GetString());
        Assert.Equal(before, await StoredAsync("III/3.1.1"));
    }

    [Fact]
    public async Task When_two_officials_edit_one_field_the_second_sees_both_values_and_chooses()
    {
        var compiler = await App.LoggedInClientAsync("tonghop");
        var contributor = await App.LoggedInClientAsync("chuyenmon");
        var opened = await ShownAsync("III/2.1");
        await ParReportApplication.PostFormAsync(compiler, FormUrl, ("v:2.1", "5"), ("o:2.1", opened));

        var conflict = await ParReportApplication.PostFormAsync(contributor, FormUrl, ("v:2.1", "7"), ("o:2.1", opened), ("v:2.2", "3"), ("o:2.2", await ShownAsync("III/2.2")));
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var html = WebUtility.HtmlDecode(await conflict.Content.ReadAsStringAsync());
        Assert.Contains("Có 1 ô vừa được người khác sửa", html);
        Assert.Contains("Đã lưu 1 thay đổi khác của bạn.", html);
        Assert.Matches(@"Dùng <strong>5</strong></label>\s*<span class=""muted"">— Công chức Văn phòng – Thống kê xã An Bình, ", html);
        Assert.Contains("Giữ <strong>7</strong>", html);
        Assert.Equal(5, await StoredAsync("III/2.1"));
        Assert.Equal(3, await StoredAsync("III/2.2"));

        var chosen = await ParReportApplication.PostFormAsync(contributor, FormUrl, ("v:2.1", "7"), ("o:2.1", "5"));
        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        Assert.Equal(7, await StoredAsync("III/2.1"));
        var trail = WebUtility.HtmlDecode(await contributor.GetStringAsync(ReportUrl.Replace("/View/", "/Trail/") + "?subject=value&key=III/2.1"));
        Assert.Matches(@"<td title=""chuyenmon"">Công chức Tư pháp – Hộ tịch xã An Bình</td>\s*<td class=""old"">5</td>\s*<td class=""new"">7</td>[\s\S]*<td title=""tonghop"">Công chức Văn phòng – Thống kê xã An Bình</td>", trail);
    }

    [Fact]
    public async Task AFormUrl_downloaded_as_XLSX_and_filled_offline_is_stored_like_the_webFormUrl()
    {
        var client = await App.LoggedInClientAsync("chuyenmon");
        var xlsx = await client.GetByteArrayAsync(FormUrl + "?handler=Xlsx");
        var filled = Fill(xlsx, ("3.1.1", "1.200", false), ("3.1.2", "1150", true));

        var response = await ParReportApplication.UploadAsync(client, FormUrl + "?handler=Upload", "file", "bieu-III.xlsx", filled);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1200, await StoredAsync("III/3.1.1"));
        Assert.Equal(1150, await StoredAsync("III/3.1.2"));
    }

    [Fact]
    public async Task A_bad_cell_isReportUrled_by_sheet_cell_code_and_value_and_nothing_from_the_file_is_stored()
    {
        var client = await App.LoggedInClientAsync("chuyenmon");
        var before = (await StoredAsync("III/1.1"), await StoredAsync("III/3.1.1"));
        var xlsx = await client.GetByteArrayAsync(FormUrl + "?handler=Xlsx");
        var filled = Fill(xlsx, ("1.1", "55", true), ("3.1.1", "mười", false), ("3.1.2", "-4", true));

        var response = await ParReportApplication.UploadAsync(client, FormUrl + "?handler=Upload", "file", "bieu-III.xlsx", filled);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches(@"Trang tính «Biểu III», ô D\d+, chỉ tiêu III/3\.1\.1, giá trị «mười»: Chỉ tiêu 3\.1\.1 [^<]*không phải là một số", html);
        Assert.Matches(@"Trang tính «Biểu III», ô D\d+, chỉ tiêu III/3\.1\.2, giá trị «-4»", html);
        Assert.Equal(before, (await StoredAsync("III/1.1"), await StoredAsync("III/3.1.1")));

        var notAWorkbook = await ParReportApplication.UploadAsync(client, FormUrl + "?handler=Upload", "file", "bieu.xlsx", "không phải bảng tính"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, notAWorkbook.StatusCode);
        Assert.Contains("Tệp không phải bảng tính XLSX hợp lệ", WebUtility.HtmlDecode(await notAWorkbook.Content.ReadAsStringAsync()));
    }

    /// <summary>Types values into column D of the workbook's rows, as text or as Excel numbers.</summary>
    private static byte[] Fill(byte[] xlsx, params (string Code, string Value, bool AsNumber)[] cells)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var workbook = SpreadsheetDocument.Open(stream, true))
        {
            var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
            foreach (var (code, value, asNumber) in cells)
            {
                var row = sheet.Descendants<Row>().Single(r => r.Elements<Cell>().First().InnerText == code);
                var cell = row.Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith('D'));
                cell.RemoveAllChildren();
                if (asNumber)
                {
                    cell.DataType = null;
                    cell.CellValue = new CellValue(value);
                }
                else
                {
                    cell.DataType = CellValues.InlineString;
                    cell.InlineString = new InlineString(new Text(value));
                }
            }
            sheet.Save();
        }
        return stream.ToArray();
    }
}
