using System.CommandLine;
using ParReport.Storage;

namespace ParReport.Cli;

/// <summary>`parreport demo`: fills an empty database with the demo province.</summary>
public static class DemoCommand
{
    public static Command Build(Option<string> db, TextWriter output)
    {
        var demo = new Command("demo", "Tạo dữ liệu mẫu: một tỉnh, 3 huyện, 12 xã, các yêu cầu báo cáo và báo cáo có số liệu.");
        demo.SetAction(async (parse, cancel) =>
        {
            await using var context = await CliApp.OpenDatabaseAsync(parse.GetValue(db)!, cancel);
            if (!await DemoData.SeedAsync(context, cancel))
            {
                output.WriteLine(CliMessages.DemoExists);
                return ExitCodes.Ok;
            }
            output.WriteLine(CliMessages.DemoCreated(context.Units.Count(), context.Requests.Count(), context.Reports.Count()));
            return ExitCodes.Ok;
        });
        return demo;
    }
}
