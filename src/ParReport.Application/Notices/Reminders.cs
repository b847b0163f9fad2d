using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Access;
using ParReport.Domain.Organisation;
using ParReport.Domain.Workflow;
using ParReport.Storage;

namespace ParReport.Application.Notices;

/// <summary>
/// Reminds each unit that has not sent its report: its compiler and leader, once when the deadline is the request's
/// number of reminder days away or nearer, then once on each day it is overdue (for at most <see cref="OverdueDays"/>
/// days). Safe to run as often as wanted: a notice is given once per key.
/// </summary>
public sealed class Reminders(ParReportDbContext db, TimeProvider clock, Mailer? mailer = null)
{
    public const int OverdueDays = 60;

    /// <returns>How many notices were given.</returns>
    public async Task<int> RunAsync(CancellationToken cancel = default)
    {
        var now = clock.GetUtcNow();
        var today = Domain.Periods.VietnamTime.Day(now);
        var store = new ReportStore(db);
        var workflow = new WorkflowStore(db, clock);
        var notify = new Notify(db, clock, mailer);
        var tree = await new UnitStore(db).LoadTreeAsync(cancel);
        var given = 0;
        var candidates = await db.Requests.AsNoTracking()
            .Where(r => r.Deadline >= today.AddDays(-OverdueDays) && r.Deadline <= today.AddDays(Requests.SendRequest.MaxReminderDays)).Select(r => r.Id).ToListAsync(cancel);
        foreach (var requestId in candidates)
        {
            var request = await store.RequestAsync(requestId, cancel);
            var deadline = request.DeadlineAt;
            var left = (int)Math.Ceiling((deadline - now).TotalDays);
            var overdue = now > deadline;
            if (!overdue && left > request.ReminderDays) continue;
            var progress = await workflow.ProgressAsync(requestId, cancel);
            foreach (var code in await workflow.ExpectedUnitsAsync(requestId, cancel))
            {
                if (progress.GetValueOrDefault(code) is { } p && ReportStatuses.IsSent(p.Status)) continue;
                if (tree.Find(code) is not OrgUnit unit) continue;
                var timeliness = Timeliness.Of(deadline, null, now);
                var (key, text) = overdue
                    ? ($"overdue:{requestId}:{code}:{today:yyyyMMdd}", NoticeMessages.Overdue(request, unit.Name, timeliness.Days))
                    : ($"due:{requestId}:{code}", NoticeMessages.DueSoon(request, unit.Name, left));
                var users = await notify.UsersAsync(code, [Role.Compiler, Role.Leader], cancel);
                given += (await notify.SendAsync(users, key, text, $"/Reports/View/{requestId}/{code}", cancel)).Count;
            }
        }
        return given;
    }
}
