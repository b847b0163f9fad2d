using Microsoft.AspNetCore.Identity;
using ParReport.Domain.Text;
using ParReport.Storage.Records;

namespace ParReport.Storage;

/// <summary>
/// What Identity's own rules let through: a password everyone tries first ("P@ssw0rd") or that holds the user's name,
/// a password of kilobytes, user and full names of any length.
/// </summary>
public sealed class AccountRules : IPasswordValidator<UserRecord>, IUserValidator<UserRecord>
{
    public const int MaxPassword = 128;
    public const int MaxUserName = 64;
    public const int MaxFullName = 200;

    // Folded and stripped of digits and symbols, the words the guessed passwords are made of.
    private static readonly HashSet<string> Guessed =
        ["password", "passw", "pass", "matkhau", "admin", "administrator", "qwerty", "abc", "abcd", "abcdef", "abcdefgh", "iloveyou",
         "welcome", "letmein", "baocao", "cchc", "ubnd", "vietnam", "", "aa", "aaa", "aaaa", "asdf", "asdfgh", "zxcvbn", "qwe", "qwer"];

    public Task<IdentityResult> ValidateAsync(UserManager<UserRecord> manager, UserRecord user, string? password)
    {
        if (password is null) return Task.FromResult(IdentityResult.Success);
        if (password.Length > MaxPassword) return Failed("PasswordTooLong", $"Mật khẩu dài quá {MaxPassword} ký tự.");
        // Read both as typed ("Abc@1234" → abc) and as leet ("P@ssw0rd" → password).
        string Letters(string text) => new(VietnameseText.Fold(text).Where(char.IsAsciiLetter).ToArray());
        if (Guessed.Contains(Letters(password)) || Guessed.Contains(Letters(password.Replace('@', 'a').Replace('0', 'o').Replace('$', 's').Replace('1', 'i'))))
            return Failed("PasswordGuessed", "Mật khẩu này nằm trong số mật khẩu hay bị dò nhất; hãy chọn mật khẩu khác.");
        if (user.UserName is { Length: >= 3 } name && VietnameseText.Fold(password).Contains(VietnameseText.Fold(name), StringComparison.Ordinal))
            return Failed("PasswordHasUserName", "Mật khẩu không được chứa tên đăng nhập.");
        return Task.FromResult(IdentityResult.Success);
    }

    public Task<IdentityResult> ValidateAsync(UserManager<UserRecord> manager, UserRecord user)
    {
        if ((user.UserName?.Length ?? 0) > MaxUserName) return Failed("UserNameTooLong", $"Tên đăng nhập dài quá {MaxUserName} ký tự.");
        if (user.FullName.Length > MaxFullName) return Failed("FullNameTooLong", $"Họ tên dài quá {MaxFullName} ký tự.");
        if (user.FullName.Any(c => char.IsControl(c) || c is '\uFFFE' or '\uFFFF' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format))
            return Failed("FullNameCharacters", "Họ tên có ký tự điều khiển hoặc ký tự ẩn.");
        return Task.FromResult(IdentityResult.Success);
    }

    private static Task<IdentityResult> Failed(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));
}
