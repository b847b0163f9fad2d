using Microsoft.EntityFrameworkCore;
using ParReport.Application.Comments;
using ParReport.Application.Notices;
using ParReport.Domain.Entry;
using ParReport.Domain.Reports;
using ParReport.Domain.Text;
using ParReport.Domain.Workflow;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Application.Reports;

/// <summary>
/// Moves a report through its workflow (<see cref="ReportWorkflow"/>): checks role, unit, state and readiness, records
/// the step with who, when and why (a return's reason for a part opens a comment thread on it), keeps the signed
/// version whole with its DOCX, and tells the people concerned.
/// </summary>
public sealed class MoveReport(ParReportDbContext db, TimeProvider clock, Mailer? mailer = null)
{
    public const int MaxComment = 2000;

    /// <param name="partReasons">A return's reasons by part key ("bieu-III"); blank ones are dropped, unknown parts refused.</param>
    /// <param name="number">For a sign-off: the document's number and date as the leader gives them; the stored ones when null.</param>
    public async Task<Result<ReportStatus>> RunAsync(ReportContext report, ReportTransition transition, string? comment,
        IReadOnlyDictionary<string, string>? partReasons = null, CancellationToken cancel = default, string? number = null, DateOnly? date = null)
    {
        number = Clean(number, 64);
        var document = transition == ReportTransition.SignOff
            ? (Number: number ?? report.Document.Number, Date: date ?? report.Document.Date, Signer: report.Document.Signer ?? report.Actor.FullName)
            : report.Document;
        if (!ReportWorkflow.IsAllowed(transition, report.Access, report.Unit.Code, report.Issuer.Code, report.Tree))
            return Result<ReportStatus>.Of(Outcome.Forbidden, WorkflowMessages.NotAllowed);
        comment = Clean(comment, MaxComment);
        var parts = ReportPart.Of(report.Template).ToDictionary(p => p.Key);
        var reasons = new Dictionary<string, string>();
        foreach (var (key, text) in partReasons ?? new Dictionary<string, string>())
        {
            if (!parts.ContainsKey(key)) return Result<ReportStatus>.Of(Outcome.NotFound);
            if (Clean(text, ReportEntry.MaxReason) is { } reason) reasons[key] = reason;
        }
        var facts = new TransitionFacts(
            ReportDocuments.Unfinished(report),
            ReportValidator.Validate(report.Template, report.Report.Values).Violations.Count,
            document.Number is not null && document.Date is not null,
            comment is not null || reasons.Count > 0);
        if (ReportWorkflow.Problems(transition, report.Status, facts) is { Count: > 0 } problems) return Result<ReportStatus>.Refused(problems);
        if (report.ReportId is not { } reportId) return Result<ReportStatus>.Refused(WorkflowMessages.Unfinished(facts.UnfinishedParts));

        // The document is made before the transaction: the report is locked while it waits for sign-off, so it cannot change meanwhile.
        var docx = transition == ReportTransition.SignOff ? await new ReportDocuments(db, clock).DocxAsync(report, final: true, signer: report.Actor.FullName, cancel, document) : null;
        var store = new WorkflowStore(db, clock);
        var comments = new ReportComments(db, clock, mailer);
        IReadOnlyList<CommentThreadRecord> opened = [];
        await using (var transaction = await db.Database.BeginTransactionAsync(cancel))
        {
            bool moved;
            try
            {
                int? version = null;
                if (docx is not null)
                {
                    await store.FixDocumentAsync(reportId, document.Number!, document.Date!.Value, document.Signer, cancel);
                    version = await store.AddVersionAsync(reportId, report.Report, report.Actor.FullName, document.Number!, document.Date!.Value, document.Signer, docx, cancel);
                }
                // The step is taken on the report as this user saw it: a colleague's save since then makes it a conflict.
                moved = await store.MoveAsync(reportId, transition, report.Status, report.Actor.UserName, report.Actor.FullName, comment, reasons, version, cancel,
                    report.Revision);
                // Each returned part's reason opens a thread on it, so that the unit answers it where the part is filled.
                if (moved && reasons.Count > 0 && ReportWorkflow.Target(transition) == ReportStatus.Returned)
                    opened = await comments.OpenForReturnAsync(report, reportId, reasons, cancel);
            }
            catch (DbUpdateException e) when (Database.IsUniqueViolation(e))
            {
                // Another sign-off at the same moment took the version's number first (PostgreSQL lets both read it), and the report with it.
                moved = false;
            }
            if (!moved)
            {
                await transaction.RollbackAsync(cancel);
                db.ChangeTracker.Clear();
                return Result<ReportStatus>.Of(Outcome.Conflict, WorkflowMessages.Moved);
            }
            await transaction.CommitAsync(cancel);
        }
        await new Notify(db, clock, mailer).ReportMovedAsync(report, transition, comment ?? (reasons.Count > 0 ? string.Join("; ", reasons.Values) : null), cancel);
        await comments.ReturnedAsync(report, reportId, opened, cancel);
        return Result<ReportStatus>.Done(ReportWorkflow.Target(transition));
    }

    private static string? Clean(string? text, int max)
    {
        var clean = TypedText.Clean(text ?? "").Trim();
        return clean.Length == 0 ? null : clean.Length > max ? clean[..max] : clean;
    }
}
