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
            await MoveToBlocksAsync(db, cancel);
        }
        await db.Database.MigrateAsync(cancel);
    }

    private static async Task MoveToBlocksAsync(ParReportDbContext db, CancellationToken cancel)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        await using var blocks = new DossierBlocks(db);
        var batch = new DossierBatch();
        (int Unit, int Import) current = default;
        async Task FlushAsync()
        {
            if (batch.Count > 0) await blocks.AddAsync(current.Unit, current.Import, DossierBlocks.Pack(batch), cancel);
            batch.Clear();
        }

        await using (var select = db.Database.GetDbConnection().CreateCommand())
        {
            select.Transaction = transaction.GetDbTransaction();
            select.CommandText = """
                SELECT "UnitId", "ImportId", "Code", "Field", "Received", "Deadline", "Resolved", "Channel", "Fee", "PaidOnline", "Satisfied"
                FROM "Dossiers" ORDER BY "UnitId", "ImportId", "Id"
                """;
            await using var reader = await select.ExecuteReaderAsync(cancel);
            while (await reader.ReadAsync(cancel))
            {
                var key = (reader.GetInt32(0), reader.GetInt32(1));
                if (key != current || batch.IsFull)
                {
                    await FlushAsync();
                    current = key;
                }
                DateTime? Time(int i) => reader.IsDBNull(i) ? null : reader.GetDateTime(i);
                batch.Add(0, reader.GetString(2), reader.GetString(3), reader.GetDateTime(4), Time(5), Time(6), (SubmissionChannel)reader.GetInt32(7),
                    reader.IsDBNull(8) ? null : reader.GetDecimal(8), reader.GetBoolean(9), reader.IsDBNull(10) ? null : reader.GetBoolean(10));
            }
        }
        await FlushAsync();
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "Dossiers" """, cancel);
        await transaction.CommitAsync(cancel);
    }
}
