using Microsoft.AspNetCore.Identity;
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

        await DemoData.SeedAsync(db);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserRecord>>();
        var userName = configuration["Demo:UserName"]!;
        if (await users.FindByNameAsync(userName) is not null) return;
        var province = db.Units.Single(u => u.Code == DemoOrganisation.ProvinceCode);
        var result = await users.CreateAsync(new UserRecord { UserName = userName, FullName = "Cán bộ Sở Nội vụ (demo)", UnitId = province.Id },
            configuration["Demo:Password"]!);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
