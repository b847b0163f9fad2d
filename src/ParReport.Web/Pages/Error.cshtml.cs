using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParReport.Storage;

namespace ParReport.Web.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Đã xảy ra lỗi";
    public string Explanation { get; private set; } = "Hệ thống gặp sự cố khi xử lý yêu cầu. Vui lòng thử lại sau.";

    /// <summary>The database failed: the page shows nothing that would read it again (the header's account and notices).</summary>
    public bool StorageFailed { get; private set; }

    // The code is read from the query by hand: binding a handler parameter would read the body of a refused upload.
    public void OnGet() => Describe();

    public void OnPost() => Describe();

    private void Describe()
    {
        int? code = int.TryParse(Request.Query["code"], out var number) ? number : null;
        if (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is { } error && StorageFailure.Classify(error) is { } failure)
        {
            (Title, Explanation) = ("Cơ sở dữ liệu tạm thời không sẵn sàng", StorageFailure.Explain(failure));
            StorageFailed = true;
            return;
        }
        (Title, Explanation) = (code ?? Response.StatusCode) switch
        {
            404 => ("Không tìm thấy trang", "Trang hoặc báo cáo bạn tìm không tồn tại."),
            403 => ("Không có quyền truy cập", "Tài khoản của bạn không được phép xem nội dung này."),
            413 => ("Tệp quá lớn", $"Nội dung gửi lên vượt giới hạn của trang này: tệp báo cáo cần kiểm tra tối đa "
                + $"{UploadLimitAttribute.Describe(Check.IndexModel.MaxBytes)}, biểu mẫu XLSX tối đa {UploadLimitAttribute.Describe(UploadLimitAttribute.FormWorkbook)}, "
                + $"tệp của một sổ tối đa {UploadLimitAttribute.Describe(Documents.RegisterFile.MaxBytes)}, "
                + $"tệp hồ sơ một cửa tối đa {UploadLimitAttribute.Describe(Dossiers.LargeUploadFilter.MaxUpload)}, nội dung khác tối đa "
                + $"{UploadLimitAttribute.Describe(UploadLimitAttribute.Default)}. Tệp chưa được đọc và không có gì được lưu."),
            415 => ("Định dạng không được hỗ trợ", "Trang này chỉ nhận tệp gửi từ biểu mẫu tải lên (multipart/form-data)."),
            _ => (Title, Explanation),
        };
    }
}
