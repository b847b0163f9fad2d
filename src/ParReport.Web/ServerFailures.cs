using Microsoft.AspNetCore.Diagnostics;
using ParReport.Storage;
using ParReport.Web.Api;

namespace ParReport.Web;

/// <summary>
/// An exception that escapes a request: a database that went away, a full disk or a body over its limit is told to the
/// user (a page, or problem details for the API) with a status that says so — 503, 413 — and only a defect is a 500.
/// </summary>
public static class ServerFailures
{
    public static void UseServerFailurePages(this WebApplication app)
    {
        app.UseWhen(context => !Problems.IsApi(context), branch => branch.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            StatusCodeSelector = Status,
        }));
        app.UseWhen(Problems.IsApi, branch => branch.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = Status,
            ExceptionHandler = context =>
            {
                var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                var status = error is null ? StatusCodes.Status500InternalServerError : Status(error);
                var messages = error is not null && StorageFailure.Classify(error) is { } kind ? new[] { StorageFailure.Explain(kind) } : null;
                return Problems.Of(status, messages).ExecuteAsync(context);
            },
        }));
    }

    public static int Status(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        _ when StorageFailure.Classify(exception) is not null => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };
}
