using Microsoft.AspNetCore.Mvc;
using ParReport.Application;
using ParReport.Application.Comments;
using ParReport.Domain.Entry;
using ParReport.Storage;

namespace ParReport.Web.Pages.Reports;

/// <summary>
/// The comment threads of a report — all of them, or those of one part (with its values or boxes), value or narrative
/// box — each with its comments, a form to answer and a button to mark it resolved or reopen it, and a form to open a
/// thread. What may be said and by whom is <see cref="ReportComments"/>'s.
/// </summary>
public sealed class CommentsModel(ParReportDbContext db, SignedInUser user, TimeProvider clock, ReportComments comments) : ReportPageModel(db, user, clock)
{
    [BindProperty(SupportsGet = true)] public string? Target { get; set; }

    /// <summary>The target shown, when one is; null for the whole report.</summary>
    public CommentTarget? Shown { get; private set; }
    public IReadOnlyList<ReportComments.Thread> Threads { get; private set; } = [];

    /// <summary>What a new thread can be about: the shown target's part and what it holds, or every part.</summary>
    public IReadOnlyList<CommentTarget> Choices { get; private set; } = [];

    /// <summary>Why a comment was refused, and the text kept to be sent again; by thread (0: a new thread).</summary>
    public (int Thread, string Error, string Text)? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int requestId, string unitCode, CancellationToken cancel) =>
        await LoadReportAsync(requestId, unitCode, cancel) ?? await ShowAsync(cancel);

    /// <summary>Opens a thread on a target with its first comment.</summary>
    public async Task<IActionResult> OnPostAddAsync(int requestId, string unitCode, string? about, string? text, CancellationToken cancel)
    {
        if (await LoadReportAsync(requestId, unitCode, cancel) is { } refused) return refused;
        var result = await comments.OpenAsync(Context, about, text, cancel);
        return await AnswerAsync(result, 0, text, cancel);
    }

    public async Task<IActionResult> OnPostAnswerAsync(int requestId, string unitCode, int thread, string? text, CancellationToken cancel)
    {
        if (await LoadReportAsync(requestId, unitCode, cancel) is { } refused) return refused;
        return await AnswerAsync(await comments.AnswerAsync(Context, thread, text, cancel), thread, text, cancel);
    }

    /// <summary>Marks a thread resolved (<paramref name="resolved"/> true) or opens it again.</summary>
    public async Task<IActionResult> OnPostResolveAsync(int requestId, string unitCode, int thread, bool resolved, CancellationToken cancel)
    {
        if (await LoadReportAsync(requestId, unitCode, cancel) is { } refused) return refused;
        if (!ModelState.IsValid) return BadRequest();
        return await AnswerAsync(await comments.ResolveAsync(Context, thread, resolved, cancel), thread, null, cancel);
    }

    private async Task<IActionResult> AnswerAsync(Result<ReportComments.Thread> result, int thread, string? text, CancellationToken cancel)
    {
        if (result.IsDone) return Redirect(ReportComments.Url(Context, Target is { Length: > 0 } ? Target : result.Value!.Target.Key, result.Value!.Id));
        if (IsBare(result.Outcome)) return StatusCode(Status(result.Outcome));
        Refusal = (thread, string.Join(" ", result.Messages), text ?? "");
        return await ShowAsync(cancel, Status(result.Outcome));
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancel, int status = StatusCodes.Status200OK)
    {
        var listed = await comments.ListAsync(Context, Target, cancel);
        if (!listed.IsDone) return StatusCode(Status(listed.Outcome));
        Threads = listed.Value!;
        Shown = CommentTarget.Find(Context.Template, Target);
        Choices = Shown is { } shown
            ? CommentTarget.Within(Context.Template, shown.Part)
            : ReportPart.Of(Context.Template).Select(p => CommentTarget.Find(Context.Template, p.Key)!).ToList();
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>Where a target is filled in: its part's page, at the value or box.</summary>
    public string PlaceUrl(CommentTarget target) => target.Kind switch
    {
        CommentTargetKind.Value => $"{Context.Url("Form")}/{target.Part.Code}#f-{target.Key[(target.Key.IndexOf('/') + 1)..]}",
        _ when target.Part.Kind == ReportPartKind.Form => $"{Context.Url("Form")}/{target.Part.Code}",
        CommentTargetKind.Narrative => $"{Context.Url("Narrative")}/{target.Part.Code}#t-{Uri.EscapeDataString(target.Key)}",
        _ => $"{Context.Url("Narrative")}/{target.Part.Code}",
    };
}
