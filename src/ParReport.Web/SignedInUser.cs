using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Access;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Web;

/// <summary>
/// The user of the current request with their unit and roles, read from the database on each request so that
/// a role taken away by an admin takes effect at once.
/// </summary>
public sealed class SignedInUser(ParReportDbContext db, UserManager<UserRecord> users, IHttpContextAccessor http)
{
    private (UserRecord User, UserAccess Access)? _loaded;

    public async Task<UserRecord> UserAsync() => (await LoadAsync()).User;

    public async Task<UserAccess> AccessAsync() => (await LoadAsync()).Access;

    /// <summary>The user as the use cases see them: access, log-in and name.</summary>
    public async Task<Application.Actor> ActorAsync()
    {
        var (record, access) = await LoadAsync();
        return new Application.Actor(access, Name, record.FullName);
    }

    /// <summary>How many notices the user has not read, for the header (counted with the account, once per request; the home page shows it too).</summary>
    public async Task<int> UnreadNoticesAsync() => await FindAsync() is null ? 0 : _unread;

    private int _unread;

    /// <summary>The name kept in the audit trail.</summary>
    public string Name => http.HttpContext!.User.Identity!.Name!;

    /// <summary>The signed-in account, or null when it has been deleted since the sign-in.</summary>
    public async Task<UserRecord?> FindAsync()
    {
        if (_found) return _user;
        // The account, its unit and its roles in one query: the session check makes it on every request. The same query
        // counts the unread notices (the header shows them) and reads the units' stamp (every page checks its kept tree
        // with it): each would be a command of its own otherwise (a bare Units.Count() too, hence the Select).
        var id = users.GetUserId(http.HttpContext!.User);
        var found = await db.Users.Include(u => u.Unit).Where(u => u.Id == id)
            .Select(u => new
            {
                User = u,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToList(),
                Unread = db.Notices.Count(n => n.UserId == u.Id && n.ReadAt == null),
                Units = db.Units.Select(x => x.Id).Count(),
                LastUnit = db.Units.Max(x => (int?)x.Id),
                Revisions = db.Units.Sum(x => (long)x.Revision),
            })
            .SingleOrDefaultAsync();
        (_user, _roles, _unread, _found) = (found?.User, found?.Roles ?? [], found?.Unread ?? 0, true);
        if (found is not null) UnitStore.StampRead(db, new UnitStore.Stamp(found.Units, found.LastUnit ?? 0, found.Revisions));
        return _user;
    }

    private UserRecord? _user;
    private List<string?> _roles = [];
    private bool _found;

    private async Task<(UserRecord User, UserAccess Access)> LoadAsync()
    {
        if (_loaded is { } loaded) return loaded;
        var user = await FindAsync() ?? throw new InvalidOperationException("No user is signed in.");
        var roles = _roles.Select(Roles.FromId).OfType<Role>().ToHashSet();
        _loaded = loaded = (user, new UserAccess(user.Id, user.Unit.Code, roles));
        return loaded;
    }
}
