using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ParReport.Storage.Records;
using ParReport.Web.Api;

namespace ParReport.Web;

/// <summary>
/// Checks the signed-in account on every request, not when its cookie expires: a locked or deleted account, or a cookie
/// issued before the account's security stamp changed (a log-out, a new password), loses its session at once.
/// </summary>
public static class SessionCheck
{
    public static IApplicationBuilder UseSessionCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // The error page shown for a failed request is not checked again: the database may be what failed.
        var errorPage = context.Features.Get<IExceptionHandlerFeature>() is not null || context.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        if (!errorPage && context.User.Identity?.IsAuthenticated == true && !await IsValidAsync(context))
        {
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            if (Problems.IsApi(context)) context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            else context.Response.Redirect("/Account/Login");
            return;
        }
        await next();
    });

    private static async Task<bool> IsValidAsync(HttpContext context)
    {
        var users = context.RequestServices.GetRequiredService<UserManager<UserRecord>>();
        if (await context.RequestServices.GetRequiredService<SignedInUser>().FindAsync() is not { } user || await users.IsLockedOutAsync(user))
            return false;
        var stampClaim = context.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        return context.User.FindFirstValue(stampClaim) == user.SecurityStamp;
    }
}
