using System.CommandLine;
using ParReport.Storage;

namespace ParReport.Cli;

/// <summary>`parreport backup FILE` and `parreport restore FILE`, on the database chosen by --db.</summary>
public static class BackupCommands
{
    public static IEnumerable<Command> Build(Option<string> db, TextWriter output, TextWriter error)
    {
        var backupFile = new Argument<string>("file") { Description = "Tệp sao lưu sẽ ghi (ghi đè nếu đã có)." };
        var backup = new Command("backup", "Sao lưu CSDL vào một tệp, trong khi ứng dụng vẫn chạy (SQLite: backup API; PostgreSQL: pg_dump -Fc).") { backupFile };
        backup.SetAction(async (parse, cancel) =>
            Report(await Storage.Backup.CreateAsync(parse.GetValue(db)!, parse.GetValue(backupFile)!, cancel), CliMessages.BackedUp(Database.Describe(parse.GetValue(db)!), parse.GetValue(backupFile)!)));

        var restoreFile = new Argument<string>("file") { Description = "Tệp sao lưu do «parreport backup» ghi." };
        var restore = new Command("restore", "Phục hồi CSDL từ tệp sao lưu: thay toàn bộ dữ liệu hiện có bằng dữ liệu của tệp.") { restoreFile };
        restore.SetAction(async (parse, cancel) =>
            Report(await Storage.Backup.RestoreAsync(parse.GetValue(db)!, parse.GetValue(restoreFile)!, cancel), CliMessages.Restored(Database.Describe(parse.GetValue(db)!), parse.GetValue(restoreFile)!)));

        int Report(string? problem, string done)
        {
            if (problem is not null)
            {
                error.WriteLine(problem);
                return ExitCodes.Unreadable;
            }
            output.WriteLine(done);
            return ExitCodes.Ok;
        }
        return [backup, restore];
    }
}
