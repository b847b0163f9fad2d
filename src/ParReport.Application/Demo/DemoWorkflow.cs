using Microsoft.EntityFrameworkCore;
using ParReport.Application.Reports;
using ParReport.Domain.Access;
using ParReport.Domain.Demo;
using ParReport.Domain.Periods;
using ParReport.Domain.Workflow;
using ParReport.Storage;

namespace ParReport.Application.Demo;

/// <summary>
/// Moves the freshly seeded demo reports of the demo district along their workflow, so that its board has something
/// to show: the previous period's reports all sent on time and accepted; of the current period, one sent and one
/// accepted, the demo commune's own still a draft, the last commune not started.
/// </summary>
public static class DemoWorkflow
{
    public static async Task RunAsync(ParReportDbContext db, TimeProvider clock, CancellationToken cancel = default)
    {
        var current = DemoData.Current(clock);
        var requests = await db.Requests.AsNoTracking().Where(r => r.IssuerUnit.Code == DemoUsers.DistrictCode)
            .Select(r => new { r.Id, r.PeriodCode, r.Deadline }).ToListAsync(cancel);
        var units = await db.Units.AsNoTracking().Where(u => u.Parent!.Code == DemoUsers.DistrictCode).OrderBy(u => u.Id).Select(u => u.Code).ToListAsync(cancel);
        var number = 20;
        foreach (var request in requests)
        {
            var isCurrent = request.PeriodCode == current.Code;
            // Sent two days before the deadline for the previous period; yesterday for the current one.
            var sentAt = isCurrent ? clock.GetUtcNow().AddDays(-1) : VietnamTime.At(request.Deadline.AddDays(-2), new TimeOnly(9, 30));
            var plan = isCurrent ? [(units[1], ReportStatus.Sent), (units[2], ReportStatus.Accepted)] : units.Select(u => (u, ReportStatus.Accepted)).ToList();
            foreach (var (unit, target) in plan)
                await MoveAsync(db, request.Id, unit, target, sentAt, ++number, cancel);
        }
    }

    private static async Task MoveAsync(ParReportDbContext db, int requestId, string unitCode, ReportStatus target, DateTimeOffset sentAt, int number, CancellationToken cancel)
    {
        // The demo's steps happen at the times they would have, not at seeding time.
        var at = new DemoClock(sentAt.AddHours(-2));
        var leader = new Actor(new UserAccess("demo", unitCode, new HashSet<Role> { Role.Leader }), "demo", "Phó Chủ tịch UBND");
        var date = VietnamTime.Day(sentAt);
        var reportId = await new EntryStore(db, at).EnsureReportAsync(requestId, unitCode, cancel);
        await new EntryStore(db, at).SetDocumentAsync(reportId, $"{number}/BC-UBND", date, leader.FullName, "demo", cancel);
        var report = (await ReportContext.LoadAsync(db, at, leader, requestId, unitCode, cancel)).Value!;
        var store = new WorkflowStore(db, at);
        await store.MoveAsync(reportId, ReportTransition.SendToLeader, ReportStatus.Draft, "demo", "Cán bộ tổng hợp", null, null, null, cancel);
        at.Now = sentAt;
        var docx = await new ReportDocuments(db, at).DocxAsync(report, final: true, cancel: cancel);
        var version = await store.AddVersionAsync(reportId, report.Report, leader.FullName, $"{number}/BC-UBND", date, leader.FullName, docx, cancel);
        await store.MoveAsync(reportId, ReportTransition.SignOff, ReportStatus.AwaitingSignOff, "demo", leader.FullName, null, null, version, cancel);
        if (target != ReportStatus.Accepted) return;
        at.Now = sentAt.AddDays(1);
        await store.MoveAsync(reportId, ReportTransition.Accept, ReportStatus.Sent, "captren", DemoUsers.All.First(u => u.Role == Role.Reviewer).FullName, null, null, null, cancel);
    }
}
