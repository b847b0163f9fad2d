namespace ParReport.Web.Tests;

/// <summary>Every answer carries the security headers; the policy lets no inline script run.</summary>
public class SecurityHeadersTest
{
    [Theory]
    [InlineData("/Account/Login", false)]
    [InlineData("/site.css", false)]
    [InlineData("/", true)]
    [InlineData("/Requests/Board", true)]
    [InlineData("/api/v1/requests", true)]
    [InlineData("/trang-khong-co", true)]
    public async Task Pages_files_and_the_API_carry_the_security_headers(string url, bool loggedIn)
    {
        await using var app = new ParReportApplication();
        var client = loggedIn ? await app.LoggedInClientAsync("captren") : app.CreateClient();

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy);
        Assert.DoesNotContain("unsafe-inline';", policy.Split("style-src")[0]);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task No_page_has_an_inline_script_or_an_inline_event_handler()
    {
        var pages = Directory.GetFiles(Path.Combine(SourceRoot(), "src", "ParReport.Web", "Pages"), "*.cshtml", SearchOption.AllDirectories);
        var inline = pages.Where(p => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(p), @"<script>|<script\s+(?![^>]*\bsrc=)[^>]*>|\son[a-z]+\s*=\s*""")).ToList();
        Assert.True(pages.Length > 10);
        Assert.Empty(inline);
    }

    private static string SourceRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "ParReport.slnx")) || Directory.Exists(Path.Combine(folder.FullName, "src", "ParReport.Web"))) return folder.FullName;
        throw new DirectoryNotFoundException("the repository root");
    }
}
