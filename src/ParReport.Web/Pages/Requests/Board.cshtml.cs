using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParReport.Application.Aggregates;
using ParReport.Application.Requests;
using ParReport.Domain.Access;
using ParReport.Domain.Organisation;
using ParReport.Domain.Workflow;
using ParReport.Web.Pages.Reports;

namespace ParReport.Web.Pages.Requests;

/// <summary>
/// The upper level's board of one request: every unit that must report, its state, when it was sent, on time or late,
/// the returns; completeness and timeliness as figures and bars; filter by state; a unit's report one click away, and
/// accepting it from here. The issuer adds or removes a unit with a reason.
/// </summary>
public sealed class BoardModel(SignedInUser user, RequestBoardQuery boards, OutlierReview outliers) : PageModel
{
    public RequestBoardQuery.View View { get; private set; } = null!;
    public UserAccess Access { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public ReportStatus? State { get; set; }
    [BindProperty(SupportsGet = true)] public int? Sent { get; set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IEnumerable<BoardRow> Rows => View.Board.Rows.Where(r => State is null || r.Progress.Status == State && r.Started);

    /// <summary>Whether this user reviews the units' reports (returns and accepts them).</summary>
    public bool Reviews => Access.Is(Role.Reviewer) && Access.UnitCode == View.Issuer.Code;

    /// <summary>Whether this user reads the units' reports, and so their aggregate.</summary>
    public bool ReadsAggregate => Access.ReadsBelow;

    /// <summary>Whether this user may change which units must answer.</summary>
    public bool ManagesUnits => Access.UnitCode == View.Issuer.Code && Access.CanSendRequests(View.Tree);

    /// <summary>Units below the issuer not expected to answer, which may be added.</summary>
    public IEnumerable<OrgUnit> Others => View.Tree.ChildrenOf(View.Issuer.Code).Where(u => View.Board.Rows.All(r => r.Unit.Code != u.Code));

    public async Task<IActionResult> OnGetAsync(int requestId, CancellationToken cancel) => await LoadAsync(requestId, cancel) ?? Page();

    /// <summary>Adds a unit to the request or takes one out, with a reason.</summary>
    public async Task<IActionResult> OnPostUnitAsync(int requestId, string? unit, bool? expected, string? reason, CancellationToken cancel)
    {
        if (!ModelState.IsValid || string.IsNullOrWhiteSpace(unit) || expected is not { } add) return BadRequest();
        var result = await boards.SetExpectedAsync(await user.ActorAsync(), requestId, unit, add, reason, cancel);
        if (result.IsDone) return Redirect($"/Requests/Board/{requestId}");
        if (await LoadAsync(requestId, cancel) is { } refused) return refused;
        if (result.Outcome is Application.Outcome.NotFound or Application.Outcome.Forbidden) return StatusCode(ReportPageModel.Status(result.Outcome));
        Errors = result.Messages;
        Response.StatusCode = ReportPageModel.Status(result.Outcome);
        return Page();
    }

    /// <summary>The unusual values of the units' reports, for those who read them; explained by the reviewers.</summary>
    public Shared.OutliersPanel? Outliers { get; private set; }

    /// <summary>Marks an unusual value explained for the version flagged, with a note; back to the board or to the unit's report.</summary>
    public async Task<IActionResult> OnPostExplainAsync(int requestId, string? unit, string? key, string? note, string? from, CancellationToken cancel)
    {
        if (string.IsNullOrEmpty(unit) || string.IsNullOrEmpty(key)) return BadRequest();
        var result = await outliers.ExplainAsync(await user.ActorAsync(), requestId, unit, key, note, cancel);
        var back = from == "report" ? $"/Reports/View/{requestId}/{Uri.EscapeDataString(unit)}" : $"/Requests/Board/{requestId}";
        if (result.IsDone) return Redirect($"{back}#bat-thuong");
        if (result.Outcome is Application.Outcome.NotFound or Application.Outcome.Forbidden) return StatusCode(ReportPageModel.Status(result.Outcome));
        if (await LoadAsync(requestId, cancel, result.Messages) is { } refused) return refused;
        Response.StatusCode = ReportPageModel.Status(result.Outcome);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int requestId, CancellationToken cancel, IReadOnlyList<string>? outlierErrors = null)
    {
        var actor = await user.ActorAsync();
        var result = await boards.LoadAsync(actor, requestId, cancel);
        if (!result.IsDone) return StatusCode(ReportPageModel.Status(result.Outcome));
        (View, Access) = (result.Value!, await user.AccessAsync());
        if (ReadsAggregate && await outliers.ListAsync(actor, requestId, cancel: cancel, request: View.Board.Request) is { IsDone: true } flags)
            Outliers = new(requestId, flags.Value!, Reviews, "board", unit => $"/Reports/View/{requestId}/{unit}#bat-thuong", outlierErrors ?? []);
        return null;
    }

    public string ReportUrl(BoardRow row) => $"/Reports/View/{View.RequestId}/{row.Unit.Code}";
}
