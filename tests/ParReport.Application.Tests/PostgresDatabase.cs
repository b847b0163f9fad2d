using Microsoft.EntityFrameworkCore;
using ParReport.Storage.Tests;

namespace ParReport.Application.Tests;

/// <summary>
/// One PostgreSQL database for the tests of a class (which run one after the other), emptied before each: creating and
/// dropping a database takes the server a second or two, emptying its tables a few milliseconds. Made on first use, from
/// inside a test, so that a missing server skips (or, in CI, fails) that test as <see cref="TestDatabase"/> decides.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private TestDatabase? _database;

    public async Task<TestDatabase> EmptiedAsync()
    {
        if (_database is null) return _database = await TestDatabase.CreateAsync(postgres: true);
        await using var db = _database.Open();
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Select(t => $"\"{t}\"");
        var truncate = $"TRUNCATE TABLE {string.Join(", ", tables)} RESTART IDENTITY CASCADE";
        await db.Database.ExecuteSqlRawAsync(truncate);
        return _database;
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
    }
}
