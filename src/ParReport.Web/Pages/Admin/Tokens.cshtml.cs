using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParReport.Application.Accounts;
using ParReport.Storage.Records;
using ParReport.Web.Pages.Reports;

namespace ParReport.Web.Pages.Admin;

/// <summary>An admin's personal access tokens for the API: issue one for a user of their units (shown once), list them, revoke them.</summary>
public sealed class TokensModel(SignedInUser user, ApiTokens tokens, TimeProvider clock) : PageModel
{
    public IReadOnlyList<UserRecord> Owners { get; private set; } = [];
    public IReadOnlyList<ApiTokens.Listed> Tokens { get; private set; } = [];
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Done { get; private set; }

    /// <summary>The secret of the token just issued: shown on this answer only.</summary>
    public ApiTokens.Issued? Issued { get; private set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) => await ShowAsync(cancel);

    public async Task<IActionResult> OnPostIssueAsync(string? owner, string? name, int? days, CancellationToken cancel)
    {
        if (!ModelState.IsValid) return await ShowAsync(cancel, StatusCodes.Status400BadRequest, [TokenMessages.BadDays(ApiTokens.MaxDays)]);
        var result = await tokens.IssueAsync(await user.ActorAsync(), owner ?? "", name, days, cancel);
        if (!result.IsDone) return await ShowAsync(cancel, ReportPageModel.Status(result.Outcome), result.Messages);
        Issued = result.Value;
        return await ShowAsync(cancel);
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancel)
    {
        var result = await tokens.RevokeAsync(await user.ActorAsync(), id, cancel);
        if (!result.IsDone) return await ShowAsync(cancel, ReportPageModel.Status(result.Outcome), result.Messages);
        Done = $"Đã thu hồi mã truy cập «{result.Value!.Name}» ({result.Value.Prefix}…) của {result.Value.UserName}.";
        return await ShowAsync(cancel);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancel, int status = StatusCodes.Status200OK, IReadOnlyList<string>? errors = null)
    {
        var actor = await user.ActorAsync();
        var owners = await tokens.OwnersAsync(actor, cancel);
        if (!owners.IsDone) return StatusCode(ReportPageModel.Status(owners.Outcome));
        Owners = owners.Value!;
        Tokens = (await tokens.ListAsync(actor, cancel)).Value!;
        Errors = errors ?? [];
        Response.StatusCode = status;
        // The secret just issued must not stay in a cache.
        if (Issued is not null) Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
