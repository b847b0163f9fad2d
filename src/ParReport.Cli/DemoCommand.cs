using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ParReport.Domain.Access;
using ParReport.Domain.Demo;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Cli;

/// <summary>`parreport demo`: fills an empty database with the demo province and adds one demo user per role.</summary>
public static class DemoCommand
{
    public static Command Build(Option<string> db, TextWriter output)
    {
        var demo = new Command("demo", "Tạo dữ liệu mẫu: một tỉnh, 3 huyện, 12 xã, các yêu cầu báo cáo, báo cáo có số liệu và một người dùng cho mỗi vai trò.");
        demo.SetAction(async (parse, cancel) =>
        {
            await using var context = await CliApp.OpenDatabaseAsync(parse.GetValue(db)!, cancel);
            if (await DemoData.SeedAsync(context, cancel))
                output.WriteLine(CliMessages.DemoCreated(context.Units.Count(), context.Requests.Count(), context.Reports.Count()));
            else
                output.WriteLine(CliMessages.DemoExists);

            await using var services = Accounts.Services(context);
            await Accounts.EnsureDemoUsersAsync(context, services.GetRequiredService<UserManager<UserRecord>>(),
                services.GetRequiredService<RoleManager<IdentityRole>>(), TimeProvider.System, cancel);
            output.WriteLine(CliMessages.DemoUsers(DemoUsers.Password));
            foreach (var user in DemoUsers.All)
                output.WriteLine($"  {user.UserName,-10} {Roles.Label(user.Role)} — {user.FullName}");
            return ExitCodes.Ok;
        });
        return demo;
    }
}
