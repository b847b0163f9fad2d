using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ParReport.Application.Accounts;
using ParReport.Storage.Records;

namespace ParReport.Web.Api;

/// <summary>
/// Who calls: a personal access token in "Authorization: Bearer prr_…" (<see cref="ApiTokens"/>), acting as its user with
/// the same claims as the user's log-in cookie, or else the Identity cookie. A policy scheme picks one per request, so
/// pages and API alike see one signed-in user; the API never redirects to the log-in page but answers 401 or 403.
/// </summary>
public static class TokensAuthentication
{
    public const string Scheme = "Bearer";
    public const string Selector = "ParReport";

    public static void AddParReportAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(Selector)
            .AddPolicyScheme(Selector, "Cookie hoặc mã truy cập", options => options.ForwardDefaultSelector = context =>
                IsBearer(context) ? Scheme : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, Handler>(Scheme, "Mã truy cập cá nhân", null);
        services.AddAuthentication().AddIdentityCookies();
        services.AddAntiforgery(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            // Out of scripts' reach, not sent by other sites' forms, secure whenever served over HTTPS; a working day.
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(10);
            options.SlidingExpiration = true;
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
        });
    }

    /// <summary>Whether the request presents a token; it then authenticates by that token alone.</summary>
    public static bool IsBearer(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the signed-in user of this request came by a token (a script), not by the browser's cookie.</summary>
    public static bool ByToken(HttpContext context) => context.User.Identity?.AuthenticationType == Scheme;

    private static Task Refuse(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (!Problems.IsApi(context.HttpContext))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    /// <summary>Authenticates a request by its token through <see cref="ApiTokens.AuthenticateAsync"/>.</summary>
    public sealed class Handler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
        ApiTokens tokens, IUserClaimsPrincipalFactory<UserRecord> principals)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!IsBearer(Context)) return AuthenticateResult.NoResult();
            var secret = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
            if (await tokens.AuthenticateAsync(secret, Context.RequestAborted) is not { } user)
                return AuthenticateResult.Fail("Mã truy cập không hợp lệ, đã hết hạn hoặc đã bị thu hồi.");
            var cookie = await principals.CreateAsync(user);
            var identity = new ClaimsIdentity(cookie.Claims, TokensAuthentication.Scheme, ClaimTypes.Name, ClaimTypes.Role);
            return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), TokensAuthentication.Scheme));
        }

        protected override Task HandleChallengeAsync(AuthenticationProperties properties)
        {
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            Response.Headers.WWWAuthenticate = "Bearer";
            return Task.CompletedTask;
        }
    }
}
