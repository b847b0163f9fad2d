using ParReport.Domain.Organisation;
using ParReport.Domain.Workflow;
using ParReport.Storage;

namespace ParReport.Application.Requests;

/// <summary>
/// The upper level's board of one request (<see cref="RequestBoard"/>), for the issuer's officials and those above
/// them, and the issuer's explicit changes to the units expected to answer it.
/// </summary>
public sealed class RequestBoardQuery(ParReportDbContext db, TimeProvider clock)
{
    public sealed record View(int RequestId, OrgUnit Issuer, RequestBoard Board, OrgTree Tree);

    /// <param name="actor">Who looks from the web; null for the command line.</param>
    public async Task<Result<View>> LoadAsync(Actor? actor, int requestId, CancellationToken cancel = default)
    {
        if (await new ReportStore(db).FindRequestAsync(requestId, cancel) is not { } request) return Result<View>.Of(Outcome.NotFound);
        var tree = await new UnitStore(db).LoadTreeAsync(cancel);
        var issuer = tree.Find(request.IssuerUnitCode)!;
        if (actor is not null && !actor.Access.Covers(issuer.Code, tree)) return Result<View>.Of(Outcome.Forbidden);
        var workflow = new WorkflowStore(db, clock);
        var expected = (await workflow.ExpectedUnitsAsync(requestId, cancel)).Select(tree.Find).OfType<OrgUnit>();
        var board = RequestBoard.Build(request, expected, await workflow.ProgressAsync(requestId, cancel), clock.GetUtcNow());
        return Result<View>.Done(new View(requestId, issuer, board, tree));
    }

    /// <summary>Adds a unit below the issuer to the request, or takes one out, with a reason: the issuer's compiler, reviewer or admin.</summary>
    public async Task<Result<bool>> SetExpectedAsync(Actor actor, int requestId, string unitCode, bool expected, string? reason, CancellationToken cancel = default)
    {
        if (await new ReportStore(db).FindRequestAsync(requestId, cancel) is not { } request) return Result<bool>.Of(Outcome.NotFound);
        var tree = await new UnitStore(db).LoadTreeAsync(cancel);
        if (actor.Access.UnitCode != request.IssuerUnitCode || !actor.Access.CanSendRequests(tree)) return Result<bool>.Of(Outcome.Forbidden);
        if (string.IsNullOrEmpty(unitCode) || tree.Find(unitCode) is not { } unit) return Result<bool>.Of(Outcome.NotFound);
        if (unit.ParentCode != request.IssuerUnitCode) return Result<bool>.Refused(RequestMessages.NotBelow(unit.Name, tree.Find(request.IssuerUnitCode)!.Name));
        var why = Domain.Text.TypedText.Clean(reason ?? "").Trim();
        if (why.Length == 0) return Result<bool>.Refused(RequestMessages.ReasonNeeded);
        await new WorkflowStore(db, clock).SetExpectedAsync(requestId, unitCode, expected, why.Length > 500 ? why[..500] : why, actor.UserName, cancel);
        return Result<bool>.Done(true);
    }
}
