using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Diagnostics;
using ParReport.Application;

namespace ParReport.Web.Api;

/// <summary>
/// The API's refusals as RFC 9457 problem details (application/problem+json) in Vietnamese: a use case's outcome
/// (not found 404, forbidden 403, refused 422 with its messages, by field in <c>errors</c>, conflict 409) and the bare
/// statuses of the pipeline (401 without valid credentials, 400 for an unreadable request).
/// </summary>
public static class Problems
{
    public static int Status(Outcome outcome) => outcome switch
    {
        Outcome.NotFound => StatusCodes.Status404NotFound,
        Outcome.Forbidden => StatusCodes.Status403Forbidden,
        Outcome.Conflict => StatusCodes.Status409Conflict,
        Outcome.Refused => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static string Title(int status) => status switch
    {
        400 => "Yêu cầu không hợp lệ",
        401 => "Chưa xác thực",
        403 => "Không có quyền",
        404 => "Không tìm thấy",
        405 => "Phương thức không được hỗ trợ",
        409 => "Xung đột dữ liệu",
        413 => "Nội dung quá lớn",
        415 => "Định dạng nội dung không được hỗ trợ",
        422 => "Không thực hiện được",
        _ => "Lỗi máy chủ",
    };

    public static string Detail(int status) => status switch
    {
        400 => "Nội dung yêu cầu không đọc được hoặc thiếu thông tin bắt buộc.",
        401 => "Cần đăng nhập, hoặc gửi mã truy cập cá nhân còn hiệu lực trong tiêu đề «Authorization: Bearer …».",
        403 => "Tài khoản này không có quyền với dữ liệu được yêu cầu.",
        404 => "Không có dữ liệu được yêu cầu, hoặc tài khoản này không được biết đến nó.",
        405 => "Địa chỉ này không nhận phương thức HTTP đã dùng.",
        409 => "Người khác vừa thay đổi cùng dữ liệu; hãy đọc lại rồi thực hiện lần nữa.",
        413 => $"Nội dung yêu cầu vượt {UploadLimitAttribute.Describe(UploadLimitAttribute.Default)}; không có gì được đọc hay lưu.",
        415 => "Hãy gửi nội dung JSON (Content-Type: application/json).",
        422 => "Yêu cầu không thực hiện được.",
        _ => "Đã có lỗi xảy ra; hãy thử lại sau.",
    };

    /// <summary>A use case's refusal with its messages; those beside one field go to <c>errors</c> by the field's key.</summary>
    public static ProblemHttpResult Of<T>(Result<T> result) => Of(Status(result.Outcome), result.Messages, result.ByKey);

    public static ProblemHttpResult Of(int status, IReadOnlyList<string>? messages = null, IReadOnlyDictionary<string, string>? byKey = null,
        IDictionary<string, object?>? extensions = null)
    {
        ProblemDetails problem = byKey is { Count: > 0 }
            ? new HttpValidationProblemDetails(byKey.ToDictionary(k => k.Key, k => new[] { k.Value }))
            : new ProblemDetails();
        problem.Status = status;
        problem.Title = Title(status);
        problem.Detail = messages is { Count: > 0 } ? string.Join(" ", messages) : Detail(status);
        problem.Type = $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}";
        if (messages is { Count: > 0 }) problem.Extensions["messages"] = messages;
        foreach (var (name, value) in extensions ?? new Dictionary<string, object?>()) problem.Extensions[name] = value;
        return TypedResults.Problem(problem);
    }

    /// <summary>Whether a request is for the API, whose refusals are problem details and never a page or a redirect.</summary>
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments(ApiRoutes.Prefix);

    /// <summary>Writes a bare status of the pipeline (no body yet) as problem details.</summary>
    public static Task WriteBareAsync(StatusCodeContext context) =>
        Of(context.HttpContext.Response.StatusCode).ExecuteAsync(context.HttpContext);
}
