using Microsoft.AspNetCore.Mvc.RazorPages;
using ParReport.Domain.Access;
using ParReport.Domain.Entry;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Templates;
using ParReport.Storage;

namespace ParReport.Web.Pages;

/// <summary>
/// The overview for the signed-in user: the parts assigned to them, the reporting requests concerning the units
/// they may read with which of them have reported, and the organisation tree.
/// </summary>
public sealed class IndexModel(ParReportDbContext db, SignedInUser user, TimeProvider clock) : PageModel
{
    public OrgTree Tree { get; private set; } = null!;
    public UserAccess Access { get; private set; } = null!;
    public IReadOnlyList<RequestRow> Requests { get; private set; } = [];
    public IReadOnlyList<AssignedPart> Tasks { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public sealed record RequestRow(int Id, ReportingRequest Request, OrgUnit Issuer, ReportTemplate Template, IReadOnlyList<(OrgUnit Unit, bool Reported)> Units, bool Overdue)
    {
        public int ReportedCount => Units.Count(u => u.Reported);
    }

    /// <summary>A part assigned to the user.</summary>
    public sealed record AssignedPart(ReportPart Part, OrgUnit Unit, ReportingPeriod Period, string Url, DateOnly? Deadline, PartStatus Status);

    public async Task OnGetAsync(CancellationToken cancel)
    {
        Tree = await new UnitStore(db).LoadTreeAsync(cancel);
        Access = await user.AccessAsync();
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var store = new ReportStore(db);
        var reported = await store.ReportedUnitsAsync(cancel);
        Requests = (await store.ListRequestsAsync(cancel))
            .OrderByDescending(r => r.Request.Period).ThenBy(r => r.Request.IssuerUnitCode)
            .Select(r => new RequestRow(r.Id, r.Request, Tree.Find(r.Request.IssuerUnitCode)!, TemplateCatalog.BuiltIn.Get(r.Request.Template),
                Tree.ChildrenOf(r.Request.IssuerUnitCode).Where(u => Access.CanRead(u.Code, Tree)).Select(u => (u, reported[r.Id].Contains(u.Code))).ToList(),
                !r.Request.IsOnTime(Today)))
            .Where(r => r.Units.Count > 0)
            .ToList();
        Tasks = (await new EntryStore(db, clock).AssignedToAsync((await user.UserAsync()).Id, cancel))
            .Select(t =>
            {
                var template = TemplateCatalog.BuiltIn.Get(new TemplateRef(t.Report.TemplateId, t.Report.TemplateVersion));
                var part = ReportPart.Find(template, t.Assignment.PartKey)!;
                var page = part.Kind == ReportPartKind.Form ? "Form" : "Narrative";
                return new AssignedPart(part, Tree.Find(t.Report.Unit.Code)!, ReportingPeriod.Parse(t.Report.Request.PeriodCode),
                    $"/Reports/{page}/{t.Report.RequestId}/{t.Report.Unit.Code}/{part.Code}", t.Assignment.Deadline, (PartStatus)t.Assignment.Status);
            })
            .OrderBy(t => t.Status == PartStatus.Done).ThenBy(t => t.Deadline ?? DateOnly.MaxValue)
            .ToList();
    }
}
