using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace ParReport.Storage;

/// <summary>
/// EF's migration lock on SQLite is a row in "__EFMigrationsLock", deleted when the migration ends. A process killed
/// while it held the lock leaves the row for ever, and every later start would wait on it without end. A row older
/// than <see cref="StaleAfter"/> is taken to be such a leftover and deleted; a younger one is waited for until then.
/// (PostgreSQL's lock is a table lock, released with the connection of a killed process.)
/// </summary>
internal static class MigrationLock
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(60);

    public static async Task ClearStaleAsync(ParReportDbContext db, TimeSpan staleAfter, CancellationToken cancel)
    {
        if (db is not SqliteParReportDbContext) return;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancel);
        try
        {
            while (true)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = """SELECT "Timestamp" FROM "__EFMigrationsLock" WHERE "Id" = 1""";
                object? taken;
                try
                {
                    taken = await command.ExecuteScalarAsync(cancel);
                }
                catch (Microsoft.Data.Sqlite.SqliteException e) when (e.Message.Contains("no such table", StringComparison.Ordinal))
                {
                    return;
                }
                if (taken is null) return;
                var since = DateTimeOffset.TryParse(taken.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                    ? DateTimeOffset.UtcNow - at : TimeSpan.MaxValue;
                if (since >= staleAfter)
                {
                    await db.Database.ExecuteSqlRawAsync("""DELETE FROM "__EFMigrationsLock" WHERE "Id" = 1""", cancel);
                    return;
                }
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancel);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
