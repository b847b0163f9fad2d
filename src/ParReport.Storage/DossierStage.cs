using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using ParReport.Domain.Dossiers;

namespace ParReport.Storage;

/// <summary>
/// A temporary table, without any index, that an import fills as it reads the file: the cheapest way into the
/// database (SQLite: one prepared insert per row; PostgreSQL: binary COPY). The import then checks and merges
/// it into the dossiers with a few set-based statements.
/// </summary>
internal abstract class DossierStage : IAsyncDisposable
{
    public const string Table = "dossier_stage";
    protected const string ColumnList = "\"Line\", \"Code\", \"Field\", \"Received\", \"Deadline\", \"Resolved\", \"Channel\", \"Fee\", \"PaidOnline\", \"Satisfied\"";

    public static async Task<DossierStage> CreateAsync(ParReportDbContext db, CancellationToken cancel)
    {
        var postgres = db.Database.IsNpgsql();
        await DropAsync(db, cancel);
        var create = postgres
            ? $"""
              CREATE TEMP TABLE {Table} ("Line" integer, "Code" varchar(64) COLLATE "C", "Field" varchar(256), "Received" timestamp, "Deadline" timestamp,
                "Resolved" timestamp, "Channel" integer, "Fee" numeric(18,2), "PaidOnline" boolean, "Satisfied" boolean) ON COMMIT DROP
              """
            : $"CREATE TEMP TABLE {Table} ({ColumnList})";
        await db.Database.ExecuteSqlRawAsync(create, cancel);
        // SQLite's default page cache (2 MB) makes the merge into millions of dossiers go to disk for every page.
        if (!postgres) await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -65536", cancel);
        var connection = db.Database.GetDbConnection();
        return postgres
            ? new PostgresStage(await ((NpgsqlConnection)connection).BeginBinaryImportAsync($"COPY {Table} ({ColumnList}) FROM STDIN (FORMAT BINARY)", cancel))
            : new SqliteStage(connection, db.Database.CurrentTransaction!.GetDbTransaction());
    }

    /// <summary>Removes the table (SQLite keeps a temporary table with its pooled connection; PostgreSQL drops it at commit).</summary>
    public static async Task DropAsync(ParReportDbContext db, CancellationToken cancel)
    {
        var drop = $"DROP TABLE IF EXISTS {(db.Database.IsNpgsql() ? "" : "temp.")}{Table}";
        await db.Database.ExecuteSqlRawAsync(drop, cancel);
    }

    public abstract ValueTask AddAsync(int line, Dossier dossier, CancellationToken cancel);

    /// <summary>Makes every added row visible to the statements that follow.</summary>
    public abstract ValueTask CompleteAsync(CancellationToken cancel);

    public abstract ValueTask DisposeAsync();

    private sealed class SqliteStage : DossierStage
    {
        private readonly DbCommand _insert;
        private readonly DbParameter[] _values;

        public SqliteStage(DbConnection connection, DbTransaction transaction)
        {
            _insert = connection.CreateCommand();
            _insert.Transaction = transaction;
            _insert.CommandText = $"INSERT INTO {Table} VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9)";
            _values = Enumerable.Range(0, 10).Select(i =>
            {
                var parameter = _insert.CreateParameter();
                parameter.ParameterName = $"${i}";
                _insert.Parameters.Add(parameter);
                return parameter;
            }).ToArray();
            _insert.Prepare();
        }

        // Synchronous: SQLite runs in process, and the async path costs more than the insert itself.
        public override ValueTask AddAsync(int line, Dossier d, CancellationToken cancel)
        {
            var v = _values;
            (v[0].Value, v[1].Value, v[2].Value, v[3].Value) = (line, d.Code, d.Field, d.Received);
            (v[4].Value, v[5].Value, v[6].Value) = ((object?)d.Deadline ?? DBNull.Value, (object?)d.Resolved ?? DBNull.Value, (int)d.Channel);
            (v[7].Value, v[8].Value, v[9].Value) = ((object?)d.Fee ?? DBNull.Value, d.PaidOnline, (object?)d.Satisfied ?? DBNull.Value);
            _insert.ExecuteNonQuery();
            return ValueTask.CompletedTask;
        }

        public override ValueTask CompleteAsync(CancellationToken cancel) => ValueTask.CompletedTask;

        public override ValueTask DisposeAsync() => _insert.DisposeAsync();
    }

    private sealed class PostgresStage(NpgsqlBinaryImporter copy) : DossierStage
    {
        private bool _completed;

        public override async ValueTask AddAsync(int line, Dossier d, CancellationToken cancel)
        {
            await copy.StartRowAsync(cancel);
            await copy.WriteAsync(line, NpgsqlDbType.Integer, cancel);
            await copy.WriteAsync(d.Code, NpgsqlDbType.Varchar, cancel);
            await copy.WriteAsync(d.Field, NpgsqlDbType.Varchar, cancel);
            await copy.WriteAsync(d.Received, NpgsqlDbType.Timestamp, cancel);
            await WriteNullableAsync(d.Deadline, NpgsqlDbType.Timestamp, cancel);
            await WriteNullableAsync(d.Resolved, NpgsqlDbType.Timestamp, cancel);
            await copy.WriteAsync((int)d.Channel, NpgsqlDbType.Integer, cancel);
            await WriteNullableAsync(d.Fee, NpgsqlDbType.Numeric, cancel);
            await copy.WriteAsync(d.PaidOnline, NpgsqlDbType.Boolean, cancel);
            await WriteNullableAsync(d.Satisfied, NpgsqlDbType.Boolean, cancel);
        }

        private async Task WriteNullableAsync<T>(T? value, NpgsqlDbType type, CancellationToken cancel) where T : struct
        {
            if (value is { } v) await copy.WriteAsync(v, type, cancel);
            else await copy.WriteNullAsync(cancel);
        }

        public override async ValueTask CompleteAsync(CancellationToken cancel)
        {
            await copy.CompleteAsync(cancel);
            await copy.CloseAsync(cancel);
            _completed = true;
        }

        public override async ValueTask DisposeAsync()
        {
            // Not completed (an exception, a cancellation): disposing cancels the COPY.
            if (!_completed) await copy.DisposeAsync();
        }
    }
}
