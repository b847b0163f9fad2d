using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParReport.Domain.Access;
using ParReport.Domain.Demo;
using ParReport.Domain.Entry;
using ParReport.Storage.Records;

namespace ParReport.Storage;

/// <summary>User accounts: the Identity settings the web app and the CLI share, the roles, and the demo users.</summary>
public static class Accounts
{
    public const int MaxFailedLogIns = 5;
    public const int LockoutMinutes = 5;

    public static void Configure(IdentityOptions options)
    {
        options.Password.RequiredLength = 8;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedLogIns;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(LockoutMinutes);
        options.User.RequireUniqueEmail = false;
    }

    /// <summary>ParReport's rules for passwords and names (<see cref="AccountRules"/>), beside Identity's own.</summary>
    public static IdentityBuilder AddAccountRules(this IdentityBuilder identity) =>
        identity.AddPasswordValidator<AccountRules>().AddUserValidator<AccountRules>();

    /// <summary>Identity's user and role managers over a database, for code that runs outside the web app.</summary>
    public static ServiceProvider Services(ParReportDbContext db)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(db);
        services.AddIdentityCore<UserRecord>(Configure).AddRoles<IdentityRole>().AddEntityFrameworkStores<ParReportDbContext>().AddAccountRules();
        return services.BuildServiceProvider();
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(Roles.Id(role)))
                Check(await roles.CreateAsync(new IdentityRole(Roles.Id(role))));
    }

    /// <summary>
    /// Creates the demo users and shares out the demo commune's quý I report between its compiler and its contributor.
    /// Does nothing for users that exist or when the demo province is not in the database.
    /// </summary>
    /// <returns>The demo users created.</returns>
    public static async Task<int> EnsureDemoUsersAsync(ParReportDbContext db, UserManager<UserRecord> users, RoleManager<IdentityRole> roles, TimeProvider clock, CancellationToken cancel = default)
    {
        await EnsureRolesAsync(roles);
        var codes = DemoUsers.All.Select(d => d.UnitCode).ToList();
        var units = await db.Units.Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Id, cancel);
        var created = 0;
        foreach (var demo in DemoUsers.All)
        {
            if (!units.TryGetValue(demo.UnitCode, out var unitId) || await users.FindByNameAsync(demo.UserName) is not null) continue;
            var user = new UserRecord { UserName = demo.UserName, FullName = demo.FullName, UnitId = unitId };
            Check(await users.CreateAsync(user, DemoUsers.Password));
            Check(await users.AddToRoleAsync(user, Roles.Id(demo.Role)));
            created++;
        }
        if (created > 0) await AssignDemoPartsAsync(db, users, clock, cancel);
        return created;
    }

    private static async Task AssignDemoPartsAsync(ParReportDbContext db, UserManager<UserRecord> users, TimeProvider clock, CancellationToken cancel)
    {
        var period = DemoData.Current(clock).Code;
        var request = await db.Requests.Where(r => r.IssuerUnit.Code == DemoUsers.DistrictCode && r.PeriodCode == period)
            .SingleOrDefaultAsync(cancel);
        var compiler = await users.FindByNameAsync(DemoUsers.All.First(u => u.Role == Role.Compiler).UserName);
        var contributor = await users.FindByNameAsync(DemoUsers.All.First(u => u.Role == Role.Contributor).UserName);
        if (request is null || compiler is null || contributor is null) return;
        var entry = new EntryStore(db, clock);
        var reportId = await entry.EnsureReportAsync(request.Id, DemoUsers.CommuneCode, cancel);
        var template = Domain.Templates.TemplateCatalog.BuiltIn.Get(new(request.TemplateId, request.TemplateVersion));
        foreach (var part in ReportPart.Of(template))
        {
            var toContributor = DemoUsers.ContributorParts.Contains(part.Key);
            await entry.AssignAsync(reportId, part.Key, toContributor ? contributor.Id : compiler.Id,
                PartDeadline(request.Deadline, toContributor ? 5 : 2, clock), compiler.UserName!, cancel);
        }
    }

    // Some days before the report's deadline, but never already past on the day the demo is made.
    private static DateOnly PartDeadline(DateOnly deadline, int daysBefore, TimeProvider clock)
    {
        var tomorrow = Domain.Periods.VietnamTime.Day(clock.GetUtcNow()).AddDays(1);
        var day = deadline.AddDays(-daysBefore);
        return day >= tomorrow ? day : tomorrow <= deadline ? tomorrow : deadline;
    }

    /// <summary>The users of a unit holding any of the roles, by name; a locked account is left out.</summary>
    public static async Task<IReadOnlyList<UserRecord>> UsersAsync(ParReportDbContext db, string unitCode, IReadOnlyList<Role> roles, DateTimeOffset now, CancellationToken cancel = default)
    {
        var ids = roles.Select(Roles.Id).ToList();
        // SQLite cannot compare the lockout's end, so that is decided here.
        return (await db.Users.AsNoTracking()
                .Where(u => u.Unit.Code == unitCode && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && ids.Contains(r.Name!))))
                .ToListAsync(cancel))
            .Where(u => u.LockoutEnd is null || u.LockoutEnd <= now).OrderBy(u => u.FullName).ToList();
    }

    /// <summary>The users with these ids, but not a locked account.</summary>
    public static async Task<IReadOnlyList<UserRecord>> UsersByIdAsync(ParReportDbContext db, IReadOnlyCollection<string> ids, DateTimeOffset now, CancellationToken cancel = default) =>
        ids.Count == 0 ? [] : (await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(cancel))
            .Where(u => u.LockoutEnd is null || u.LockoutEnd <= now).OrderBy(u => u.FullName).ToList();

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
