using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ParReport.Storage;

/// <summary>
/// Backs the database up into one file and restores it from one. SQLite: the online backup API, which copies a
/// consistent snapshot while the application keeps writing, both ways. PostgreSQL: pg_dump's custom format and
/// pg_restore in a single transaction. A restore first checks that the file is a ParReport database of this version
/// or an earlier one, and refuses otherwise with the live database untouched; a backup is written as an
/// <see cref="AtomicFile"/>, so a failed one never leaves a truncated file under the name given.
/// </summary>
public static class Backup
{
    /// <summary>Writes the backup; returns null when done, otherwise the Vietnamese reason.</summary>
    public static async Task<string?> CreateAsync(string connectionString, string file, CancellationToken cancel = default)
    {
        string? problem = null;
        await AtomicFile.WriteAsync(file, async temp => (problem = Database.IsPostgres(connectionString)
            ? await PgAsync("pg_dump", connectionString, ["-Fc", "-f", temp], cancel)
            : SqliteCopy(connectionString, temp)) is null);
        return problem;
    }

    /// <summary>Replaces the live database's content with the backup's, then brings it to the current schema; null when done.</summary>
    public static async Task<string?> RestoreAsync(string connectionString, string file, CancellationToken cancel = default)
    {
        var path = Path.GetFullPath(file);
        if (!File.Exists(path)) return StorageMessages.BackupMissing(path);
        string[] known;
        await using (var db = Database.Create(connectionString)) known = db.Database.GetMigrations().ToArray();
        var postgres = Database.IsPostgres(connectionString);
        var (migrations, unreadable) = postgres ? await PgMigrationsAsync(path, cancel) : SqliteMigrations(path);
        if (unreadable is not null) return unreadable;
        if (migrations.Count == 0) return StorageMessages.NotABackup(path, StorageMessages.NoMigrations);
        if (migrations.FirstOrDefault(m => !known.Contains(m)) is { } newer) return StorageMessages.BackupTooNew(path, newer);

        if (postgres)
        {
            if (await PgAsync("pg_restore", connectionString, ["--clean", "--if-exists", "--single-transaction", "--no-owner", path], cancel) is { } failed)
                return failed;
            NpgsqlConnection.ClearAllPools();
        }
        else
        {
            using (var backup = new SqliteConnection(ReadOnly(path)))
            using (var live = new SqliteConnection(connectionString))
            {
                backup.Open();
                live.Open();
                backup.BackupDatabase(live);
            }
            SqliteConnection.ClearAllPools();
        }
        await using (var db = Database.Create(connectionString)) await Database.MigrateAsync(db, cancel);
        return null;
    }

    private static string ReadOnly(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString;

    private static string? SqliteCopy(string connectionString, string temp)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (!File.Exists(source)) return StorageMessages.BackupMissing(Path.GetFullPath(source));
        using var live = new SqliteConnection(connectionString);
        using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temp, Pooling = false }.ConnectionString);
        live.Open();
        copy.Open();
        live.BackupDatabase(copy);
        // The copy is one self-contained file, whatever the live database's journal.
        using var journal = copy.CreateCommand();
        journal.CommandText = "PRAGMA journal_mode=DELETE";
        journal.ExecuteNonQuery();
        return null;
    }

    /// <summary>The migrations applied in a SQLite backup, after its integrity check; or why it is no ParReport database.</summary>
    private static (IReadOnlyList<string>, string?) SqliteMigrations(string path)
    {
        try
        {
            using var connection = new SqliteConnection(ReadOnly(path));
            connection.Open();
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            var result = check.ExecuteScalar() as string;
            if (result != "ok")
                return ([], StorageMessages.NotABackup(path, StorageMessages.IntegrityFailed(result ?? "")));
            using var history = connection.CreateCommand();
            history.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
            if (history.ExecuteScalar() is null) return ([], StorageMessages.NotABackup(path, StorageMessages.NoMigrations));
            history.CommandText = """SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY 1""";
            var ids = new List<string>();
            using var reader = history.ExecuteReader();
            while (reader.Read()) ids.Add(reader.GetString(0));
            return (ids, null);
        }
        catch (SqliteException e)
        {
            return ([], StorageMessages.NotABackup(path, e.Message));
        }
    }

    /// <summary>The migrations in a pg_dump archive (the rows of its history table), or why it is no ParReport archive.</summary>
    private static async Task<(IReadOnlyList<string>, string?)> PgMigrationsAsync(string path, CancellationToken cancel)
    {
        var (exit, output, error) = await RunAsync("pg_restore", null, ["--data-only", "--table=__EFMigrationsHistory", "-f", "-", path], cancel);
        if (exit is null) return ([], StorageMessages.ToolMissing("pg_restore"));
        if (exit != 0) return ([], StorageMessages.NotABackup(path, error.Trim()));
        // Plain SQL out: the table's rows lie between its COPY line and "\.", tab-separated, the id first.
        var ids = new List<string>();
        var inCopy = false;
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith("COPY ", StringComparison.Ordinal) && line.Contains("__EFMigrationsHistory", StringComparison.Ordinal)) inCopy = true;
            else if (line == "\\.") inCopy = false;
            else if (inCopy && line.Length > 0) ids.Add(line.Split('\t')[0]);
        }
        return (ids, null);
    }

    /// <summary>Runs pg_dump or pg_restore on the database of the connection string (its password through PGPASSWORD); null when it succeeded.</summary>
    private static async Task<string?> PgAsync(string tool, string connectionString, string[] args, CancellationToken cancel)
    {
        var c = new NpgsqlConnectionStringBuilder(connectionString);
        string[] target = [$"--host={c.Host}", $"--port={c.Port}", $"--dbname={c.Database}", .. c.Username is { } user ? [$"--username={user}"] : Array.Empty<string>(), "--no-password"];
        var (exit, _, error) = await RunAsync(tool, c.Password, [.. target, .. args], cancel);
        if (exit is null) return StorageMessages.ToolMissing(tool);
        return exit == 0 ? null : StorageMessages.ToolFailed(tool, exit.Value, error.Trim());
    }

    /// <summary>The exit code (null when the program is not installed), output and errors of a program.</summary>
    private static async Task<(int?, string, string)> RunAsync(string program, string? password, string[] args, CancellationToken cancel)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        if (password is not null) start.Environment["PGPASSWORD"] = password;
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            return (null, "", "");
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancel);
            var error = process.StandardError.ReadToEndAsync(cancel);
            await process.WaitForExitAsync(cancel);
            return (process.ExitCode, await output, await error);
        }
    }
}
