using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParReport.Application;
using ParReport.Application.Reports;
using ParReport.Storage;

namespace ParReport.Web.Pages.Reports;

/// <summary>What every page of one unit's report shares: loading it for the signed-in user, and answering a use case's refusal.</summary>
public abstract class ReportPageModel(ParReportDbContext db, SignedInUser user, TimeProvider clock) : PageModel
{
    public ReportContext Context { get; private set; } = null!;

    protected ParReportDbContext Db => db;
    protected TimeProvider Clock => clock;

    /// <summary>Loads the report; returns the refusal (403/404) when the user may not see it.</summary>
    protected async Task<IActionResult?> LoadReportAsync(int requestId, string unitCode, CancellationToken cancel)
    {
        var loaded = await ReportContext.LoadAsync(db, clock, await user.ActorAsync(), requestId, unitCode, cancel);
        if (!loaded.IsDone) return StatusCode(Status(loaded.Outcome));
        Context = loaded.Value!;
        return null;
    }

    /// <summary>The HTTP status of a use case's outcome.</summary>
    public static int Status(Outcome outcome) => outcome switch
    {
        Outcome.Done => StatusCodes.Status200OK,
        Outcome.NotFound => StatusCodes.Status404NotFound,
        Outcome.Forbidden => StatusCodes.Status403Forbidden,
        Outcome.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>A refusal for which the page has nothing to show: a bare status page.</summary>
    protected static bool IsBare(Outcome outcome) => outcome is Outcome.NotFound or Outcome.Forbidden;
}
