using Microsoft.AspNetCore.Mvc.RazorPages;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Templates;
using ParReport.Storage;

namespace ParReport.Web.Pages;

/// <summary>The overview: the organisation tree, every reporting request and which units have reported.</summary>
public sealed class IndexModel(ParReportDbContext db, TimeProvider clock) : PageModel
{
    public OrgTree Tree { get; private set; } = null!;
    public IReadOnlyList<RequestRow> Requests { get; private set; } = [];

    public sealed record RequestRow(int Id, ReportingRequest Request, OrgUnit Issuer, ReportTemplate Template, IReadOnlyList<(OrgUnit Unit, bool Reported)> Units, bool Overdue)
    {
        public int ReportedCount => Units.Count(u => u.Reported);
    }

    public async Task OnGetAsync(CancellationToken cancel)
    {
        Tree = await new UnitStore(db).LoadTreeAsync(cancel);
        var store = new ReportStore(db);
        var reported = await store.ReportedUnitsAsync(cancel);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Requests = (await store.ListRequestsAsync(cancel))
            .OrderByDescending(r => r.Request.Period).ThenBy(r => r.Request.IssuerUnitCode)
            .Select(r => new RequestRow(r.Id, r.Request, Tree.Find(r.Request.IssuerUnitCode)!, TemplateCatalog.BuiltIn.Get(r.Request.Template),
                Tree.ChildrenOf(r.Request.IssuerUnitCode).Select(u => (u, reported[r.Id].Contains(u.Code))).ToList(),
                !r.Request.IsOnTime(today)))
            .ToList();
    }
}
