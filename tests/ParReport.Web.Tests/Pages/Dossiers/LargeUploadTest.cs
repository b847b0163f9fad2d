using System.Net;
using ParReport.Documents;
using ParReport.Domain.Dossiers;

namespace ParReport.Web.Tests.Pages.Dossiers;

/// <summary>A one-stop export larger than Kestrel's default 30 MB request limit, uploaded to the real server.</summary>
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

        var response = await ParReportApplication.UploadAsync(client, "/Dossiers", "file", "mot-cua-ca-nam.csv", csv.ToArray(), ("unit", "an-phu-an-binh"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Đã nhập từ mot-cua-ca-nam.csv: {Domain.Formatting.VietnameseNumbers.FormatNumber(rows)} hồ sơ mới, 0 hồ sơ cập nhật theo mã.",
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }
}
