using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParReport.Storage.Records;

namespace ParReport.Web.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<UserRecord> signIn) : PageModel
{
    [BindProperty] public string UserName { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty] public bool RememberMe { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Error = "Nhập tên đăng nhập và mật khẩu.";
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, RememberMe, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        Error = result.IsLockedOut
            ? "Tài khoản tạm bị khóa do đăng nhập sai nhiều lần; thử lại sau ít phút."
            : "Tên đăng nhập hoặc mật khẩu không đúng.";
        return Page();
    }
}
