using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ParReport.Web.Tests;

/// <summary>
/// A contributor fills a form in Debian's Chromium, driven by Playwright: the rate appears while typing, a violation
/// appears beside its field and goes once fixed, and the form saves. The page is kept as artifacts/nhap-bieu-mau*.png.
/// Skipped, saying why, where /usr/bin/chromium is missing, unless PARREPORT_REQUIRE_BROWSER=1 (as in CI).
/// </summary>
public class BrowserTest
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task A_contributor_fills_a_form_sees_the_live_rate_and_a_violation_fixes_it_and_saves()
    {
        if (!File.Exists(Chromium))
        {
            var reason = $"{Chromium} is not installed (.ci/run installs the chromium package).";
            if (Environment.GetEnvironmentVariable("PARREPORT_REQUIRE_BROWSER") == "1") Assert.Fail(reason);
            Assert.Skip(reason);
        }
        using var app = new ParReportApplication();
        app.UseKestrel(0);
        app.StartServer();
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var form = $"{baseUrl}/Reports/Form/{await app.RequestIdAsync()}/an-phu-an-binh/III";

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            // As root, without a sandbox; and without the background traffic this closed network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new() { Locale = "vi-VN", ViewportSize = new() { Width = 1280, Height = 900 } });

        await page.GotoAsync(form);
        await page.FillAsync("input[name=UserName]", "chuyenmon");
        await page.FillAsync("input[name=Password]", Domain.Demo.DemoUsers.Password);
        await page.ClickAsync("button[type=submit]");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Biểu III. Cải cách TTHC");

        var whole = page.Locator("[id='i-3.1.1']");
        var part = page.Locator("[id='i-3.1.2']");
        var rate = page.Locator("output[data-rate='3.1']");
        var partErrors = page.Locator("ul[data-errors='3.1.2']");

        await whole.FillAsync("1.034");
        await part.FillAsync("517");
        await Expect(rate).ToHaveTextAsync("50%");

        await part.FillAsync("1.100");
        await Expect(partErrors).ToContainTextAsync("Chỉ tiêu 3.1.2");
        await Expect(partErrors).ToContainTextAsync("(1.100) lớn hơn chỉ tiêu 3.1.1");
        await Expect(page.Locator("[id='f-3.1.2']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("has-error"));
        await Expect(page.Locator("#summary")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Artifact("nhap-bieu-mau-loi.png"), FullPage = true });

        await part.FillAsync("1.000");
        await Expect(rate).ToHaveTextAsync("96,7%");
        await Expect(partErrors).ToBeEmptyAsync();
        await Expect(page.Locator("#summary")).ToBeHiddenAsync();

        await page.ClickAsync("#entry button[type=submit]");
        await Expect(page.Locator("p.ok[role=status]")).ToContainTextAsync("Đã lưu");
        await Expect(page.Locator("output[data-rate='3.1']")).ToHaveTextAsync("96,7%");
        await page.ScreenshotAsync(new() { Path = Artifact("nhap-bieu-mau.png"), FullPage = true });

        await using var db = app.OpenDatabase();
        var stored = await db.IndicatorValues.Where(v => v.Key.StartsWith("III/3.1.") && db.Reports.Any(r => r.Id == v.ReportId && r.Unit.Code == "an-phu-an-binh" && r.Request.PeriodCode == "2024-Q1"))
            .ToDictionaryAsync(v => v.Key, v => v.Number);
        Assert.Equal(1034, stored["III/3.1.1"]);
        Assert.Equal(1000, stored["III/3.1.2"]);
        Assert.True(new FileInfo(Artifact("nhap-bieu-mau.png")).Length > 10_000);
    }

    private static string Artifact(string name) =>
        Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName, name);
}
