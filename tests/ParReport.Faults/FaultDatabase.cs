using Microsoft.Data.Sqlite;
using Npgsql;

namespace ParReport.Faults;

/// <summary>The database a scenario runs on, made afresh: a SQLite file in the work folder, or a PostgreSQL database of its own.</summary>
public sealed class FaultDatabase
{
    private readonly string? _admin;
    private readonly string? _name;

    private FaultDatabase(string kind, string connectionString, string? admin, string? name) =>
        (Kind, ConnectionString, _admin, _name) = (kind, connectionString, admin, name);

    public string Kind { get; }
    public string ConnectionString { get; }
    public bool IsSqlite => Kind == "sqlite";

    public static async Task<FaultDatabase> CreateAsync(string kind, string scenario, FaultOptions options, string folder)
    {
        if (kind == "sqlite")
        {
            var file = Path.Combine(folder, $"{scenario}.db");
            foreach (var leftover in new[] { file, file + "-wal", file + "-shm" }) File.Delete(leftover);
            return new FaultDatabase(kind, $"Data Source={file}", null, null);
        }
        var name = $"parreport_faults_{scenario}";
        var admin = new NpgsqlConnectionStringBuilder(options.Postgres) { Database = "postgres", Pooling = false }.ConnectionString;
        var database = new FaultDatabase(kind, new NpgsqlConnectionStringBuilder(options.Postgres) { Database = name }.ConnectionString, admin, name);
        await database.DropAsync();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return database;
    }

    /// <summary>Forgets the connections of the killed process's predecessors, so that every check opens the file or server afresh.</summary>
    public void ClearPools()
    {
        if (IsSqlite) SqliteConnection.ClearAllPools();
        else NpgsqlConnection.ClearAllPools();
    }

    public async Task DropAsync()
    {
        if (_admin is null) return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
