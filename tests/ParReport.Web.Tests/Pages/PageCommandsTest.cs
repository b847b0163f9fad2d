using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Workflow;
using ParReport.Storage.Records;

namespace ParReport.Web.Tests.Pages;

/// <summary>
/// The SQL commands the busiest pages issue: a few, whatever the number of units answering a request. A query per unit
/// or per value (or a whole table read row by row) shows here as a count that grows when communes are added.
/// </summary>
public sealed class PageCommandsTest
{
    [Fact]
    public async Task The_home_report_form_board_and_aggregate_pages_issue_as_many_commands_with_twelve_more_communes()
    {
        using var app = new ParReportApplication();
        var counter = new SqlCommandCounter();
        using var counted = counter.Attach(app);
        var requestId = await app.RequestIdAsync();
        var districtRequest = await app.RequestIdAsync("tinh-minh-son");
        // What each page may issue, the session check included (it reads the account, its roles, the unread notices and
        // the units' stamp in one command).
        (string User, string Url, int Budget)[] pages =
        [
            ("tonghop", "/", 10),
            ("lanhdao", "/", 10),
            ("captren", "/", 6),
            ("quantri", "/", 6),
            ("tonghop", $"/Reports/View/{requestId}/an-phu-an-binh", 10),
            ("tonghop", $"/Reports/Form/{requestId}/an-phu-an-binh/III", 8),
            ("tonghop", $"/Reports/Comments/{requestId}/an-phu-an-binh", 10),
            ("captren", $"/Reports/View/{requestId}/an-phu-an-hoa", 12),
            ("captren", $"/Requests/Board/{requestId}", 8),
            ("captren", $"/Requests/Aggregate/{requestId}?sent=true", 6),
            ("tonghophuyen", $"/Reports/View/{districtRequest}/huyen-an-phu", 12),
            ("tonghophuyen", $"/Reports/Form/{districtRequest}/huyen-an-phu/6", 8),
        ];
        var clients = new Dictionary<string, HttpClient>();
        foreach (var user in pages.Select(p => p.User).Distinct())
        {
            clients[user] = counted.CreateClient();
            Assert.True((await ParReportApplication.LogInAsync(clients[user], user, ParReportApplication.DemoPassword)).IsSuccessStatusCode);
        }

        async Task<int[]> CountAsync()
        {
            var counts = new List<int>();
            foreach (var (user, url, _) in pages)
            {
                // The first read after a change refreshes what the process keeps (the tree, the aggregates).
                (await clients[user].GetAsync(url)).EnsureSuccessStatusCode();
                counter.Reset();
                (await clients[user].GetAsync(url)).EnsureSuccessStatusCode();
                counts.Add(counter.Commands.Count);
            }
            return counts.ToArray();
        }

        var demo = await CountAsync();
        await AddAnsweringCommunesAsync(app, requestId, 12);
        var more = await CountAsync();

        for (var i = 0; i < pages.Length; i++)
        {
            Assert.True(demo[i] <= pages[i].Budget, $"{pages[i].Url} as {pages[i].User}: {demo[i]} commands, more than {pages[i].Budget}");
            Assert.True(demo[i] == more[i], $"{pages[i].Url} as {pages[i].User}: {demo[i]} commands with the demo's communes, {more[i]} with 12 more");
        }
    }

    /// <summary>Adds communes to the demo district whose reports of the request were accepted, with the accepted demo report's values.</summary>
    private static async Task AddAnsweringCommunesAsync(ParReportApplication app, int requestId, int count)
    {
        await using var db = app.OpenDatabase();
        var district = await db.Units.SingleAsync(u => u.Code == "huyen-an-phu");
        var accepted = await db.Reports.Include(r => r.Unit).SingleAsync(r => r.RequestId == requestId && r.AcceptedVersion != null);
        var version = await db.ReportVersions.SingleAsync(v => v.ReportId == accepted.Id && v.Number == accepted.AcceptedVersion);
        for (var i = 1; i <= count; i++)
        {
            var unit = new UnitRecord { Code = $"xa-them-{i}", Name = $"Xã Thêm {i}", Level = accepted.Unit.Level, ParentId = district.Id };
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
                DocumentDate = version.DocumentDate, Values = version.Values, Narratives = version.Narratives, Docx = version.Docx,
            });
        }
        await db.SaveChangesAsync();
    }
}
