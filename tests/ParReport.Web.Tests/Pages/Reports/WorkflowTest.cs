using System.IO.Compression;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParReport.Domain.Access;
using ParReport.Domain.Workflow;
using ParReport.Domain.Writing;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Web.Tests.Pages.Reports;

/// <summary>
/// The report's workflow over HTTP: once sent to the leader, and once signed off, every web write path answers with
/// the lock's reason and changes nothing; each step belongs to one role; the draft's DOCX says so; the reviewer is told.
/// </summary>
public class WorkflowTest
{
    private const string AwaitingSignOffLock = "Báo cáo đã gửi lãnh đạo ký ngày 05/03/2024; chỉ cán bộ tổng hợp hoặc lãnh đạo Xã An Bình có thể rút lại để sửa.";
    private const string SentLock = "Báo cáo đã gửi cấp trên ngày 05/03/2024; chỉ cán bộ Huyện An Phú có thể trả lại để sửa.";

    private const string Header = "Mã hồ sơ;Lĩnh vực;Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả;Hình thức nộp\n";

    /// <summary>Ready, sent to the leader and, for <see cref="ReportStatus.Sent"/>, signed off.</summary>
    private static async Task LockAsync(ParReportApplication app, DemoCommuneReport report, ReportStatus state)
    {
        var compiler = await app.LoggedInClientAsync("tonghop");
        await report.MakeReadyAsync(compiler);
        await report.MovedAsync(compiler, ReportTransition.SendToLeader);
        if (state == ReportStatus.Sent) await report.MovedAsync(await app.LoggedInClientAsync("lanhdao"), ReportTransition.SignOff);
        Assert.Equal(state, await report.StatusAsync());
    }

    [Theory]
    [InlineData(ReportStatus.AwaitingSignOff, AwaitingSignOffLock)]
    [InlineData(ReportStatus.Sent, SentLock)]
    public async Task Every_web_write_path_answers_with_the_lock_and_who_can_lift_it_and_changes_nothing(ReportStatus state, string lockMessage)
    {
        using var app = new ParReportApplication();
        var report = await DemoCommuneReport.OpenAsync(app);
        await LockAsync(app, report, state);
        var compiler = await app.LoggedInClientAsync("tonghop");
        var contributor = await app.LoggedInClientAsync("chuyenmon");
        var form = report.FormUrl("III");
        var shown = Domain.Entry.ValueInput.Show(Domain.Reports.IndicatorValue.Of((await report.NumberAsync("III/2.1"))!.Value));
        var narrative = (await report.NarrativesAsync())["II.2"];
        var workbook = FillCell(await contributor.GetByteArrayAsync(form + "?handler=Xlsx"), "2.1", "7");
        await using var db = app.OpenDatabase();
        var stored = (await new ReportStore(db).FindAsync(report.RequestId, DemoCommuneReport.Unit))!;
        var sentence = StatisticalText.For(DemoCommuneReport.Template, stored).Single(s => s.Kind == "ke-hoach");
        var before = await report.SnapshotAsync();

        (string Path, HttpStatusCode Status, Func<Task<HttpResponseMessage>> Post)[] writes =
        [
            ("form values", HttpStatusCode.BadRequest, () => ParReportApplication.PostFormAsync(contributor, form, ("v:2.1", "7"), ("o:2.1", shown))),
            ("narrative", HttpStatusCode.BadRequest, () => ParReportApplication.PostFormAsync(contributor, report.NarrativeUrl("II.2"), ("v:II.2", "Viết lại sau khi gửi."), ("o:II.2", narrative))),
            ("XLSX upload", HttpStatusCode.BadRequest, () => ParReportApplication.UploadAsync(contributor, form + "?handler=Upload", "file", "bieu-III.xlsx", workbook)),
            ("dossier figures", HttpStatusCode.BadRequest, () => ParReportApplication.PostFormAsync(contributor, form + "?handler=Dossiers", ("replace", "III/3.1.1"))),
            ("part status", HttpStatusCode.Conflict, () => ParReportApplication.PostFormAsync(compiler, report.ViewUrl + "?handler=Status", ("part", "bieu-III"), ("status", "InProgress"))),
            ("assignment", HttpStatusCode.BadRequest, () => ParReportApplication.PostFormAsync(compiler, report.ViewUrl + "?handler=Assign", ("part", "bieu-III"), ("assignee", ""), ("deadline", ""))),
            ("document", HttpStatusCode.BadRequest, () => ParReportApplication.PostFormAsync(compiler, report.ViewUrl + "?handler=Document", ("number", "99/BC-UBND"), ("date", "2024-03-06"), ("signer", "Người khác"))),
            ("sentence", HttpStatusCode.BadRequest, () => ParReportApplication.PostFormAsync(compiler, report.ViewUrl + "?handler=Sentence",
                ("key", sentence.Key), ("text", sentence.Generated.Replace("Tính đến thời điểm báo cáo,", "Đến nay")), ("original", ""))),
        ];
        foreach (var (path, status, post) in writes)
        {
            var response = await post();
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == status, $"{path}: {(int)response.StatusCode}, expected {(int)status}");
            Assert.True(DemoCommuneReport.Alert(html).Contains(lockMessage), $"{path}: the page says «{DemoCommuneReport.Alert(html)}»");
            Assert.True(before.SequenceEqual(await report.SnapshotAsync()), $"{path} changed the report");
        }
        Assert.Equal(state, await report.StatusAsync());
    }

    [Fact]
    public async Task The_dossier_import_updates_a_draft_reports_dossier_figures_but_never_a_report_waiting_for_sign_off_or_sent()
    {
        using var app = new ParReportApplication();
        var report = await DemoCommuneReport.OpenAsync(app);
        var compiler = await app.LoggedInClientAsync("tonghop");
        await ImportAsync(compiler, "mot-cua-thang-2.csv", Header
            + "H1;Hộ tịch;04/03/2024;08/03/2024;05/03/2024;Trực tuyến\n"
            + "H2;Hộ tịch;05/03/2024;08/03/2024;08/03/2024;Trực tiếp\n"
            + "H3;Đất đai;05/03/2024;06/03/2024;12/03/2024;Trực tuyến\n");
        // The demo's figures were typed: the contributor takes the dossiers' instead, which later imports keep up to date.
        var taken = await ParReportApplication.PostFormAsync(await app.LoggedInClientAsync("chuyenmon"), report.FormUrl("III") + "?handler=Dossiers",
            ("replace", "III/3.1.1"), ("replace", "III/3.1.2"));
        Assert.Contains("Đã lấy 2 số liệu từ hồ sơ TTHC.", WebUtility.HtmlDecode(await taken.Content.ReadAsStringAsync()));
        Assert.Equal("3 2", await ResolvedAsync(report));
        var more = Header
            + "H4;Hộ tịch;01/03/2024;08/03/2024;04/03/2024;Trực tuyến\n"
            + "H5;Hộ tịch;02/03/2024;08/03/2024;04/03/2024;Trực tuyến\n";

        await LockAsync(app, report, ReportStatus.AwaitingSignOff);
        var awaiting = await report.SnapshotAsync();
        Assert.DoesNotContain("Đã cập nhật", await ImportAsync(compiler, "mot-cua-thang-3.csv", more));
        Assert.Equal(awaiting, await report.SnapshotAsync());

        await report.MovedAsync(await app.LoggedInClientAsync("lanhdao"), ReportTransition.SignOff);
        var sent = await report.SnapshotAsync();
        Assert.DoesNotContain("Đã cập nhật", await ImportAsync(compiler, "mot-cua-thang-3.csv", more));
        Assert.Equal(sent, await report.SnapshotAsync());
        Assert.Equal("3 2", await ResolvedAsync(report));

        await report.MovedAsync(await app.LoggedInClientAsync("captren"), ReportTransition.Return, ("r:bieu-III", "Cập nhật số hồ sơ đến cuối kỳ."));
        Assert.Contains("Đã cập nhật 2 chỉ tiêu hồ sơ trong các báo cáo đang lập của đơn vị", await ImportAsync(compiler, "mot-cua-thang-3.csv", more));
        Assert.Equal("5 4", await ResolvedAsync(report));
    }

    /// <summary>Form III's dossiers resolved and resolved on time, as stored: "3 2".</summary>
    private static async Task<string> ResolvedAsync(DemoCommuneReport report) =>
        $"{await report.NumberAsync("III/3.1.1"):0} {await report.NumberAsync("III/3.1.2"):0}";

    private static async Task<string> ImportAsync(HttpClient client, string fileName, string csv)
    {
        var response = await ParReportApplication.UploadAsync(client, "/Dossiers", "file", fileName, Encoding.UTF8.GetBytes(csv), ("unit", DemoCommuneReport.Unit));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Đã nhập từ {fileName}", html);
        return html;
    }

    [Fact]
    public async Task Only_the_compiler_sends_to_the_leader_only_the_leader_signs_off_and_only_the_issuers_reviewer_returns_or_accepts()
    {
        using var app = new ParReportApplication();
        var report = await DemoCommuneReport.OpenAsync(app);
        var compiler = await app.LoggedInClientAsync("tonghop");
        var contributor = await app.LoggedInClientAsync("chuyenmon");
        var leader = await app.LoggedInClientAsync("lanhdao");
        await report.MakeReadyAsync(compiler);

        Assert.Equal(HttpStatusCode.Forbidden, (await report.MoveAsync(contributor, ReportTransition.SendToLeader)).StatusCode);
        Assert.Equal(ReportStatus.Draft, await report.StatusAsync());
        await report.MovedAsync(compiler, ReportTransition.SendToLeader);

        Assert.Equal(HttpStatusCode.Forbidden, (await report.MoveAsync(compiler, ReportTransition.SignOff)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await report.MoveAsync(contributor, ReportTransition.SignOff)).StatusCode);
        Assert.Equal(ReportStatus.AwaitingSignOff, await report.StatusAsync());
        await report.MovedAsync(leader, ReportTransition.SignOff);

        var sent = await report.SnapshotAsync();
        foreach (var commune in new[] { compiler, contributor, leader })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await report.MoveAsync(commune, ReportTransition.Accept)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await report.MoveAsync(commune, ReportTransition.Return, ("comment", "Tự trả lại"))).StatusCode);
        }
        // Another district's reviewer may not even read it; the province's may read it but did not ask for it.
        foreach (var (unit, reads) in new[] { ("huyen-dong-lac", HttpStatusCode.Forbidden), (Domain.Demo.DemoOrganisation.ProvinceCode, HttpStatusCode.OK) })
        {
            var stranger = await ReviewerAsync(app, unit);
            Assert.Equal(reads, (await stranger.GetAsync(report.ViewUrl)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await report.MoveFromHomeAsync(stranger, ReportTransition.Return, ("r:bieu-III", "Sai số liệu"))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await report.MoveFromHomeAsync(stranger, ReportTransition.Accept)).StatusCode);
        }
        Assert.Equal(sent, await report.SnapshotAsync());
        Assert.Equal(ReportStatus.Sent, await report.StatusAsync());

        await report.MovedAsync(await app.LoggedInClientAsync("captren"), ReportTransition.Accept);
        Assert.Equal(ReportStatus.Accepted, await report.StatusAsync());
    }

    /// <summary>A reviewer of another unit than the one that asked for the report, logged in.</summary>
    private static async Task<HttpClient> ReviewerAsync(ParReportApplication app, string unitCode)
    {
        var userName = "kiemtra-" + unitCode;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ParReportDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserRecord>>();
            var user = new UserRecord { UserName = userName, FullName = "Chuyên viên " + unitCode, UnitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync() };
            Assert.True((await users.CreateAsync(user, "SenHong#2024")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Id(Role.Reviewer))).Succeeded);
        }
        return await app.LoggedInClientAsync(userName, "SenHong#2024");
    }

    [Fact]
    public async Task Sending_to_the_leader_with_parts_not_done_is_refused_listing_them_and_changes_nothing()
    {
        using var app = new ParReportApplication();
        var report = await DemoCommuneReport.OpenAsync(app);
        var compiler = await app.LoggedInClientAsync("tonghop");
        await report.FillNarrativesAsync(compiler);
        await report.MarkDoneAsync(compiler, except: ["muc-V", "bieu-III"]);
        await report.SetDocumentAsync(compiler);
        var before = await report.SnapshotAsync();

        var refused = await report.MoveAsync(compiler, ReportTransition.SendToLeader);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Còn 2 phần chưa xong: Mục V. Kiến nghị, đề xuất; Biểu III. Cải cách TTHC.", DemoCommuneReport.Alert(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(before, await report.SnapshotAsync());
        Assert.Equal(ReportStatus.Draft, await report.StatusAsync());
    }

    [Fact]
    public async Task A_DOCX_downloaded_before_sign_off_is_marked_as_a_draft_and_the_signed_version_is_not()
    {
        using var app = new ParReportApplication();
        var report = await DemoCommuneReport.OpenAsync(app);
        var compiler = await app.LoggedInClientAsync("tonghop");
        Assert.Contains("DỰ THẢO", DocxText(await compiler.GetByteArrayAsync(report.ViewUrl + "?handler=Docx")));
        await LockAsync(app, report, ReportStatus.AwaitingSignOff);
        var waiting = await compiler.GetAsync(report.ViewUrl + "?handler=Docx");
        Assert.EndsWith("-du-thao.docx", waiting.Content.Headers.ContentDisposition!.FileNameStar ?? waiting.Content.Headers.ContentDisposition.FileName);
        Assert.Contains("DỰ THẢO", DocxText(await waiting.Content.ReadAsByteArrayAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await compiler.GetAsync(report.ViewUrl + "?handler=Version&number=1")).StatusCode);

        await report.MovedAsync(await app.LoggedInClientAsync("lanhdao"), ReportTransition.SignOff);

        var signed = await compiler.GetAsync(report.ViewUrl + "?handler=Version&number=1");
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        var text = DocxText(await signed.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain("DỰ THẢO", text);
        Assert.Contains(DemoCommuneReport.DocumentNumber, text);
        Assert.DoesNotContain("DỰ THẢO", DocxText(await compiler.GetByteArrayAsync(report.ViewUrl + "?handler=Docx")));
        var reviewer = await app.LoggedInClientAsync("captren");
        Assert.DoesNotContain("DỰ THẢO", DocxText(await reviewer.GetByteArrayAsync(report.ViewUrl + "?handler=Version&number=1")));
    }

    /// <summary>The text of a DOCX's body and headers, read from its XML parts.</summary>
    private static string DocxText(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var parts = zip.Entries.Where(e => e.FullName == "word/document.xml" || e.FullName.StartsWith("word/header", StringComparison.Ordinal)).ToList();
        Assert.Contains(parts, p => p.FullName == "word/document.xml");
        return string.Join("\n", parts.Select(p =>
        {
            using var reader = new StreamReader(p.Open());
            return System.Text.RegularExpressions.Regex.Replace(reader.ReadToEnd(), "<[^>]+>", "");
        }));
    }

    [Fact]
    public async Task After_sign_off_the_reviewer_finds_a_notice_on_the_home_page_and_its_count_in_the_header()
    {
        using var app = new ParReportApplication();
        var report = await DemoCommuneReport.OpenAsync(app);
        var reviewer = await app.LoggedInClientAsync("captren");
        var unread = UnreadInHeader(await reviewer.GetStringAsync("/"));
        await LockAsync(app, report, ReportStatus.Sent);

        var home = WebUtility.HtmlDecode(await reviewer.GetStringAsync("/"));

        Assert.Contains("Báo cáo quý I năm 2024 của Xã An Bình đã được Phó Chủ tịch UBND xã An Bình ký và gửi cấp trên.", home);
        Assert.Matches($@"<li class=""unread"">[^<]*<a href=""{report.ViewUrl}"">Báo cáo quý I năm 2024 của Xã An Bình đã được", home);
        Assert.Equal(unread + 1, UnreadInHeader(home));
        Assert.Contains($"<h2 id=\"thong-bao\">Thông báo ({unread + 1} chưa đọc)</h2>", home);
        // The one who signed is not told of their own step; the compiler is.
        Assert.DoesNotContain("ký và gửi cấp trên.", WebUtility.HtmlDecode(await (await app.LoggedInClientAsync("lanhdao")).GetStringAsync("/")));
        Assert.Contains("ký và gửi cấp trên.", WebUtility.HtmlDecode(await (await app.LoggedInClientAsync("tonghop")).GetStringAsync("/")));
    }

    private static int UnreadInHeader(string html)
    {
        var count = System.Text.RegularExpressions.Regex.Match(WebUtility.HtmlDecode(html), @"class=""notices-count""[^>]*>Thông báo(?: \((\d+)\))?</a>");
        Assert.True(count.Success, "no notice count in the header");
        return count.Groups[1].Success ? int.Parse(count.Groups[1].Value) : 0;
    }

    /// <summary>Types a number into column D of a form workbook's row for an indicator code.</summary>
    private static byte[] FillCell(byte[] xlsx, string code, string value)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var workbook = SpreadsheetDocument.Open(stream, true))
        {
            var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
            var row = sheet.Descendants<Row>().Single(r => r.Elements<Cell>().First().InnerText == code);
            var cell = row.Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith('D'));
            cell.RemoveAllChildren();
            cell.DataType = null;
            cell.CellValue = new CellValue(value);
            sheet.Save();
        }
        return stream.ToArray();
    }
}
