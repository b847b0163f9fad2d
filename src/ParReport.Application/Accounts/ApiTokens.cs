using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Text;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Application.Accounts;

/// <summary>
/// Personal access tokens for scripts using the JSON API: an admin issues one for a user of the units they manage,
/// shown once; only its SHA-256 is kept, with a short prefix to tell tokens apart. A token acts as its user as they are
/// when it is used (roles, unit); a revoked or expired token, or one of a locked or deleted user, authenticates nobody.
/// </summary>
public sealed class ApiTokens(ParReportDbContext db, TimeProvider clock)
{
    public const string Scheme = "prr_";
    public const int MaxName = 128;
    public const int MaxDays = 366;
    private const int PrefixLength = 10;

    /// <summary>A token as listed: never its secret.</summary>
    public sealed record Listed(int Id, string UserId, string UserName, string Name, string Prefix, string CreatedBy, DateTimeOffset CreatedAt,
        DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt)
    {
        public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
    }

    /// <summary>A token just issued: <see cref="Secret"/> is shown this once and kept nowhere.</summary>
    public sealed record Issued(Listed Token, string Secret);

    /// <summary>The tokens of the users an admin manages, newest first.</summary>
    public async Task<Result<IReadOnlyList<Listed>>> ListAsync(Actor admin, CancellationToken cancel = default)
    {
        var tree = await new UnitStore(db).LoadTreeAsync(cancel);
        if (!admin.Access.CanManageUsers(admin.Access.UnitCode, tree)) return Result<IReadOnlyList<Listed>>.Of(Outcome.Forbidden);
        var codes = tree.Units.Where(u => admin.Access.CanManageUsers(u.Code, tree)).Select(u => u.Code).ToList();
        var rows = await (from t in db.ApiTokens.AsNoTracking()
                          join u in db.Users on t.UserId equals u.Id
                          where codes.Contains(u.Unit.Code)
                          select new { t, u.UserName }).ToListAsync(cancel);
        return Result<IReadOnlyList<Listed>>.Done(rows.Select(r => ListedOf(r.t, r.UserName!)).OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).ToList());
    }

    /// <summary>The users an admin may issue tokens for: those of the admin's unit and the units below it, by log-in.</summary>
    public async Task<Result<IReadOnlyList<UserRecord>>> OwnersAsync(Actor admin, CancellationToken cancel = default)
    {
        var tree = await new UnitStore(db).LoadTreeAsync(cancel);
        if (!admin.Access.CanManageUsers(admin.Access.UnitCode, tree)) return Result<IReadOnlyList<UserRecord>>.Of(Outcome.Forbidden);
        var codes = tree.Units.Where(u => admin.Access.CanManageUsers(u.Code, tree)).Select(u => u.Code).ToList();
        return Result<IReadOnlyList<UserRecord>>.Done(await db.Users.AsNoTracking().Include(u => u.Unit).Where(u => codes.Contains(u.Unit.Code))
            .OrderBy(u => u.UserName).ToListAsync(cancel));
    }

    /// <summary>Issues a token for <paramref name="userId"/>, named so its owner knows what it is for, valid for <paramref name="days"/> (null: until revoked).</summary>
    public async Task<Result<Issued>> IssueAsync(Actor admin, string userId, string? name, int? days, CancellationToken cancel = default)
    {
        if (await ManagedUserAsync(admin, userId, cancel) is not { } user) return Result<Issued>.Of(Outcome.Forbidden);
        var clean = TypedText.Clean(name ?? "").Trim();
        var problems = new List<string>();
        if (clean.Length == 0) problems.Add(TokenMessages.NameNeeded);
        if (clean.Length > MaxName) problems.Add(TokenMessages.NameTooLong(MaxName));
        if (days is < 1 or > MaxDays) problems.Add(TokenMessages.BadDays(MaxDays));
        if (problems.Count > 0) return Result<Issued>.Refused(problems);
        var secret = Scheme + Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var record = new ApiTokenRecord
        {
            UserId = user.Id,
            Name = clean,
            Prefix = secret[..PrefixLength],
            Hash = Hash(secret),
            CreatedBy = admin.UserName,
            CreatedAt = now,
            ExpiresAt = days is { } d ? now.AddDays(d) : null,
        };
        db.ApiTokens.Add(record);
        await db.SaveChangesAsync(cancel);
        return Result<Issued>.Done(new Issued(ListedOf(record, user.UserName!), secret));
    }

    /// <summary>Revokes a token of a user the admin manages; revoking it again changes nothing.</summary>
    public async Task<Result<Listed>> RevokeAsync(Actor admin, int tokenId, CancellationToken cancel = default)
    {
        if (await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId, cancel) is not { } token) return Result<Listed>.Of(Outcome.NotFound);
        if (await ManagedUserAsync(admin, token.UserId, cancel) is not { } user) return Result<Listed>.Of(Outcome.Forbidden);
        if (token.RevokedAt is null)
        {
            token.RevokedAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancel);
        }
        return Result<Listed>.Done(ListedOf(token, user.UserName!));
    }

    /// <summary>
    /// The user a presented secret acts as, or null when it is unknown, revoked, expired, or its user is locked or gone;
    /// notes when it was last used.
    /// </summary>
    public async Task<UserRecord?> AuthenticateAsync(string secret, CancellationToken cancel = default)
    {
        if (!secret.StartsWith(Scheme, StringComparison.Ordinal) || secret.Length > 100) return null;
        var hash = Hash(secret);
        var now = clock.GetUtcNow();
        if (await db.ApiTokens.FirstOrDefaultAsync(t => t.Hash == hash, cancel) is not { } token) return null;
        if (token.RevokedAt is not null || token.ExpiresAt is { } expires && expires <= now) return null;
        if (await db.Users.FirstOrDefaultAsync(u => u.Id == token.UserId, cancel) is not { } user) return null;
        if (user.LockoutEnabled && user.LockoutEnd is { } end && end > now) return null;
        // Written at most once a minute, so that a busy script does not write on every call, and in one statement of its
        // own: a call that finds the database busy with other writers still answers, its time is written by the next one.
        if (token.LastUsedAt is not { } last || now - last > TimeSpan.FromMinutes(1))
        {
            try
            {
                await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(t => t.SetProperty(r => r.LastUsedAt, now), cancel);
            }
            catch (Exception e) when (StorageFailure.Classify(e) == StorageFailureKind.Busy)
            {
            }
        }
        return user;
    }

    /// <summary>The SHA-256 of a secret as stored: lowercase hexadecimal.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private async Task<UserRecord?> ManagedUserAsync(Actor admin, string userId, CancellationToken cancel)
    {
        var user = await db.Users.Include(u => u.Unit).FirstOrDefaultAsync(u => u.Id == userId, cancel);
        if (user is null) return null;
        var tree = await new UnitStore(db).LoadTreeAsync(cancel);
        return admin.Access.CanManageUsers(user.Unit.Code, tree) ? user : null;
    }

    private static Listed ListedOf(ApiTokenRecord t, string userName) =>
        new(t.Id, t.UserId, userName, t.Name, t.Prefix, t.CreatedBy, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt);
}

/// <summary>The Vietnamese wording of personal access tokens.</summary>
public static class TokenMessages
{
    public const string NameNeeded = "Đặt tên cho mã truy cập để biết nó dùng vào việc gì.";

    public static string NameTooLong(int max) => $"Tên mã truy cập dài tối đa {max} ký tự.";

    public static string BadDays(int max) => $"Thời hạn của mã truy cập phải từ 1 đến {max} ngày (để trống: đến khi thu hồi).";
}
