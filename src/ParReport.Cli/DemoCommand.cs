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
        var asOf = new Option<string?>("--as-of") { Description = "Ngày của dữ liệu mẫu, dd/MM/yyyy (mặc định hôm nay): các kỳ báo cáo và hạn nộp tính theo ngày này." };
        demo.Options.Add(asOf);
        demo.SetAction(async (parse, cancel) =>
        {
            TimeProvider clock = TimeProvider.System;
            if (parse.GetValue(asOf) is { } text)
            {
                if (!CliDates.TryParse(text, out var day))
                {
                    output.WriteLine(CliMessages.BadDate(text));
                    return ExitCodes.Unreadable;
                }
                if (day.Year is < 2000 or > 2100)
                {
                    output.WriteLine(CliMessages.BadDate(text));
                    return ExitCodes.Unreadable;
                }
                clock = new Application.Demo.DemoClock(Domain.Periods.VietnamTime.At(day, new TimeOnly(8, 0)));
            }
            await using var context = await CliApp.OpenDatabaseAsync(parse.GetValue(db)!, cancel);
            var seeded = await DemoData.SeedAsync(context, clock, cancel);
            if (seeded)
                output.WriteLine(CliMessages.DemoCreated(context.Units.Count(), context.Requests.Count(), context.Reports.Count()));
            else
                output.WriteLine(CliMessages.DemoExists);

            await using var services = Accounts.Services(context);
            await Accounts.EnsureDemoUsersAsync(context, services.GetRequiredService<UserManager<UserRecord>>(),
                services.GetRequiredService<RoleManager<IdentityRole>>(), clock, cancel);
            if (seeded) await Application.Demo.DemoWorkflow.RunAsync(context, clock, cancel);
            output.WriteLine(CliMessages.DemoUsers(DemoUsers.Password));
            foreach (var user in DemoUsers.All)
                output.WriteLine($"  {user.UserName,-13} {Roles.Label(user.Role)} — {user.FullName}");
            return ExitCodes.Ok;
        });
        return demo;
    }
}
