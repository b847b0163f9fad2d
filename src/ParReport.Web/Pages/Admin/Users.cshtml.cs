using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Access;
using ParReport.Domain.Organisation;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Web.Pages.Admin;

/// <summary>An admin's users: those of the admin's unit and the units below it — create, change unit and roles, lock, set a new password.</summary>
public sealed class UsersModel(ParReportDbContext db, SignedInUser user, UserManager<UserRecord> users) : PageModel
{
    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];
    public IReadOnlyList<(UserRecord User, IReadOnlySet<Role> Roles, bool Locked)> Accounts { get; private set; } = [];
    public List<string> Errors { get; } = [];
    public string? Done { get; private set; }
    private OrgTree _tree = null!;
    private UserAccess _access = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel) => await LoadAsync(cancel) ?? await ShowAsync(cancel);

    public async Task<IActionResult> OnPostCreateAsync(string userName, string fullName, string unit, string[] roles, string password, CancellationToken cancel)
    {
        if (await LoadAsync(cancel) is { } refused) return refused;
        if (await UnitIdAsync(unit) is not { } unitId) return StatusCode(StatusCodes.Status403Forbidden);
        if (string.IsNullOrWhiteSpace(fullName)) Errors.Add("Nhập họ và tên.");
        CheckRoles(roles);
        var account = new UserRecord { UserName = userName?.Trim(), FullName = fullName?.Trim() ?? "", UnitId = unitId };
        if (Errors.Count == 0 && Check(await users.CreateAsync(account, password ?? "")))
        {
            Check(await users.AddToRolesAsync(account, ParseRoles(roles)));
            Done = $"Đã tạo tài khoản «{account.UserName}».";
        }
        return await ShowAsync(cancel, Errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    public async Task<IActionResult> OnPostUpdateAsync(string id, string unit, string[] roles, bool locked, CancellationToken cancel)
    {
        if (await LoadAsync(cancel) is { } refused) return refused;
        if (await ManagedAsync(id) is not { } account || await UnitIdAsync(unit) is not { } unitId) return StatusCode(StatusCodes.Status403Forbidden);
        if (account.Id == (await user.UserAsync()).Id && (!roles.Contains(Roles.Id(Role.Admin)) || locked))
        {
            Errors.Add("Không thể tự bỏ quyền quản trị hoặc tự khóa tài khoản của mình.");
            return await ShowAsync(cancel, StatusCodes.Status400BadRequest);
        }
        if (!CheckRoles(roles)) return await ShowAsync(cancel, StatusCodes.Status400BadRequest);
        account.UnitId = unitId;
        var current = await users.GetRolesAsync(account);
        var wanted = ParseRoles(roles);
        var wasLocked = await users.IsLockedOutAsync(account);
        if (Check(await users.UpdateAsync(account))
            && Check(await users.RemoveFromRolesAsync(account, current.Except(wanted)))
            && Check(await users.AddToRolesAsync(account, wanted.Except(current)))
            && Check(await users.SetLockoutEndDateAsync(account, locked ? DateTimeOffset.MaxValue : null))
            && locked && !wasLocked)
            Check(await users.UpdateSecurityStampAsync(account)); // a new stamp also ends the sessions the account has open
        if (Errors.Count == 0) Done = $"Đã cập nhật tài khoản «{account.UserName}».";
        return await ShowAsync(cancel, Errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    public async Task<IActionResult> OnPostPasswordAsync(string id, string password, CancellationToken cancel)
    {
        if (await LoadAsync(cancel) is { } refused) return refused;
        if (await ManagedAsync(id) is not { } account) return StatusCode(StatusCodes.Status403Forbidden);
        var token = await users.GeneratePasswordResetTokenAsync(account);
        if (Check(await users.ResetPasswordAsync(account, token, password ?? ""))) Done = $"Đã đặt mật khẩu mới cho «{account.UserName}».";
        return await ShowAsync(cancel, Errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancel)
    {
        _tree = await new UnitStore(db).LoadTreeAsync(cancel);
        _access = await user.AccessAsync();
        if (!_access.CanManageUsers(_access.UnitCode, _tree)) return StatusCode(StatusCodes.Status403Forbidden);
        Units = _tree.Units.Where(u => _access.CanManageUsers(u.Code, _tree)).OrderBy(u => _tree.DepthOf(u.Code)).ThenBy(u => u.Name).ToList();
        return null;
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancel, int status = StatusCodes.Status200OK)
    {
        var codes = Units.Select(u => u.Code).ToList();
        var managed = await db.Users.Include(u => u.Unit).Where(u => codes.Contains(u.Unit.Code)).OrderBy(u => u.UserName).ToListAsync(cancel);
        var list = new List<(UserRecord, IReadOnlySet<Role>, bool)>();
        foreach (var account in managed)
            list.Add((account, (await users.GetRolesAsync(account)).Select(Roles.FromId).OfType<Role>().ToHashSet(), await users.IsLockedOutAsync(account)));
        Accounts = list;
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>The id of a unit the admin manages, or null.</summary>
    private async Task<int?> UnitIdAsync(string? code) =>
        code is not null && _tree.Find(code) is not null && _access.CanManageUsers(code, _tree)
            ? await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync()
            : null;

    private async Task<UserRecord?> ManagedAsync(string id) =>
        await db.Users.Include(u => u.Unit).SingleOrDefaultAsync(u => u.Id == id) is { } account && _access.CanManageUsers(account.Unit.Code, _tree) ? account : null;

    private bool CheckRoles(string[] roles)
    {
        foreach (var unknown in roles.Where(r => Roles.FromId(r) is null)) Errors.Add($"Không có vai trò «{unknown}».");
        return Errors.Count == 0;
    }

    private static List<string> ParseRoles(string[] roles) => roles.Select(Roles.FromId).OfType<Role>().Select(Roles.Id).Distinct().ToList();

    private bool Check(IdentityResult result)
    {
        Errors.AddRange(result.Errors.Select(e => Translate(e)));
        return result.Succeeded;
    }

    // Identity's messages are in English; these are the ones an admin meets.
    private static string Translate(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" => "Tên đăng nhập đã có người dùng.",
        "InvalidUserName" => "Tên đăng nhập chỉ gồm chữ không dấu, chữ số và các ký tự - . _ @ +.",
        "PasswordTooShort" => "Mật khẩu cần ít nhất 8 ký tự.",
        "PasswordRequiresDigit" => "Mật khẩu cần có chữ số.",
        "PasswordRequiresLower" => "Mật khẩu cần có chữ thường.",
        "PasswordRequiresUpper" => "Mật khẩu cần có chữ hoa.",
        "PasswordRequiresNonAlphanumeric" => "Mật khẩu cần có ký tự đặc biệt (ví dụ @, #, !).",
        _ => error.Description,
    };
}
