using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ParReport.Storage;

/// <summary>
/// Opens the database named by a connection string: PostgreSQL when it has a Host (Npgsql's form,
/// "Host=…;Database=…"), SQLite otherwise ("Data Source=data/parreport.db"). SQLite's folder is created
/// on first use; migrations bring either database to the current schema.
/// </summary>
public static class Database
{
    public const string DefaultConnectionString = "Data Source=data/parreport.db";

    public static bool IsPostgres(string connectionString) =>
        connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Names the database without its password: "SQLite data/parreport.db", "PostgreSQL parreport @ localhost".</summary>
    public static string Describe(string connectionString)
    {
        if (!IsPostgres(connectionString)) return $"SQLite {new SqliteConnectionStringBuilder(connectionString).DataSource}";
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL {builder.Database} @ {builder.Host}";
    }

    /// <summary>
    /// The options of a context on the database. They are immutable: the web app builds them once, not on every request.
    /// </summary>
    public static DbContextOptions Options(string connectionString) => IsPostgres(connectionString)
        ? new DbContextOptionsBuilder<PostgresParReportDbContext>().UseNpgsql(WithAutoPrepare(connectionString)).Options
        : new DbContextOptionsBuilder<SqliteParReportDbContext>().UseSqlite(connectionString).Options;

    /// <summary>
    /// PostgreSQL prepares the statements a connection runs often (Npgsql's "Max Auto Prepare"): every page runs the same
    /// few dozen queries, and parsing and planning each again cost PostgreSQL more CPU than running it. A connection string
    /// that sets the option keeps its value (0 turns it off, e.g. behind a pooler that does not keep prepared statements).
    /// A command of our own run again keeps its parameters and sets their values (as <c>DossierBlocks</c> does): once
    /// prepared, clearing and re-adding them is not seen.
    /// </summary>
    public static string WithAutoPrepare(string connectionString)
    {
        // Npgsql's builder knows every keyword, so the generic one tells what the string itself sets ("Max Auto Prepare", "MaxAutoPrepare").
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.Keys.Cast<string>().Any(k => k.Replace(" ", "").Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase))) return connectionString;
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = AutoPrepared };
        return builder.ConnectionString;
    }

    /// <summary>How many statements each PostgreSQL connection keeps prepared: more than the distinct queries of the busiest pages.</summary>
    public const int AutoPrepared = 100;

    public static ParReportDbContext Create(string connectionString) => Create(Options(connectionString));

    public static ParReportDbContext Create(DbContextOptions options) => options switch
    {
        DbContextOptions<PostgresParReportDbContext> pg => new PostgresParReportDbContext(pg),
        DbContextOptions<SqliteParReportDbContext> sqlite => new SqliteParReportDbContext(sqlite),
        _ => throw new ArgumentException($"Unsupported options {options.GetType()}.", nameof(options)),
    };

    /// <summary>
    /// Readers never wait for the writer and a commit is one append to the log (the mode is kept in the file, so it is set once).
    /// </summary>
    private static async Task UseWalAsync(ParReportDbContext db, CancellationToken cancel)
    {
        await db.Database.OpenConnectionAsync(cancel);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA journal_mode";
            if (await command.ExecuteScalarAsync(cancel) as string == "wal") return;
            command.CommandText = "PRAGMA journal_mode=WAL";
            await command.ExecuteScalarAsync(cancel);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Whether a save failed because another one inserted the same unique key first (a race, not bad data).</summary>
    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode == 2067, // SQLITE_CONSTRAINT_UNIQUE
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    /// <summary>
    /// Creates the SQLite file's folder if needed, puts the file in WAL mode and applies pending migrations. With none pending, the migration lock is
    /// not taken at all; before migrating, a lock left by a killed process (older than <paramref name="staleLock"/>,
    /// one minute by default) is cleared.
    /// </summary>
    public static async Task MigrateAsync(ParReportDbContext db, CancellationToken cancel = default, TimeSpan? staleLock = null)
    {
        if (db is SqliteParReportDbContext)
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(file) && file != ":memory:" && folder is not null)
            {
                Directory.CreateDirectory(folder);
                await UseWalAsync(db, cancel);
            }
        }
        if (!(await db.Database.GetPendingMigrationsAsync(cancel)).Any()) return;
        await MigrationLock.ClearStaleAsync(db, staleLock ?? MigrationLock.StaleAfter, cancel);
        await LegacyDossiers.MigrateAsync(db, cancel);
    }
}
