using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Web.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<UserRecord> signIn) : PageModel
{
    /// <summary>
    /// Every refused log-in takes at least this long and reads the same, whether the name exists, the password is wrong
    /// or the account is locked: neither the answer nor its time tells which user names are real.
    /// </summary>
    public static readonly TimeSpan RefusalTime = TimeSpan.FromMilliseconds(400);

    public static readonly string Refused =
        $"Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang bị khóa. Sau {Accounts.MaxFailedLogIns} lần nhập sai liên tiếp, " +
        $"tài khoản bị tạm khóa {Accounts.LockoutMinutes} phút; nếu vẫn không vào được, hãy liên hệ người quản trị.";

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
        var started = Stopwatch.GetTimestamp();
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, RememberMe, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        var spent = Stopwatch.GetElapsedTime(started);
        if (spent < RefusalTime) await Task.Delay(RefusalTime - spent, HttpContext.RequestAborted);
        Error = Refused;
        return Page();
    }
}
