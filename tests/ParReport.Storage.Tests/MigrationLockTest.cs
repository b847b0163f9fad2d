using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace ParReport.Storage.Tests;

/// <summary>A migration lock left behind by a process killed while migrating never makes a start wait for ever.</summary>
public class MigrationLockTest
{
    private static async Task WithFileAsync(Func<string, Task> test)
    {
        var folder = Path.Combine(Path.GetTempPath(), "parreport-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await test($"Data Source={Path.Combine(folder, "parreport.db")};Pooling=False");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task LeaveLockAsync(ParReportDbContext db, DateTimeOffset at)
    {
        await db.Database.ExecuteSqlRawAsync("""CREATE TABLE IF NOT EXISTS "__EFMigrationsLock"("Id" INTEGER NOT NULL CONSTRAINT "PK___EFMigrationsLock" PRIMARY KEY, "Timestamp" TEXT NOT NULL)""");
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "__EFMigrationsLock"("Id", "Timestamp") VALUES (1, {0})""", at.ToString("O"));
    }

    [Fact]
    public async Task A_lock_left_by_a_killed_process_is_cleared_and_the_migrations_run()
    {
        await WithFileAsync(async connection =>
        {
            await using var db = Database.Create(connection);
            await LeaveLockAsync(db, DateTimeOffset.UtcNow.AddMinutes(-10));

            var clock = Stopwatch.StartNew();
            await Database.MigrateAsync(db, TestContext.Current.CancellationToken);

            Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        });
    }

    [Fact]
    public async Task A_fresh_lock_is_waited_for_only_until_it_counts_as_stale()
    {
        await WithFileAsync(async connection =>
        {
            await using var db = Database.Create(connection);
            var locked = DateTimeOffset.UtcNow;
            await LeaveLockAsync(db, locked);

            await Database.MigrateAsync(db, TestContext.Current.CancellationToken, staleLock: TimeSpan.FromSeconds(1));

            // Measured from the lock's own time, so a slow machine between leaving the lock and migrating changes nothing.
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
            Assert.InRange(DateTimeOffset.UtcNow - locked, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(20));
        });
    }

    [Fact]
    public async Task With_nothing_to_migrate_a_lock_is_not_even_looked_at()
    {
        await WithFileAsync(async connection =>
        {
            await using var db = Database.Create(connection);
            await Database.MigrateAsync(db, TestContext.Current.CancellationToken);
            await LeaveLockAsync(db, DateTimeOffset.UtcNow);

            var clock = Stopwatch.StartNew();
            await Database.MigrateAsync(db, TestContext.Current.CancellationToken, staleLock: TimeSpan.FromHours(1));

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        });
    }
}
