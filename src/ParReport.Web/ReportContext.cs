using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Access;
using ParReport.Domain.Entry;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Web;

/// <summary>
/// One unit's report as the pages of a report see it, loaded once the signed-in user is known to be allowed to read
/// it: its request, template, values, parts' assignments, and what this user may do with it.
/// </summary>
public sealed class ReportContext
{
    public required int RequestId { get; init; }
    public required int ReportId { get; init; }
    public required ReportingRequest Request { get; init; }
    public required ReportTemplate Template { get; init; }
    public required OrgTree Tree { get; init; }
    public required OrgUnit Unit { get; init; }
    public required Report Report { get; init; }
    public required UserAccess Access { get; init; }
    public required IReadOnlyDictionary<string, AssignmentRecord> Assignments { get; init; }

    public bool CanCompile => Access.CanCompile(Unit.Code);

    public bool CanWrite(ReportPart part) => Access.CanWrite(Unit.Code, Assignments.GetValueOrDefault(part.Key)?.AssigneeId);

    public string Url(string page = "View") => $"/Reports/{page}/{RequestId}/{Unit.Code}";

    /// <summary>The history page of one field of this report.</summary>
    public string TrailUrl(string subject, string key) => $"{Url("Trail")}?subject={subject}&key={Uri.EscapeDataString(key)}";

    /// <summary>Sets the document's number, date and signer: the compiler or the unit's own leader.</summary>
    public bool CanSetDocument => Access.CanSetDocument(Unit.Code);

    /// <summary>
    /// The report, or the status code that refuses it: 404 when the request, the unit or (for a unit the user does
    /// not belong to) the report does not exist; 403 when the user may not read it. A unit's own officials
    /// open an empty report on first visit.
    /// </summary>
    public static async Task<(ReportContext? Context, int Status)> LoadAsync(ParReportDbContext db, SignedInUser user, TimeProvider clock,
        int requestId, string unitCode, CancellationToken cancel)
    {
        var reports = new ReportStore(db);
        if (await reports.FindRequestAsync(requestId, cancel) is not { } request) return (null, StatusCodes.Status404NotFound);
        var tree = await new UnitStore(db).LoadTreeAsync(cancel);
        // Only the units the request was sent to answer it.
        if (tree.Find(unitCode) is not { } unit || unit.ParentCode != request.IssuerUnitCode) return (null, StatusCodes.Status404NotFound);
        var access = await user.AccessAsync();
        if (!access.CanRead(unitCode, tree)) return (null, StatusCodes.Status403Forbidden);

        var entry = new EntryStore(db, clock);
        var report = await reports.FindAsync(requestId, unitCode, cancel);
        if (report is null && unitCode != access.UnitCode) return (null, StatusCodes.Status404NotFound);
        var reportId = await entry.EnsureReportAsync(requestId, unitCode, cancel);
        report ??= Report.Empty(unitCode, request.Period, request.Template);
        return (new ReportContext
        {
            RequestId = requestId,
            ReportId = reportId,
            Request = request,
            Template = TemplateCatalog.BuiltIn.Get(request.Template),
            Tree = tree,
            Unit = unit,
            Report = report,
            Access = access,
            Assignments = (await entry.AssignmentsAsync(reportId, cancel)).ToDictionary(a => a.PartKey),
        }, StatusCodes.Status200OK);
    }
}
