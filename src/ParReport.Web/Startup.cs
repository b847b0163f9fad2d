using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Demo;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Web;

/// <summary>Brings the database to the current schema and, when the demo is enabled, fills an empty one.</summary>
internal static class Startup
{
    public static async Task PrepareDatabaseAsync(IServiceProvider services, IConfiguration configuration)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ParReportDbContext>();
        await Database.MigrateAsync(db);
        if (!configuration.GetValue<bool>("Demo:Enabled")) return;

        await using var transaction = await db.Database.BeginTransactionAsync();
        await DemoData.SeedAsync(db);
        await EnsureDemoUserAsync(db, scope.ServiceProvider.GetRequiredService<UserManager<UserRecord>>(),
            configuration["Demo:UserName"]!, configuration["Demo:Password"]!);
        await transaction.CommitAsync();
    }

    private static async Task EnsureDemoUserAsync(ParReportDbContext db, UserManager<UserRecord> users, string userName, string password)
    {
        if (await users.FindByNameAsync(userName) is not null) return;
        // Units imported before the first run: there is no demo province to attach the demo user to.
        if (await db.Units.SingleOrDefaultAsync(u => u.Code == DemoOrganisation.ProvinceCode) is not { } province) return;
        var result = await users.CreateAsync(new UserRecord { UserName = userName, FullName = "Cán bộ Sở Nội vụ (demo)", UnitId = province.Id }, password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
