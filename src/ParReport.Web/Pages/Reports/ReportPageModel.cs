using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParReport.Application;
using ParReport.Application.Comments;
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

    /// <summary>The counts of the report's comment threads, once <see cref="LoadCommentCountsAsync"/> has read them.</summary>
    public ReportComments.Counts CommentCounts { get; private set; } = ReportComments.Counts.None;

    protected async Task LoadCommentCountsAsync(CancellationToken cancel) => CommentCounts = await new ReportComments(db, clock).CountsAsync(Context, cancel);

    /// <summary>The full names of the officials whose log-ins an audit trail keeps, so that pages show people, not accounts.</summary>
    public IReadOnlyDictionary<string, string> People { get; private set; } = new Dictionary<string, string>();

    protected async Task LoadPeopleAsync(IEnumerable<string> logins, CancellationToken cancel)
    {
        var wanted = logins.Distinct().ToList();
        People = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToDictionaryAsync(
            db.Users.Where(u => wanted.Contains(u.UserName!)), u => u.UserName!, u => u.FullName, cancel);
    }

    /// <summary>An official's full name from their log-in; the log-in itself for an account since deleted.</summary>
    public string Person(string login) => People.GetValueOrDefault(login) ?? login;

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
