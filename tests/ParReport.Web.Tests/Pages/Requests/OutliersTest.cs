using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Workflow;
using ParReport.Storage.Records;

namespace ParReport.Web.Tests.Pages.Requests;

/// <summary>
/// Unusual values for the district's reviewer, on the board and on the commune's report: a commune planted far above
/// its peers is flagged with its reason, the reviewer explains it, and only the reviewer may.
/// </summary>
public sealed class OutliersTest
{
    private const string Key = "III/3.1.1";

    [Fact]
    public async Task With_four_communes_the_board_claims_nothing()
    {
        using var app = new ParReportApplication();
        var requestId = await app.RequestIdAsync();
        var reviewer = await app.LoggedInClientAsync("captren");

        var board = await reviewer.GetStringAsync($"/Requests/Board/{requestId}");
        Assert.Contains("id=\"bat-thuong\"", board);
        Assert.Contains("data-outliers=\"none\"", board);
    }

    [Fact]
    public async Task A_commune_far_above_its_peers_is_flagged_on_the_board_and_its_report_and_the_reviewer_explains_it()
    {
        using var app = new ParReportApplication();
        var requestId = await app.RequestIdAsync();
        var usual = await PlantCommunesAsync(app, requestId, [0.9m, 1.05m, 1.15m, 0.95m, 8m]);
        var reviewer = await app.LoggedInClientAsync("captren");

        var board = await reviewer.GetStringAsync($"/Requests/Board/{requestId}");
        var flag = $"data-outlier=\"xa-thu-5|{Key}|AmongPeers\"";
        Assert.Contains(flag, board);
        Assert.Contains($"Xã Thử 5: {Domain.Formatting.VietnameseNumbers.FormatNumber(Math.Round(usual * 8m))} hồ sơ, gấp", board);
        Assert.DoesNotContain($"data-outlier=\"xa-thu-2|{Key}|", board);

        var report = await reviewer.GetStringAsync($"/Reports/View/{requestId}/xa-thu-5");
        Assert.Contains(flag, report);

        // Someone who does not review the commune's report may read the board but not explain.
        var districtCompiler = await app.LoggedInClientAsync("tonghophuyen");
        var refused = await ParReportApplication.PostFormAsync(districtCompiler, $"/Requests/Board/{requestId}?handler=Explain",
            ("unit", "xa-thu-5"), ("key", Key), ("note", "Xã tổ chức đợt cấp đổi giấy tờ."), ("from", "board"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var empty = await ParReportApplication.PostFormAsync(reviewer, $"/Requests/Board/{requestId}?handler=Explain",
            ("unit", "xa-thu-5"), ("key", Key), ("note", "  "), ("from", "board"));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains(Domain.Aggregation.OutlierMessages.ExplainNeedsNote, await empty.Content.ReadAsStringAsync());

        var explained = await ParReportApplication.PostFormAsync(reviewer, $"/Requests/Board/{requestId}?handler=Explain",
            ("unit", "xa-thu-5"), ("key", Key), ("note", "Xã tổ chức đợt cấp đổi giấy tờ."), ("from", "report"));
        Assert.Equal(HttpStatusCode.OK, explained.StatusCode);
        Assert.Equal($"/Reports/View/{requestId}/xa-thu-5", explained.RequestMessage!.RequestUri!.AbsolutePath);
        var after = await explained.Content.ReadAsStringAsync();
        Assert.Contains("Xã tổ chức đợt cấp đổi giấy tờ.", after);
        await using var db = app.OpenDatabase();
        var note = await db.OutlierNotes.SingleAsync();
        Assert.Equal((Key, 1, "captren"), (note.Key, note.Version, note.UserName));
    }

    /// <summary>
    /// Adds communes to the demo district that answered the request with the accepted demo report's figures, the
    /// dossiers resolved scaled by each factor; returns the demo report's own figure.
    /// </summary>
    private static async Task<decimal> PlantCommunesAsync(ParReportApplication app, int requestId, decimal[] factors)
    {
        await using var db = app.OpenDatabase();
        var district = await db.Units.SingleAsync(u => u.Code == "huyen-an-phu");
        var accepted = await db.Reports.Include(r => r.Unit).SingleAsync(r => r.RequestId == requestId && r.AcceptedVersion != null);
        var version = await db.ReportVersions.SingleAsync(v => v.ReportId == accepted.Id && v.Number == accepted.AcceptedVersion);
        var usual = JsonNode.Parse(version.Values)![Key]!["N"]!.GetValue<decimal>();
        for (var i = 0; i < factors.Length; i++)
        {
            var unit = new UnitRecord { Code = $"xa-thu-{i + 1}", Name = $"Xã Thử {i + 1}", Level = accepted.Unit.Level, ParentId = district.Id };
            var values = JsonNode.Parse(version.Values)!;
            values[Key]!["N"] = Math.Round(usual * factors[i]);
            var report = new ReportRecord
            {
                Unit = unit, RequestId = requestId, TemplateId = accepted.TemplateId, TemplateVersion = accepted.TemplateVersion,
                Status = (int)ReportStatus.Accepted, AcceptedVersion = 1,
            };
            db.RequestUnits.Add(new RequestUnitRecord { RequestId = requestId, Unit = unit });
            db.Reports.Add(report);
            await db.SaveChangesAsync();
            db.ReportVersions.Add(new ReportVersionRecord
            {
                ReportId = report.Id, Number = 1, SentAt = version.SentAt, SentBy = version.SentBy, DocumentNumber = version.DocumentNumber,
                DocumentDate = version.DocumentDate, Values = values.ToJsonString(), Narratives = version.Narratives, Docx = version.Docx,
            });
        }
        await db.SaveChangesAsync();
        return usual;
    }
}
