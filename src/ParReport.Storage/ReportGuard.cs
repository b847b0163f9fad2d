using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Workflow;

namespace ParReport.Storage;

/// <summary>
/// The one check every write to a report goes through: inside the write's transaction, one statement raises the
/// report's revision only if its state lets the unit edit it. A transition changes the state by a statement on the
/// same row, so on either database the two are ordered: a write either lands before the report is locked or is refused.
/// </summary>
internal static class ReportGuard
{
    private static readonly int[] Editable = ReportStatuses.All.Where(ReportStatuses.IsEditable).Select(s => (int)s).ToArray();

    /// <exception cref="ReportLockedException">The report is locked; the message says why and who can unlock it.</exception>
    public static async Task EnsureEditableAsync(this ParReportDbContext db, int reportId, CancellationToken cancel)
    {
        var raised = await db.Reports.Where(r => r.Id == reportId && Editable.Contains(r.Status))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Revision, r => r.Revision + 1), cancel);
        if (raised == 1) return;
        var report = await db.Reports.AsNoTracking().Where(r => r.Id == reportId)
            .Select(r => new { r.Status, r.StatusSince, Unit = r.Unit.Name, Issuer = r.Request.IssuerUnit.Name }).SingleOrDefaultAsync(cancel)
            ?? throw new KeyNotFoundException($"No report {reportId}.");
        throw new ReportLockedException(WorkflowMessages.Locked((ReportStatus)report.Status,
            Domain.Periods.VietnamTime.Of(report.StatusSince ?? DateTimeOffset.UnixEpoch), report.Unit, report.Issuer));
    }
}
