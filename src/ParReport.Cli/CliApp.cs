using System.CommandLine;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using ParReport.Storage;

namespace ParReport.Cli;

/// <summary>The `parreport` command line: builds the commands and runs one.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var db = new Option<string>("--db")
        {
            Description = "Chuỗi kết nối CSDL: SQLite (mặc định \"" + Database.DefaultConnectionString + "\") hoặc PostgreSQL (\"Host=…;Database=…\").",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("PARREPORT_DB") ?? Database.DefaultConnectionString,
            Recursive = true,
        };
        var root = new RootCommand("ParReport — báo cáo cải cách hành chính định kỳ.") { db };
        root.Subcommands.Add(TemplatesCommands.Build(output, error));
        root.Subcommands.Add(UnitsCommands.Build(db, output, error));
        root.Subcommands.Add(RequestsCommands.Build(db, output, error));
        root.Subcommands.Add(AggregateCommand.Build(db, output, error));
        root.Subcommands.Add(DemoCommand.Build(db, output));
        root.Subcommands.Add(CheckCommand.Build(output, error));
        root.Subcommands.Add(ReportCommands.Build(db, output, error));
        root.Subcommands.Add(DossiersCommands.Build(db, output, error));
        root.Subcommands.Add(RegistersCommands.Build(db, output, error));
        foreach (var command in BackupCommands.Build(db, output, error)) root.Subcommands.Add(command);
        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is DbException || e.InnerException is DbException || e is DbUpdateException)
        {
            var inner = e is DbException ? e : e.InnerException ?? e;
            error.WriteLine(CliMessages.Database(inner.Message));
            return ExitCodes.Unreadable;
        }
    }

    /// <summary>Opens and migrates the database named by the --db option.</summary>
    public static async Task<ParReportDbContext> OpenDatabaseAsync(string connectionString, CancellationToken cancel)
    {
        var db = Database.Create(connectionString);
        await Database.MigrateAsync(db, cancel);
        return db;
    }
}
