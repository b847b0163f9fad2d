using Microsoft.OpenApi;

namespace ParReport.Web.Api;

/// <summary>
/// The OpenAPI document of the API (/openapi/v1.json) and its interactive reference (/scalar), both readable without
/// logging in so that script authors can read them; they describe the token scheme the endpoints accept.
/// </summary>
public static class ApiDocument
{
    public static void AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "ParReport API",
                    Version = "v1",
                    Description = "Yêu cầu báo cáo, tình hình nộp, báo cáo và các phiên bản, số liệu, tổng hợp và thống kê hồ sơ TTHC — "
                        + "với đúng quyền của người dùng như trên trang web. Xác thực bằng cookie đăng nhập, hoặc mã truy cập cá nhân do quản trị cấp: "
                        + "«Authorization: Bearer prr_…». Lỗi trả về dạng problem details (RFC 9457) bằng tiếng Việt.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[TokensAuthentication.Scheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "prr_…",
                    Description = "Mã truy cập cá nhân do quản trị cấp tại /Admin/Tokens; hành động như chính người dùng đó.",
                };
                document.Security ??= [];
                document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(TokensAuthentication.Scheme, document)] = [] });
                return Task.CompletedTask;
            });
        });
}
