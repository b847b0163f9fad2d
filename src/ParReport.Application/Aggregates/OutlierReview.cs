using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Aggregation;
using ParReport.Domain.Workflow;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Application.Aggregates;

/// <summary>
/// The unusual values of a request's units for its reviewer: each unit against its peers in the request (the versions
/// sent as well as those accepted, since the reviewer reviews them) and against its own earlier periods. They never
/// block anything; the reviewer marks one explained with a note, which holds for that version of the report.
/// </summary>
public sealed class OutlierReview(ParReportDbContext db, AggregateQuery aggregates, TimeProvider clock)
{
    public const int NoteLength = 1000;

    /// <summary>An unusual value of one unit's report, with the reviewer's note when it is explained.</summary>
    public sealed record Flag(Outlier Outlier, int ReportId, OutlierNoteRecord? Note)
    {
        public bool IsExplained => Note is not null;
    }

    /// <summary>The flags of every unit of the request, or of one (<paramref name="unitCode"/>); readers of the units' reports only.</summary>
    /// <param name="request">The request, when the caller has read it already: not read again.</param>
    public async Task<Result<IReadOnlyList<Flag>>> ListAsync(Actor actor, int requestId, string? unitCode = null, CancellationToken cancel = default,
        Domain.Periods.ReportingRequest? request = null)
    {
        var loaded = await aggregates.LoadAsync(actor, requestId, includeSent: true, cancel, request);
        if (!loaded.IsDone) return Result<IReadOnlyList<Flag>>.Of(loaded.Outcome, loaded.Messages);
        var view = loaded.Value!;
        var earlier = await aggregates.EarlierReportsAsync(view, cancel);
        // One unit's report page compares only that unit with its own history; its peers are all needed still.
        var compared = unitCode is null ? view.Units : view.Units.Where(u => u.Unit.Code == unitCode).ToList();
        var outliers = Outliers.AmongPeers(view.Template, view.Units).Where(o => unitCode is null || o.Unit.Code == unitCode)
            .Concat(compared.SelectMany(u => Outliers.AgainstHistory(view.Template, u, earlier.GetValueOrDefault(u.Unit.Code) ?? []))).ToList();
        // The request's reports with their notes, in one command.
        var stored = await db.Reports.AsNoTracking().Where(r => r.RequestId == requestId)
            .Select(r => new { r.Id, r.Unit.Code, Notes = db.OutlierNotes.Where(n => n.ReportId == r.Id).ToList() }).ToListAsync(cancel);
        var reports = stored.ToDictionary(r => r.Code, r => r.Id);
        var notes = stored.SelectMany(r => r.Notes).ToDictionary(n => (n.ReportId, n.Version, n.Key));
        return Result<IReadOnlyList<Flag>>.Done(outliers.Where(o => reports.ContainsKey(o.Unit.Code))
            .Select(o => new Flag(o, reports[o.Unit.Code], notes.GetValueOrDefault((reports[o.Unit.Code], o.Version ?? 0, o.Indicator.Key))))
            .OrderBy(f => f.IsExplained).ThenByDescending(f => f.Outlier.Score).ToList());
    }

    /// <summary>
    /// Marks the unusual value of <paramref name="key"/> in the unit's report explained, for the version flagged now; a
    /// later version is flagged afresh. Only the request's reviewers, who review the report.
    /// </summary>
    public async Task<Result<OutlierNoteRecord>> ExplainAsync(Actor actor, int requestId, string unitCode, string key, string? note, CancellationToken cancel = default)
    {
        var issuer = await db.Requests.AsNoTracking().Where(r => r.Id == requestId).Select(r => r.IssuerUnit.Code).FirstOrDefaultAsync(cancel);
        if (issuer is null) return Result<OutlierNoteRecord>.Of(Outcome.NotFound);
        var tree = await new UnitStore(db).LoadTreeAsync(cancel);
        if (!actor.Access.May(ReportAction.Review, unitCode, tree, issuer)) return Result<OutlierNoteRecord>.Of(Outcome.Forbidden);
        var text = note?.Trim() ?? "";
        if (text.Length == 0) return Result<OutlierNoteRecord>.Refused(OutlierMessages.ExplainNeedsNote);
        if (text.Length > NoteLength) return Result<OutlierNoteRecord>.Refused(OutlierMessages.NoteTooLong(NoteLength));
        var listed = await ListAsync(actor, requestId, unitCode, cancel);
        if (!listed.IsDone) return Result<OutlierNoteRecord>.Of(listed.Outcome, listed.Messages);
        if (listed.Value!.FirstOrDefault(f => f.Outlier.Indicator.Key == key) is not { } flag) return Result<OutlierNoteRecord>.Refused(OutlierMessages.NotFlagged);
        var version = flag.Outlier.Version ?? 0;
        var record = await db.OutlierNotes.FirstOrDefaultAsync(n => n.ReportId == flag.ReportId && n.Version == version && n.Key == key, cancel);
        if (record is null) db.OutlierNotes.Add(record = new OutlierNoteRecord { ReportId = flag.ReportId, Version = version, Key = key, Note = text, UserName = actor.UserName, FullName = actor.FullName });
        (record.Note, record.UserName, record.FullName, record.At) = (text, actor.UserName, actor.FullName, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancel);
        }
        catch (DbUpdateException)
        {
            // Two reviewers explained it at once: the other note is kept.
            return Result<OutlierNoteRecord>.Of(Outcome.Conflict, OutlierMessages.ExplainedMeanwhile);
        }
        return Result<OutlierNoteRecord>.Done(record);
    }
}
