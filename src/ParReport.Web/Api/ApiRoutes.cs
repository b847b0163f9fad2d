using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ParReport.Web.Api;

/// <summary>
/// The JSON API under /api/v1: every endpoint requires a signed-in user (cookie or token) and calls the use case its
/// page calls. Writes by the browser's cookie carry the anti-forgery token in the «RequestVerificationToken» header;
/// writes by a token need none, since a browser never sends a token by itself.
/// </summary>
public static class ApiRoutes
{
    public const string Prefix = "/api/v1";

    public static void MapApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix).RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/antiforgery", Antiforgery).WithTags("Phiên đăng nhập").WithSummary("Mã chống giả mạo cho các lệnh ghi bằng cookie của trình duyệt");
        RequestsApi.Map(api.MapGroup("/requests").WithTags("Yêu cầu báo cáo"));
        AggregatesApi.Map(api.MapGroup("/requests/{requestId:int}").WithTags("Tổng hợp"));
        ReportsApi.Map(api.MapGroup("/requests/{requestId:int}/reports/{unitCode}").WithTags("Báo cáo"));
        DossiersApi.Map(api.MapGroup("/requests/{requestId:int}/reports/{unitCode}").WithTags("Hồ sơ TTHC"));
        CommentsApi.Map(api.MapGroup("/requests/{requestId:int}/reports/{unitCode}").WithTags("Ý kiến trao đổi"));
        RegistersApi.Map(api.MapGroup("/units/{unitCode}/registers/{registerId}").WithTags("Sổ theo dõi"));
    }

    /// <summary>The anti-forgery token a page's script sends back in the «RequestVerificationToken» header of its writes.</summary>
    public sealed record AntiforgeryJson(string HeaderName, string Token);

    private static Ok<AntiforgeryJson> Antiforgery(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return TypedResults.Ok(new AntiforgeryJson(tokens.HeaderName!, tokens.RequestToken!));
    }

    /// <summary>For a write: the cookie's caller must send the anti-forgery token; a token's caller need not.</summary>
    public static TBuilder RequireAntiforgeryForCookies<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (!TokensAuthentication.ByToken(http))
            {
                try
                {
                    await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
                }
                catch (AntiforgeryValidationException)
                {
                    return Problems.Of(StatusCodes.Status400BadRequest, [ApiMessages.Antiforgery]);
                }
            }
            return await next(context);
        }).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}

/// <summary>The API's own Vietnamese wording.</summary>
public static class ApiMessages
{
    public const string Antiforgery = "Thiếu hoặc sai mã chống giả mạo: lệnh ghi bằng cookie của trình duyệt cần tiêu đề «RequestVerificationToken» (lấy tại /api/v1/antiforgery); script dùng mã truy cập cá nhân thì không cần.";

    public static string UnknownForm(string code) => $"Mẫu báo cáo không có biểu «{code}».";

    public static string UnknownIndicator(string key) => $"Mẫu báo cáo không có chỉ tiêu «{key}».";

    public const string Conflicts = "Người khác vừa sửa một số chỉ tiêu này; các chỉ tiêu không xung đột đã được lưu. Hãy đọc lại rồi chọn giá trị giữ lại.";
}
