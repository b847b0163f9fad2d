using ParReport.Domain.Access;
using ParReport.Domain.Entry;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using ParReport.Domain.Workflow;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Application.Reports;

/// <summary>
/// One unit's report as a user may see it, loaded once they are known to be allowed to read it: its request,
/// template, state, values, parts' assignments, and what this user may do with it. Reading creates nothing: a report
/// row exists from its first write on. The upper level sees the last version sent, never a draft being edited.
/// </summary>
public sealed class ReportContext
{
    public required int RequestId { get; init; }
    /// <summary>The stored report's id; null until its first write.</summary>
    public required int? ReportId { get; init; }
    public required ReportingRequest Request { get; init; }
    public required ReportTemplate Template { get; init; }
    public required OrgTree Tree { get; init; }
    public required OrgUnit Unit { get; init; }
    public required OrgUnit Issuer { get; init; }
    public required Report Report { get; init; }
    public required Actor Actor { get; init; }
    public required ReportStatus Status { get; init; }
    public required DateTimeOffset? StatusSince { get; init; }

    /// <summary>The stored report's revision when it was read: a workflow step taken on what this user saw fails if it changed since.</summary>
    public required int? Revision { get; init; }
    public required IReadOnlyDictionary<string, AssignmentRecord> Assignments { get; init; }
    public required (string? Number, DateOnly? Date, string? Signer) Document { get; init; }

    /// <summary>
    /// Where the live report's values that no official typed came from (the dossiers, the units' aggregate), by key, as
    /// read with them; empty while a version is shown.
    /// </summary>
    public required IReadOnlyDictionary<string, string> Sources { get; init; }

    /// <summary>The number of the version shown when the reader is the upper level and the unit is editing again; null for the live report.</summary>
    public required int? ShownVersion { get; init; }

    public UserAccess Access => Actor.Access;

    /// <summary>Whether the user belongs to the unit (and sees the live report).</summary>
    public bool IsOwnUnit => Access.UnitCode == Unit.Code;

    public bool IsEditable => ReportStatuses.IsEditable(Status);

    public bool May(ReportAction action, ReportPart? part = null) =>
        Access.May(action, Unit.Code, Tree, Issuer.Code, part is null ? null : Assignments.GetValueOrDefault(part.Key)?.AssigneeId);

    public bool CanCompile => May(ReportAction.Compile);

    public bool CanWrite(ReportPart part) => May(ReportAction.WritePart, part);

    /// <summary>Sets the document's number, date and signer, and issues the assignment letter: the compiler or the unit's own leader.</summary>
    public bool CanSetDocument => Access.CanSetDocument(Unit.Code);

    /// <summary>Why a write is refused now because of the report's state; null when the unit may edit it.</summary>
    public string? LockMessage => IsEditable ? null : WorkflowMessages.Locked(Status, VietnamTime.Of(StatusSince ?? DateTimeOffset.UnixEpoch), Unit.Name, Issuer.Name);

    public string Url(string page = "View") => $"/Reports/{page}/{RequestId}/{Unit.Code}";

    /// <summary>The history page of one field of this report.</summary>
    public string TrailUrl(string subject, string key) => $"{Url("Trail")}?subject={subject}&key={Uri.EscapeDataString(key)}";

    /// <summary>
    /// The report, or why not: <see cref="Outcome.NotFound"/> when the request or the unit does not exist or the
    /// request was not sent to the unit, or (for a unit the user does not belong to) nothing is stored yet;
    /// <see cref="Outcome.Forbidden"/> when the user may not read it.
    /// </summary>
    public static async Task<Result<ReportContext>> LoadAsync(ParReportDbContext db, TimeProvider clock, Actor actor, int requestId, string unitCode, CancellationToken cancel)
    {
        var reports = new ReportStore(db);
        if (await reports.FindRequestAsync(requestId, unitCode, cancel) is not { } found) return Result<ReportContext>.Of(Outcome.NotFound);
        var (request, sentTo) = found;
        var tree = await new UnitStore(db).LoadTreeAsync(cancel);
        // Only the units the request was sent to answer it: as fixed when it was sent and changed since by its issuer,
        // also a unit moved elsewhere since.
        if (tree.Find(unitCode) is not { } unit || tree.Find(request.IssuerUnitCode) is not { } issuer || !sentTo)
            return Result<ReportContext>.Of(Outcome.NotFound);
        var access = actor.Access;
        if (!access.May(ReportAction.Read, unitCode, tree) && !(access.ReadsBelow && access.Covers(issuer.Code, tree)))
            return Result<ReportContext>.Of(Outcome.Forbidden);

        // The report's row (state, revision, document) and its values come in one load.
        var stored = await reports.FindStoredAsync(requestId, unitCode, cancel);
        var record = stored?.Record;
        if (record is null && unitCode != actor.Access.UnitCode) return Result<ReportContext>.Of(Outcome.NotFound);
        var status = (ReportStatus?)record?.Status ?? ReportStatus.Draft;
        var report = stored?.Report ?? Report.Empty(unitCode, request.Period, request.Template);
        var document = (record?.DocumentNumber, record?.DocumentDate, record?.SignerName);
        int? shown = null;
        if (unitCode != actor.Access.UnitCode && record is not null && !ReportStatuses.IsSent(status))
        {
            // The upper level works from what was sent; while the unit edits again, that is its last version.
            var last = await new WorkflowStore(db, clock).LastVersionAsync(record.Id, report, cancel);
            report = last?.Report ?? Report.Empty(unitCode, request.Period, request.Template);
            document = (last?.DocumentNumber, last?.DocumentDate, last?.SignerName);
            shown = last?.Number ?? 0;
        }
        var assignments = record is null ? [] : await new EntryStore(db, clock).AssignmentsAsync(record.Id, cancel);
        return Result<ReportContext>.Done(new ReportContext
        {
            RequestId = requestId,
            ReportId = record?.Id,
            Request = request,
            Template = TemplateCatalog.BuiltIn.Get(request.Template),
            Tree = tree,
            Unit = unit,
            Issuer = issuer,
            Report = report,
            Actor = actor,
            Status = status,
            StatusSince = record?.StatusSince,
            Revision = record?.Revision,
            // Who fills what, and how far, is the unit's work in progress: not shown with a version.
            Assignments = shown is null ? assignments.ToDictionary(a => a.PartKey) : new Dictionary<string, AssignmentRecord>(),
            Document = document,
            Sources = shown is null && record is not null
                ? record.Values.Where(v => v.Source is not null).ToDictionary(v => v.Key, v => v.Source!)
                : new Dictionary<string, string>(),
            ShownVersion = shown,
        });
    }
}
