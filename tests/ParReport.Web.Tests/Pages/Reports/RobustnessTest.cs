using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParReport.Domain.Access;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Web.Tests.Pages.Reports;

/// <summary>Odd, stale or hostile input: a clear 400/403/404 or a conflict, never a 500, never a lost change.</summary>
public class RobustnessTest : DemoReportTest
{
    [Fact]
    public async Task AFormUrl_shown_again_after_a_refused_save_still_detects_a_colleagues_change_made_meanwhile()
    {
        var contributor = await App.LoggedInClientAsync("chuyenmon");
        var compiler = await App.LoggedInClientAsync("tonghop");
        var opened = (await StoredAsync("III/2.2"))!.Value.ToString("0");
        var openedTotal = (await StoredAsync("III/1.1"))!.Value.ToString("0");
        await ParReportApplication.PostFormAsync(compiler, FormUrl, ("v:2.2", "9"), ("o:2.2", opened));

        var refused = await ParReportApplication.PostFormAsync(contributor, FormUrl, ("v:2.2", opened), ("o:2.2", opened), ("v:1.1", "abc"), ("o:1.1", openedTotal));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains($"name=\"o:2.2\" value=\"{opened}\"", await refused.Content.ReadAsStringAsync());
        // Saving the page again, typo fixed: the colleague's 9 is not reverted (the contributor left 2.2 as it was).
        var again = await ParReportApplication.PostFormAsync(contributor, FormUrl, ("v:2.2", opened), ("o:2.2", opened), ("v:1.1", "7"), ("o:1.1", openedTotal));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(9, await StoredAsync("III/2.2"));
        Assert.Equal(7, await StoredAsync("III/1.1"));

        // Had the contributor changed 2.2 too, they would see the conflict instead of overwriting the 9.
        var conflict = await ParReportApplication.PostFormAsync(contributor, FormUrl, ("v:2.2", "5"), ("o:2.2", opened));
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal(9, await StoredAsync("III/2.2"));
    }

    [Fact]
    public async Task A_locked_account_loses_its_open_session_and_an_admin_can_set_a_new_password()
    {
        var contributor = await App.LoggedInClientAsync("chuyenmon");
        var admin = await App.LoggedInClientAsync("quantri");
        await using (var db = App.OpenDatabase())
        {
            var id = await db.Users.Where(u => u.UserName == "chuyenmon").Select(u => u.Id).SingleAsync();
            Assert.Equal(HttpStatusCode.OK, (await ParReportApplication.PostFormAsync(admin, "/Admin/Users?handler=Update", ("id", id), ("unit", "an-phu-an-binh"), ("roles", "contributor"), ("locked", "true"))).StatusCode);
            var page = await contributor.GetAsync(FormUrl);
            Assert.Equal("/Account/Login", page.RequestMessage!.RequestUri!.AbsolutePath);

            Assert.Equal(HttpStatusCode.OK, (await ParReportApplication.PostFormAsync(admin, "/Admin/Users?handler=Update", ("id", id), ("unit", "an-phu-an-binh"), ("roles", "contributor"))).StatusCode);
            var reset = await ParReportApplication.PostFormAsync(admin, "/Admin/Users?handler=Password", ("id", id), ("password", "MoiDoi@2025"));
            Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
            Assert.Contains("Đã đặt mật khẩu mới cho «chuyenmon»", WebUtility.HtmlDecode(await reset.Content.ReadAsStringAsync()));
        }
        await App.LoggedInClientAsync("chuyenmon", "MoiDoi@2025");
        var unknownRole = await ParReportApplication.PostFormAsync(admin, "/Admin/Users?handler=Create",
            ("userName", "x1"), ("fullName", "X"), ("unit", "an-phu-an-binh"), ("roles", "superuser"), ("password", "SenHong#2024"));
        Assert.Equal(HttpStatusCode.BadRequest, unknownRole.StatusCode);
        Assert.Contains("Không có vai trò «superuser»", WebUtility.HtmlDecode(await unknownRole.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Damaged_or_tricky_workbooks_are_refused_by_cell_and_change_nothing()
    {
        var client = await App.LoggedInClientAsync("chuyenmon");
        var xlsx = await client.GetByteArrayAsync(FormUrl + "?handler=Xlsx");
        var before = await StoredAsync("III/1.1");

        var tricky = Edit(xlsx, sheet =>
        {
            Cell D(string code) => sheet.Descendants<Row>().Single(r => r.Elements<Cell>().First().InnerText == code).Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith('D'));
            var formula = D("1.1");
            formula.RemoveAllChildren();
            formula.CellFormula = new CellFormula("1+1");
            var shared = D("1.2");
            shared.RemoveAllChildren();
            shared.DataType = CellValues.SharedString;
            shared.CellValue = new CellValue("-1");
            var duplicate = (Row)sheet.Descendants<Row>().Last().CloneNode(true);
            duplicate.RowIndex = 100;
            foreach (var cell in duplicate.Elements<Cell>()) cell.CellReference = null;
            sheet.Descendants<SheetData>().Single().Append(duplicate);
        });
        var response = await ParReportApplication.UploadAsync(client, FormUrl + "?handler=Upload", "file", "bieu.xlsx", tricky);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches(@"ô D\d+, chỉ tiêu III/1\.1, giá trị «»: ô có công thức chưa được tính", html);
        Assert.Contains("Trang tính «Biểu III», ô A100: mã chỉ tiêu «3.2.2» lặp lại", html);
        Assert.Equal(before, await StoredAsync("III/1.1"));
    }

    [Fact]
    public async Task Control_characters_in_a_narrative_do_not_break_the_document_and_huge_numbers_are_refused()
    {
        var client = await App.LoggedInClientAsync("chuyenmon");
        var narrative = ReportUrl.Replace("/View/", "/Narrative/") + "/II.2";
        Assert.Equal(HttpStatusCode.OK, (await ParReportApplication.PostFormAsync(client, narrative, ("v:II.2", "Tốt\u0001 lắm\u000b"), ("o:II.2", ""))).StatusCode);
        var docx = await client.GetAsync(ReportUrl + "?handler=Docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
            Assert.Contains("Tốt lắm", document.MainDocumentPart!.Document!.Body!.InnerText);

        var huge = await ParReportApplication.PostFormAsync(client, FormUrl, ("v:1.1", "100.000.000.000.000"), ("o:1.1", ""));
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Contains("vượt quá giới hạn lưu trữ", WebUtility.HtmlDecode(await huge.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Bad_parameters_are_refused_without_a_500()
    {
        var client = await App.LoggedInClientAsync("tonghop");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(ReportUrl.Replace("/View/", "/Trail/") + "?subject=value")).StatusCode);
        var deadline = await ParReportApplication.PostFormAsync(client, ReportUrl + "?handler=Assign", ("part", "bieu-I"), ("assignee", ""), ("deadline", "2024-13-45"));
        Assert.Equal(HttpStatusCode.BadRequest, deadline.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ParReportApplication.PostFormAsync(client, ReportUrl + "?handler=Status", ("part", "bieu-I"), ("status", "Bogus"))).StatusCode);
        var opened = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ => (await client.GetAsync(FormUrl)).StatusCode));
        Assert.All(opened, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task An_emptyFormUrl_cannot_be_marked_done()
    {
        var requestId = await App.RequestIdAsync();
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ParReportDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserRecord>>();
            var user = new UserRecord { UserName = "tonghop-tt", FullName = "Tổng hợp thị trấn", UnitId = await db.Units.Where(u => u.Code == "an-phu-tt-an-phu").Select(u => u.Id).SingleAsync() };
            Assert.True((await users.CreateAsync(user, "SenHong#2024")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Id(Role.Compiler))).Succeeded);
        }
        var client = await App.LoggedInClientAsync("tonghop-tt", "SenHong#2024");
        var refused = await ParReportApplication.PostFormAsync(client, $"/Reports/View/{requestId}/an-phu-tt-an-phu?handler=Status", ("part", "bieu-III"), ("status", "Done"));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Chưa thể đánh dấu «xong» cho Biểu III. Cải cách TTHC: chưa nhập số liệu nào.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
    }

    private static byte[] Edit(byte[] xlsx, Action<Worksheet> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var workbook = SpreadsheetDocument.Open(stream, true))
        {
            var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet!;
            edit(sheet);
            sheet.Save();
        }
        return stream.ToArray();
    }
}
