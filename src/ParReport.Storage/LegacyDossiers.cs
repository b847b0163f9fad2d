using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using ParReport.Domain.Dossiers;

namespace ParReport.Storage;

/// <summary>
/// Databases of earlier versions kept a row per dossier in "Dossiers". Upgrading one, the migrations stop before
/// that table is dropped, its rows are packed into blocks (one unit's import at a time), and the migrations go on.
/// </summary>
internal static class LegacyDossiers
{
    private const string DropMigration = "_DropDossierRows";

    public static async Task MigrateAsync(ParReportDbContext db, CancellationToken cancel)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancel)).ToList();
        var drop = pending.FindIndex(m => m.EndsWith(DropMigration, StringComparison.Ordinal));
        if (drop >= 0)
        {
            if (drop > 0) await db.GetService<IMigrator>().MigrateAsync(pending[drop - 1], cancel);
            // Millions of rows take longer than the default 30 s a statement may run.
            var timeout = db.Database.GetCommandTimeout();
            db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
            try
            {
                await MoveToBlocksAsync(db, cancel);
            }
            finally
            {
                db.Database.SetCommandTimeout(timeout);
            }
        }
        await db.Database.MigrateAsync(cancel);
    }

    private static async Task MoveToBlocksAsync(ParReportDbContext db, CancellationToken cancel)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        // The pages are read in this order: without an index each page would sort the whole table again.
        // (The index goes with the table.)
        await db.Database.ExecuteSqlRawAsync("""CREATE INDEX IF NOT EXISTS "IX_Dossiers_Legacy" ON "Dossiers" ("UnitId", "ImportId", "Id")""", cancel);
        await using var blocks = new DossierBlocks(db);
        var batch = new DossierBatch();
        (int Unit, int Import) current = default;
        (int Unit, int Import, long Id) last = (int.MinValue, int.MinValue, long.MinValue);
        while (true)
        {
            // A page at a time: PostgreSQL runs no other command while a reader is open.
            var page = await PageAsync(db, transaction.GetDbTransaction(), last, cancel);
            if (page.Count == 0) break;
            foreach (var (unit, import, id, dossier) in page)
            {
                if ((unit, import) != current || batch.IsFull)
                {
                    if (batch.Count > 0) await blocks.AddAsync(current.Unit, current.Import, DossierBlocks.Pack(batch), cancel);
                    batch.Clear();
                    current = (unit, import);
                }
                batch.Add(0, dossier);
                last = (unit, import, id);
            }
        }
        if (batch.Count > 0) await blocks.AddAsync(current.Unit, current.Import, DossierBlocks.Pack(batch), cancel);
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "Dossiers" """, cancel);
        await transaction.CommitAsync(cancel);
    }

    private static async Task<List<(int Unit, int Import, long Id, Dossier Dossier)>> PageAsync(
        ParReportDbContext db, DbTransaction transaction, (int Unit, int Import, long Id) after, CancellationToken cancel)
    {
        await using var select = db.Database.GetDbConnection().CreateCommand();
        select.Transaction = transaction;
        select.CommandText = $"""
            SELECT "UnitId", "ImportId", "Id", "Code", "Field", "Received", "Deadline", "Resolved", "Channel", "Fee", "PaidOnline", "Satisfied"
            FROM "Dossiers" WHERE ("UnitId", "ImportId", "Id") > (@unit, @import, @id) ORDER BY "UnitId", "ImportId", "Id" LIMIT {DossierBatch.Capacity}
            """;
        foreach (var (name, value) in new (string, object)[] { ("@unit", after.Unit), ("@import", after.Import), ("@id", after.Id) })
        {
            var parameter = select.CreateParameter();
            (parameter.ParameterName, parameter.Value) = (name, value);
            select.Parameters.Add(parameter);
        }
        var page = new List<(int, int, long, Dossier)>();
        await using var reader = await select.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            DateTime? Time(int i) => reader.IsDBNull(i) ? null : reader.GetDateTime(i);
            page.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetInt64(2), new Dossier(reader.GetString(3), reader.GetString(4), reader.GetDateTime(5),
                Time(6), Time(7), (SubmissionChannel)reader.GetInt32(8), reader.IsDBNull(9) ? null : reader.GetDecimal(9), reader.GetBoolean(10),
                reader.IsDBNull(11) ? null : reader.GetBoolean(11))));
        }
        return page;
    }
}
