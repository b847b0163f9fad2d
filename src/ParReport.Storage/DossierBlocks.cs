using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ParReport.Domain.Dossiers;

namespace ParReport.Storage;

/// <summary>
/// Reads and writes a unit's dossier blocks with plain commands in the current transaction: blocks are read into
/// reused buffers and never tracked, as thousands of them make a unit's dossiers.
/// </summary>
internal sealed class DossierBlocks(ParReportDbContext db) : IAsyncDisposable
{
    private DbCommand? _insert;
    private byte[] _figures = [], _codes = [];

    /// <summary>
    /// The figures (or, with <paramref name="codes"/>, the codes) of the unit's blocks in the order they were written;
    /// the bytes are valid until the next block.
    /// </summary>
    public IAsyncEnumerable<(long Id, ReadOnlyMemory<byte> Bytes)> ReadAsync(int unitId, bool codes, CancellationToken cancel) =>
        ReadAsync($"""SELECT "Id", {(codes ? "\"Codes\"" : "\"Figures\"")} FROM "DossierBlocks" WHERE "UnitId" = @unit ORDER BY "Id" """, unitId, cancel);

    /// <summary>The figures of the blocks of the unit with this code (none for a code of no unit), in one command: what a report page reads.</summary>
    public IAsyncEnumerable<(long Id, ReadOnlyMemory<byte> Bytes)> ReadFiguresAsync(string unitCode, CancellationToken cancel) =>
        ReadAsync("""
            SELECT "Id", "Figures" FROM "DossierBlocks" WHERE "UnitId" = (SELECT "Id" FROM "Units" WHERE "Code" = @unit) ORDER BY "Id"
            """, unitCode, cancel);

    private async IAsyncEnumerable<(long Id, ReadOnlyMemory<byte> Bytes)> ReadAsync(
        string sql, object unit, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancel)
    {
        await using var select = Command(sql);
        Parameter(select, "@unit", unit);
        // Outside a transaction the connection is closed until EF opens it: opened here, and closed as EF counts.
        await db.Database.OpenConnectionAsync(cancel);
        try
        {
            await using var reader = await select.ExecuteReaderAsync(cancel);
            while (await reader.ReadAsync(cancel)) yield return (reader.GetInt64(0), Read(reader, 1, ref _figures));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static ReadOnlyMemory<byte> Read(DbDataReader reader, int column, ref byte[] buffer)
    {
        var length = (int)reader.GetBytes(column, 0, null, 0, 0);
        if (buffer.Length < length) buffer = new byte[Math.Max(length, buffer.Length * 2)];
        reader.GetBytes(column, 0, buffer, 0, length);
        return buffer.AsMemory(0, length);
    }

    /// <summary>A batch packed for its block.</summary>
    public sealed record Packed(int Count, DateTime LastReceived, byte[] Figures, byte[] Codes);

    /// <summary>Packs a batch (on any thread).</summary>
    public static Packed Pack(DossierBatch batch) => new(batch.Count, LastReceived(batch), batch.PackFigures(), batch.PackCodes());

    /// <summary>Stores a packed batch as a new block; returns its id.</summary>
    public async Task<long> AddAsync(int unitId, int importId, Packed block, CancellationToken cancel)
    {
        if (_insert is null)
        {
            _insert = Command("""
                INSERT INTO "DossierBlocks" ("UnitId", "ImportId", "Count", "LastReceived", "Figures", "Codes")
                VALUES (@unit, @import, @count, @last, @figures, @codes) RETURNING "Id"
                """);
            foreach (var name in new[] { "@unit", "@import", "@count", "@last", "@figures", "@codes" }) Parameter(_insert, name, null);
        }
        var values = _insert.Parameters;
        values["@unit"].Value = unitId;
        values["@import"].Value = importId;
        values["@count"].Value = block.Count;
        values["@last"].Value = block.LastReceived;
        values["@figures"].Value = block.Figures;
        values["@codes"].Value = block.Codes;
        return Convert.ToInt64(await _insert.ExecuteScalarAsync(cancel));
    }

    /// <summary>
    /// Takes rows out of blocks: <paramref name="remove"/> is asked for each row by its number (the blocks' rows are
    /// numbered from <paramref name="first"/> on, in order). A block left empty is deleted.
    /// </summary>
    public async Task RemoveAsync(IReadOnlyList<(long Id, int Count)> blocks, long first, Func<long, bool> remove, DossierBatch batch, CancellationToken cancel)
    {
        foreach (var (id, count) in blocks)
        {
            var start = first;
            first += count;
            var removed = 0;
            for (var i = 0; i < count; i++)
                if (remove(start + i)) removed++;
            if (removed == 0) continue;
            if (removed == count)
            {
                await using var delete = Command("""DELETE FROM "DossierBlocks" WHERE "Id" = @id""");
                Parameter(delete, "@id", id);
                await delete.ExecuteNonQueryAsync(cancel);
                continue;
            }
            await using (var select = Command("""SELECT "Figures", "Codes" FROM "DossierBlocks" WHERE "Id" = @id"""))
            {
                Parameter(select, "@id", id);
                await using var reader = await select.ExecuteReaderAsync(cancel);
                await reader.ReadAsync(cancel);
                batch.Unpack(Read(reader, 0, ref _figures).Span, Read(reader, 1, ref _codes).Span);
            }
            batch.Filter(i => !remove(start + i));
            var packed = Pack(batch);
            await using var update = Command("""
                UPDATE "DossierBlocks" SET "Count" = @count, "LastReceived" = @last, "Figures" = @figures, "Codes" = @codes WHERE "Id" = @id
                """);
            Parameter(update, "@count", packed.Count);
            Parameter(update, "@last", packed.LastReceived);
            Parameter(update, "@figures", packed.Figures);
            Parameter(update, "@codes", packed.Codes);
            Parameter(update, "@id", id);
            await update.ExecuteNonQueryAsync(cancel);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_insert is not null) await _insert.DisposeAsync();
    }

    private static DateTime LastReceived(DossierBatch batch)
    {
        long last = 0;
        foreach (var ticks in batch.ReceivedTicks) last = Math.Max(last, ticks);
        return new DateTime(last);
    }

    private DbCommand Command(string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (db.Database.GetCommandTimeout() is { } timeout) command.CommandTimeout = timeout;
        return command;
    }

    private static void Parameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
