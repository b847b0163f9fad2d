using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace ParReport.Web;

/// <summary>The cap on the body of a page's requests, when it takes files; every other request has <see cref="Default"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadLimitAttribute(long bytes) : Attribute
{
    private const long MB = 1024 * 1024;
    /// <summary>Forms, narratives and API bodies.</summary>
    public const long Default = 4 * MB;
    /// <summary>A report to check: the file and the form around it.</summary>
    public const long Report = 20 * MB + 64 * 1024;
    /// <summary>A filled form workbook.</summary>
    public const long FormWorkbook = 8 * MB;
    /// <summary>A register's file (CSV, XLSX, XLS) and the form around it.</summary>
    public const long RegisterFile = Documents.RegisterFile.MaxBytes + 64 * 1024;

    public long Bytes => bytes;

    public static string Describe(long bytes) => bytes >= 1024 * MB ? $"{bytes / (1024 * MB)} GB" : $"{bytes / MB} MB";
}

/// <summary>
/// Caps every request body before anything reads it (the anti-forgery check of a page would read the whole form): a
/// declared length over the endpoint's cap is refused at once with 413, before the client is asked to send the body, and
/// a body sent without a length is cut at the cap.
/// </summary>
public static class UploadLimits
{
    public static IApplicationBuilder UseUploadLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // The error page shown for a refused body re-runs the pipeline with the same request.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next();
            return;
        }
        var cap = context.GetEndpoint()?.Metadata.GetMetadata<UploadLimitAttribute>()?.Bytes ?? UploadLimitAttribute.Default;
        if (context.Request.ContentLength > cap)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = cap;
        if (context.Request.HasFormContentType)
            context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = cap }));
        await next();
    });
}
