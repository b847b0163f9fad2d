using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Templates;
using ParReport.Domain.Workflow;
using ParReport.Storage;

namespace ParReport.Application.Requests;

/// <summary>
/// The requests concerning a user: those sent to a unit they may read, each with the units they may read and their
/// reports' states (null: nothing stored yet), newest period first. The home page and the API list them alike.
/// </summary>
public sealed class RequestList(ParReportDbContext db, TimeProvider clock)
{
    public sealed record Row(int Id, ReportingRequest Request, OrgUnit Issuer, ReportTemplate Template, IReadOnlyList<(OrgUnit Unit, ReportStatus? Status)> Units, bool Overdue)
    {
        public int SentCount => Units.Count(u => u.Status is { } s && ReportStatuses.IsSent(s));
    }

    public async Task<IReadOnlyList<Row>> ListAsync(Actor actor, CancellationToken cancel = default)
    {
        var tree = await new UnitStore(db).LoadTreeAsync(cancel);
        var overview = await new WorkflowStore(db, clock).OverviewAsync(cancel);
        var now = clock.GetUtcNow();
        return (await new ReportStore(db).ListRequestsAsync(cancel))
            .OrderByDescending(r => r.Request.Period).ThenBy(r => r.Request.IssuerUnitCode)
            .Select(r => new Row(r.Id, r.Request, tree.Find(r.Request.IssuerUnitCode)!, TemplateCatalog.BuiltIn.Get(r.Request.Template),
                overview[r.Id].Where(u => actor.Access.CanRead(u.UnitCode, tree) && tree.Find(u.UnitCode) is not null)
                    .Select(u => (tree.Find(u.UnitCode)!, u.Status)).OrderBy(u => u.Item1.Name).ToList(),
                now > r.Request.DeadlineAt))
            .Where(r => r.Units.Count > 0)
            .ToList();
    }

    /// <summary>One request as <see cref="ListAsync"/> gives it; forbidden when it concerns none of the units the user may read.</summary>
    public async Task<Result<Row>> FindAsync(Actor actor, int requestId, CancellationToken cancel = default)
    {
        if (await new ReportStore(db).FindRequestAsync(requestId, cancel) is null) return Result<Row>.Of(Outcome.NotFound);
        return (await ListAsync(actor, cancel)).FirstOrDefault(r => r.Id == requestId) is { } row ? Result<Row>.Done(row) : Result<Row>.Of(Outcome.Forbidden);
    }
}
