using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParReport.Storage.Records;

namespace ParReport.Web.Pages.Account;

public sealed class LogoutModel(SignInManager<UserRecord> signIn, SignedInUser user) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    /// <summary>Signs out, and renews the account's security stamp so that a copy of the cookie is refused from now on.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await user.FindAsync() is { } account) await signIn.UserManager.UpdateSecurityStampAsync(account);
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
