using Microsoft.AspNetCore.Identity;
using ParReport.Application.Demo;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Web;

/// <summary>Brings the database to the current schema with the roles and, when the demo is enabled, fills an empty one and adds the demo users.</summary>
internal static class Startup
{
    public static async Task PrepareDatabaseAsync(IServiceProvider services, IConfiguration configuration)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ParReportDbContext>();
        await Database.MigrateAsync(db);
        await Accounts.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        if (!configuration.GetValue<bool>("Demo:Enabled")) return;

        await using var transaction = await db.Database.BeginTransactionAsync();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var seeded = await DemoData.SeedAsync(db, clock);
        await Accounts.EnsureDemoUsersAsync(db, scope.ServiceProvider.GetRequiredService<UserManager<UserRecord>>(),
            scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(), clock);
        if (seeded) await DemoWorkflow.RunAsync(db, clock);
        await transaction.CommitAsync();
    }
}
