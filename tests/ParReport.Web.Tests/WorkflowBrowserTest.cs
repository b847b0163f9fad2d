using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParReport.Domain.Workflow;
using static Microsoft.Playwright.Assertions;

namespace ParReport.Web.Tests;

/// <summary>
/// The demo commune's quý I report from draft to accepted in Debian's Chromium, while the district's reviewer keeps the
/// request's board open in a second browser context: the commune's officials log in and out in turn on one page, the
/// reviewer returns the report with a reason on Biểu III, compares the two versions and accepts it. The board at the
/// end and the comparison are kept as artifacts/bang-theo-doi.png and artifacts/so-sanh-phien-ban.png. Skipped, saying
/// why, where /usr/bin/chromium is missing, unless PARREPORT_REQUIRE_BROWSER=1 (as in CI).
/// </summary>
public class WorkflowBrowserTest
{
    private const string Chromium = "/usr/bin/chromium";
    private const string Reason = "Số TTHC liên thông cùng cấp chưa khớp với danh mục đã công bố.";

    [Fact]
    public async Task A_commune_report_goes_from_draft_to_accepted_while_the_districts_board_follows_each_step()
    {
        if (!File.Exists(Chromium))
        {
            var reason = $"{Chromium} is not installed (.ci/run installs the chromium package).";
            if (Environment.GetEnvironmentVariable("PARREPORT_REQUIRE_BROWSER") == "1") Assert.Fail(reason);
            Assert.Skip(reason);
        }
        string[] artifacts = ["bang-theo-doi.png", "so-sanh-phien-ban.png"];
        foreach (var artifact in artifacts) File.Delete(Artifact(artifact));
        using var app = new ParReportApplication();
        app.UseKestrel(0);
        app.StartServer();
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var report = await DemoCommuneReport.OpenAsync(app);
        // Preparation, not the workflow: the narrative the demo leaves empty, written as the compiler would post it.
        await report.FillNarrativesAsync(await app.LoggedInClientAsync("tonghop"));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            // As root, without a sandbox; and without the background traffic this closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        BrowserNewContextOptions options = new() { Locale = "vi-VN", ViewportSize = new() { Width = 1280, Height = 900 } };
        await using var communeContext = await browser.NewContextAsync(options);
        await using var districtContext = await browser.NewContextAsync(options);
        var commune = await communeContext.NewPageAsync();
        var district = await districtContext.NewPageAsync();
        var view = baseUrl + report.ViewUrl;
        var form = baseUrl + report.FormUrl("III");
        var board = new Board(district, baseUrl + report.BoardUrl);

        await LogInAsync(district, "captren", board.Url);
        await board.ShowsAsync("nháp", "2/4");

        // The compiler marks every part done.
        await LogInAsync(commune, "tonghop", view);
        foreach (var part in DemoCommuneReport.Parts)
        {
            var row = commune.Locator($"[id='phan-{part.Key}']");
            await row.Locator("button[name=status][value=Done]").ClickAsync();
            await Expect(row.Locator("td.status-Done")).ToHaveTextAsync("xong");
        }

        // The contributor changes one value of Biểu III, which puts the part back in progress, and marks it done again.
        var before = (await report.NumberAsync("III/2.1"))!.Value;
        await LogInAsync(commune, "chuyenmon", form);
        await SaveValueAsync(commune, "2.1", before + 4);
        await MarkFormDoneAsync(commune);

        // The compiler numbers the document and sends it to the leader; the district does not count it yet.
        await LogInAsync(commune, "tonghop", view);
        await commune.FillAsync("#van-ban input[name=number]", DemoCommuneReport.DocumentNumber);
        await commune.FillAsync("#van-ban input[name=date]", "2024-03-05");
        await commune.ClickAsync("#van-ban button[type=submit]");
        await Expect(commune.Locator("#trang-thai p.ok[role=status]")).ToHaveTextAsync("Đã lưu thông tin văn bản.");
        await MoveAsync(commune, ReportTransition.SendToLeader, "chờ ký");
        await board.ShowsAsync("chờ ký", "2/4");

        // The leader signs off with the number and date the compiler gave, which the sign-off offers.
        await LogInAsync(commune, "lanhdao", view);
        await Expect(commune.Locator("#trang-thai input[name=number]")).ToHaveValueAsync(DemoCommuneReport.DocumentNumber);
        await MoveAsync(commune, ReportTransition.SignOff, "đã gửi");
        await board.ShowsAsync("đã gửi", "3/4");
        await Expect(board.Row.Locator("td[data-timeliness]")).ToHaveTextAsync("đúng hạn");

        // The reviewer returns it with a reason on Biểu III.
        await board.Row.GetByRole(AriaRole.Link, new() { Name = "Trả lại…" }).ClickAsync();
        await district.ClickAsync("#trang-thai details summary");
        await district.FillAsync("textarea[name='r:bieu-III']", Reason);
        await MoveAsync(district, ReportTransition.Return, "trả lại");
        await board.ShowsAsync("trả lại", "2/4");
        await Expect(board.Returns).ToHaveTextAsync("1");

        // The commune sees the reason beside the part; the contributor fixes the value; compiler and leader send it again.
        await LogInAsync(commune, "chuyenmon", view);
        await Expect(commune.Locator("[id='phan-bieu-III'] p.returned[data-returned='bieu-III']")).ToHaveTextAsync($"Trả lại: {Reason}");
        await commune.GotoAsync(form);
        await SaveValueAsync(commune, "2.1", before + 1);
        await MarkFormDoneAsync(commune);
        await LogInAsync(commune, "tonghop", view);
        await MoveAsync(commune, ReportTransition.SendToLeader, "chờ ký");
        await board.ShowsAsync("chờ ký", "2/4");
        await LogInAsync(commune, "lanhdao", view);
        await MoveAsync(commune, ReportTransition.SignOff, "đã gửi");
        await Expect(commune.Locator("#phien-ban + table.versions tbody tr")).ToHaveCountAsync(2);
        await board.ShowsAsync("đã gửi", "3/4");

        // The reviewer compares version 2 with version 1: the changed value is listed.
        await board.Row.GetByRole(AriaRole.Link, new() { Name = "Mở báo cáo" }).ClickAsync();
        await district.Locator("table.versions").GetByRole(AriaRole.Link, new() { Name = "so với phiên bản 1" }).ClickAsync();
        await Expect(district.Locator("h1")).ToHaveTextAsync("Thay đổi từ phiên bản 1 đến phiên bản 2");
        var change = district.Locator("tr[data-key='III/2.1']");
        await Expect(change.Locator("td.old")).ToHaveTextAsync(Number(before + 4));
        await Expect(change.Locator("td.new")).ToHaveTextAsync(Number(before + 1));
        await Expect(district.Locator("table.diff tbody tr")).ToHaveCountAsync(1);
        await district.ScreenshotAsync(new() { Path = Artifact("so-sanh-phien-ban.png"), FullPage = true });

        // Accepted from the board.
        await board.ReloadAsync();
        await board.Row.Locator("button[data-accept]").ClickAsync();
        await Expect(district.Locator("#trang-thai strong[data-status]")).ToHaveTextAsync("đã tiếp nhận");
        await board.ShowsAsync("đã tiếp nhận", "3/4");
        await Expect(board.Returns).ToHaveTextAsync("1");
        await Expect(board.Row.Locator("td").First).ToHaveTextAsync("Xã An Bình");
        await district.ScreenshotAsync(new() { Path = Artifact("bang-theo-doi.png"), FullPage = true });

        var record = await report.RecordAsync();
        Assert.Equal((int)ReportStatus.Accepted, record.Status);
        await using var db = app.OpenDatabase();
        var versions = await db.ReportVersions.Where(v => v.ReportId == record.Id).OrderBy(v => v.Number).ToListAsync();
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.All(versions, v => Assert.Equal(DemoCommuneReport.DocumentNumber, v.DocumentNumber));
        var events = await db.ReportEvents.Where(e => e.ReportId == record.Id).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(
            ["SendToLeader tonghop", "SignOff lanhdao 1", "Return captren", "SendToLeader tonghop", "SignOff lanhdao 2", "Accept captren"],
            events.Select(e => $"{e.Transition} {e.UserName}{(e.Version is { } n ? $" {n}" : "")}"));
        Assert.Equal(new Dictionary<string, string> { ["bieu-III"] = Reason }, Storage.WorkflowStore.Reasons(events.Single(e => e.Transition == nameof(ReportTransition.Return))));
        Assert.Equal(before + 1, await report.NumberAsync("III/2.1"));
        foreach (var artifact in artifacts)
            Assert.True(new FileInfo(Artifact(artifact)).Length > 10_000, $"{artifact} is too small");
    }

    /// <summary>Logs out whoever is logged in on the page, then logs in as <paramref name="userName"/> on the way to <paramref name="url"/>.</summary>
    private static async Task LogInAsync(IPage page, string userName, string url)
    {
        var logout = page.Locator("form.logout button[type=submit]");
        if (await logout.CountAsync() > 0)
        {
            await logout.ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("Đăng nhập");
        }
        await page.GotoAsync(url);
        await page.FillAsync("input[name=UserName]", userName);
        await page.FillAsync("input[name=Password]", Domain.Demo.DemoUsers.Password);
        await page.ClickAsync("form.login button[type=submit]");
        await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(url)));
    }

    /// <summary>Clicks a workflow step on the report page and waits for the state it leads to.</summary>
    private static async Task MoveAsync(IPage page, ReportTransition transition, string state)
    {
        await page.ClickAsync($"button[data-move={transition}]");
        await Expect(page.Locator("#trang-thai strong[data-status]")).ToHaveTextAsync(state);
        await Expect(page.Locator("#trang-thai p.ok[role=status]")).ToBeVisibleAsync();
    }

    private static async Task SaveValueAsync(IPage page, string code, decimal value)
    {
        await page.FillAsync($"[id='i-{code}']", Number(value));
        await page.ClickAsync("#entry button[type=submit]");
        await Expect(page.Locator("p.ok[role=status]")).ToContainTextAsync("Đã lưu 1 thay đổi.");
        await Expect(page.Locator("form.part-status strong")).ToHaveTextAsync("đang làm");
    }

    /// <summary>Marks the form's part done from the form page; that leads to the report page.</summary>
    private static async Task MarkFormDoneAsync(IPage page)
    {
        await page.ClickAsync("form.part-status button[value=Done]");
        await Expect(page.Locator("[id='phan-bieu-III'] td.status-Done")).ToHaveTextAsync("xong");
    }

    private static string Number(decimal value) => Domain.Formatting.VietnameseNumbers.FormatNumber(value);

    /// <summary>The request's board, open on the reviewer's page and reloaded to see each step.</summary>
    private sealed class Board(IPage page, string url)
    {
        public string Url => url;
        public ILocator Row => page.Locator($"tr[data-unit='{DemoCommuneReport.Unit}']");
        public ILocator Returns => Row.Locator("td:nth-child(5)");

        public async Task ReloadAsync()
        {
            await page.GotoAsync(url);
            await Expect(page.Locator("h1")).ToHaveTextAsync("Tình hình nộp báo cáo quý I năm 2024");
        }

        public async Task ShowsAsync(string state, string completeness)
        {
            await ReloadAsync();
            await Expect(Row.Locator("td[data-status]")).ToHaveTextAsync(state);
            await Expect(page.Locator("strong[data-figure=completeness]")).ToHaveTextAsync(completeness);
        }
    }

    private static string Artifact(string name) =>
        Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName, name);
}
