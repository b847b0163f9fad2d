using System.Net;
using Microsoft.EntityFrameworkCore;
using ParReport.Documents;
using ParReport.Domain.Dossiers;

namespace ParReport.Web.Tests.Pages.Dossiers;

/// <summary>A one-stop export larger than Kestrel's default 30 MB request limit, uploaded to the real server; refused early for officials without the right.</summary>
public class LargeUploadTest
{
    [Fact]
    public async Task An_export_of_several_hundred_thousand_dossiers_uploads_and_imports()
    {
        using var app = new ParReportApplication();
        app.UseKestrel(0);
        app.StartServer();
        var client = await app.LoggedInClientAsync();
        using var csv = new MemoryStream();
        var rows = DossierCsvWriter.Write(SyntheticDossiers.Generate(seed: 7, count: 340_000, until: new DateOnly(2024, 3, 14)), csv);
        Assert.True(csv.Length > 32 * 1024 * 1024, $"{csv.Length} bytes");

        var response = await ParReportApplication.UploadAsync(client, "/Dossiers?unit=an-phu-an-binh", "file", "mot-cua-ca-nam.csv", csv.ToArray());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Đã nhập từ mot-cua-ca-nam.csv: {Domain.Formatting.VietnameseNumbers.FormatNumber(rows)} hồ sơ mới, 0 hồ sơ cập nhật theo mã.",
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));

        // An official who may not import into the unit is refused before the body is read (with a large file the server
        // answers and closes while the client is still sending, so a small one shows the answer).
        var leader = await app.LoggedInClientAsync("lanhdao");
        var refused = await ParReportApplication.UploadAsync(leader, "/Dossiers?unit=an-phu-an-binh", "file", "nho.csv", "Mã hồ sơ\n"u8.ToArray());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        try
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await ParReportApplication.UploadAsync(leader, "/Dossiers?unit=an-phu-an-binh", "file", "lon.csv", csv.ToArray())).StatusCode);
        }
        catch (HttpRequestException)
        {
            // The server answered 403 and closed the connection while the client was still sending: the file was not read.
        }
        await using var db = app.OpenDatabase();
        Assert.Equal(rows, await db.DossierBlocks.SumAsync(b => (long)b.Count));
        Assert.Equal(1, await db.DossierImports.CountAsync());
    }
}
