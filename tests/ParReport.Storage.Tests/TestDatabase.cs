using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace ParReport.Storage.Tests;

/// <summary>A fresh, migrated database for one test, removed afterwards.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<Task> _drop;

    private TestDatabase(string connectionString, Func<Task> drop)
    {
        ConnectionString = connectionString;
        _drop = drop;
    }

    public string ConnectionString { get; }

    public ParReportDbContext Open() => Database.Create(ConnectionString);

    /// <param name="upTo">The name of the last migration to apply (a database of an earlier version); all of them without it.</param>
    public static async Task<TestDatabase> CreateAsync(bool postgres, string? upTo = null)
    {
        var database = postgres ? await PostgresAsync() : Sqlite();
        await using var db = database.Open();
        if (upTo is null) await Database.MigrateAsync(db);
        else
        {
            if (!postgres) Directory.CreateDirectory(Path.GetDirectoryName(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource)!);
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_" + upTo)));
        }
        return database;
    }

    private static TestDatabase Sqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "parreport-tests", Guid.NewGuid().ToString("N"));
        return new TestDatabase($"Data Source={Path.Combine(folder, "data", "parreport.db")};Pooling=False", () =>
        {
            Directory.Delete(folder, recursive: true);
            return Task.CompletedTask;
        });
    }

    /// <summary>
    /// The server named by PARREPORT_TEST_POSTGRES, or the one .ci/run starts on loopback. Without a server the test
    /// is skipped with the reason, unless PARREPORT_REQUIRE_POSTGRES=1 (as in CI), where it fails.
    /// </summary>
    private static async Task<TestDatabase> PostgresAsync()
    {
        var server = Environment.GetEnvironmentVariable("PARREPORT_TEST_POSTGRES")
            ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";
        var name = "parreport_test_" + Guid.NewGuid().ToString("N");
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Timeout = 3 }.ConnectionString;
        try
        {
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            var reason = $"PostgreSQL is not reachable ({new NpgsqlConnectionStringBuilder(server).Host}): {e.Message}";
            if (Environment.GetEnvironmentVariable("PARREPORT_REQUIRE_POSTGRES") == "1") Assert.Fail(reason);
            Assert.Skip(reason + ". Start it as .ci/run does, or set PARREPORT_TEST_POSTGRES.");
        }
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase(connectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        });
    }

    public async ValueTask DisposeAsync() => await _drop();
}
