using System.Net;

namespace ParReport.Web.Tests.Pages;

public class IndexTest
{
    [Fact]
    public async Task The_overview_lists_the_demo_periods_units_and_which_have_sent_their_report()
    {
        using var app = new ParReportApplication();
        var client = await app.LoggedInClientAsync("quantri");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/"));

        Assert.Contains("Quý I năm 2024 — yêu cầu của Huyện An Phú", html);
        Assert.Contains("Năm 2023 — yêu cầu của Huyện Bắc Sơn", html);
        Assert.Contains("Quý I năm 2024 — yêu cầu của Tỉnh Minh Sơn", html);
        Assert.Contains("Chốt số liệu: 15/12/2023 – 14/03/2024", html);
        // Only reports signed off and sent count: of An Phú's quý I, one sent and one accepted; năm 2023 all four.
        Assert.Contains("Đã gửi <strong>2/4</strong> báo cáo", html);
        Assert.Contains("Đã gửi <strong>4/4</strong> báo cáo", html);
        // The other districts' năm 2023 reports were never sent.
        Assert.Contains("Chưa nộp (quá hạn)", html);
        Assert.Contains("Xã Đông Hưng", html);
        Assert.Contains("/Reports/View/", html);
        Assert.Contains("Quản lý người dùng", html);
    }

    [Fact]
    public async Task A_reviewer_sees_the_units_below_theirs_only()
    {
        using var app = new ParReportApplication();
        var html = WebUtility.HtmlDecode(await (await app.LoggedInClientAsync("captren")).GetStringAsync("/"));
        Assert.Contains("Quý I năm 2024 — yêu cầu của Huyện An Phú", html);
        Assert.Contains("Xã An Hòa", html);
        Assert.DoesNotContain("yêu cầu của Huyện Bắc Sơn", html);
        // The province's request to the districts concerns the reviewer's own district only.
        Assert.Contains("Quý I năm 2024 — yêu cầu của Tỉnh Minh Sơn", html);
        Assert.DoesNotContain("Huyện Đông Lạc", html);
        Assert.DoesNotContain("Quản lý người dùng", html);
    }

    [Fact]
    public async Task A_contributor_sees_the_parts_assigned_to_them_and_their_own_unit()
    {
        using var app = new ParReportApplication();
        var requestId = await app.RequestIdAsync();
        var html = WebUtility.HtmlDecode(await (await app.LoggedInClientAsync("chuyenmon")).GetStringAsync("/"));
        Assert.Contains("Việc được giao cho bạn", html);
        Assert.Contains($"<a href=\"/Reports/Form/{requestId}/an-phu-an-binh/III\">Biểu III. Cải cách TTHC</a>", html);
        Assert.Contains($"/Reports/Narrative/{requestId}/an-phu-an-binh/II.2", html);
        Assert.DoesNotContain("bieu-I\"", html);
        Assert.Contains("Xã An Bình", html);
        Assert.DoesNotContain("Xã An Hòa", html);
    }
}

public class IndexOwnReportsTest
{
    [Fact]
    public async Task The_compiler_sees_each_report_of_the_unit_with_its_parts_done_and_violations_as_stored()
    {
        using var app = new ParReportApplication();
        var requestId = await app.RequestIdAsync();
        await using (var setup = app.OpenDatabase())
        {
            // The draft gets two parts done and a negative count, so that neither column shows only what the demo starts with.
            var draft = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
                setup.Reports.Where(r => r.RequestId == requestId && r.Unit.Code == "an-phu-an-binh"));
            var template = Domain.Templates.TemplateCatalog.BuiltIn.Get(new Domain.Templates.TemplateRef(draft.TemplateId, draft.TemplateVersion));
            var assigned = setup.Assignments.Where(a => a.ReportId == draft.Id).ToList();
            foreach (var part in Domain.Entry.ReportPart.Of(template).Take(2))
            {
                if (assigned.FirstOrDefault(a => a.PartKey == part.Key) is not { } assignment)
                    setup.Assignments.Add(assignment = new Storage.Records.AssignmentRecord { ReportId = draft.Id, PartKey = part.Key });
                assignment.Status = (int)Domain.Entry.PartStatus.Done;
            }
            var stored = setup.IndicatorValues.Where(v => v.ReportId == draft.Id).ToList();
            var count = template.Indicators.First(i => i.Kind == Domain.Templates.IndicatorKind.Count);
            if (stored.FirstOrDefault(v => v.Key == count.Key) is not { } value)
                setup.IndicatorValues.Add(value = new Storage.Records.IndicatorValueRecord { ReportId = draft.Id, Key = count.Key });
            value.Number = -1;
            await setup.SaveChangesAsync();
        }
        var html = WebUtility.HtmlDecode(await (await app.LoggedInClientAsync("tonghop")).GetStringAsync("/"));
        var rows = System.Text.RegularExpressions.Regex.Matches(html,
            "<td><a href=\"/Reports/View/(\\d+)/an-phu-an-binh\">[^<]+</a></td>\\s*<td>([^<]+)</td>\\s*<td>(\\d+)/(\\d+)</td>\\s*<td>([^<]+)</td>");
        var draftRow = Assert.Single(rows, r => r.Groups[1].Value == requestId.ToString());
        Assert.Equal("2", draftRow.Groups[3].Value);
        Assert.NotEqual("không có", draftRow.Groups[5].Value);

        await using var db = app.OpenDatabase();
        var reports = new Storage.ReportStore(db);
        foreach (System.Text.RegularExpressions.Match row in rows)
        {
            var id = int.Parse(row.Groups[1].Value);
            var request = await reports.RequestAsync(id);
            var template = Domain.Templates.TemplateCatalog.BuiltIn.Get(request.Template);
            var report = await reports.FindAsync(id, "an-phu-an-binh") ?? Domain.Reports.Report.Empty("an-phu-an-binh", request.Period, request.Template);
            var record = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleOrDefaultAsync(
                db.Reports.Where(r => r.RequestId == id && r.Unit.Code == "an-phu-an-binh"));
            var assignments = record is null ? [] : await new Storage.EntryStore(db, app.Clock).AssignmentsAsync(record.Id);
            var parts = Domain.Entry.ReportPart.Of(template);
            var done = parts.Count(p => assignments.Any(a => a.PartKey == p.Key && a.Status == (int)Domain.Entry.PartStatus.Done));
            var violations = Domain.Reports.ReportValidator.Validate(template, report.Values).Violations.Count;
            var status = (Domain.Workflow.ReportStatus?)record?.Status ?? Domain.Workflow.ReportStatus.Draft;

            Assert.Equal(Domain.Workflow.ReportStatuses.Label(status), row.Groups[2].Value);
            Assert.Equal(done, int.Parse(row.Groups[3].Value));
            Assert.Equal(parts.Count, int.Parse(row.Groups[4].Value));
            Assert.Equal(violations == 0 ? "không có" : violations.ToString(), row.Groups[5].Value);
        }
    }
}
