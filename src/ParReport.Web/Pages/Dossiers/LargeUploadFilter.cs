using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ParReport.Web.Pages.Dossiers;

/// <summary>
/// A year of a district's one-stop exports runs to hundreds of megabytes, so the page's cap is <see cref="MaxUpload"/>.
/// Only an upload to a unit named in the query string whose dossiers the user may import is read, and that is decided
/// before anything reads the body (the anti-forgery check would read it all): anyone else is refused at once.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LargeUploadFilter : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public const long MaxUpload = 2L * 1024 * 1024 * 1024;

    // Before the anti-forgery check, which reads the form.
    public int Order => int.MinValue;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method) || http.Request.Query.ContainsKey("handler")
            || http.Request.Query["unit"].ToString() is not { Length: > 0 } unit || http.User.Identity?.IsAuthenticated != true) return;
        var access = await http.RequestServices.GetRequiredService<SignedInUser>().AccessAsync();
        if (!access.CanImportDossiers(unit))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }
    }
}
