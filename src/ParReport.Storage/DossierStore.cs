using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ParReport.Domain.Dossiers;
using ParReport.Domain.Periods;
using ParReport.Storage.Records;

namespace ParReport.Storage;

/// <summary>
/// Imports a unit's dossiers and counts them for a window. An import is one transaction: with any refused row
/// nothing is kept, unless the caller asks for the good rows only. Rows are written as they are read, each
/// inserted or updated by its code, so a re-import or an overlapping file never counts a dossier twice.
/// </summary>
public sealed class DossierStore(ParReportDbContext db)
{
    public const int ErrorsKept = 1000;

    public async Task<DossierImportResult> ImportAsync(string unitCode, string fileName, IEnumerable<(int Line, Dossier? Dossier, IReadOnlyList<DossierRowError> Errors)> rows,
        bool goodRowsOnly, DateTimeOffset now, CancellationToken cancel = default)
    {
        var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => (int?)u.Id).SingleOrDefaultAsync(cancel)
            ?? throw new KeyNotFoundException($"No unit with code «{unitCode}».");
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        // Stored in UTC: PostgreSQL keeps instants in UTC only.
        var import = new DossierImportRecord { UnitId = unitId, FileName = fileName, ImportedAt = now.ToUniversalTime() };
        db.DossierImports.Add(import);
        await db.SaveChangesAsync(cancel);
        var before = await db.Dossiers.CountAsync(d => d.UnitId == unitId, cancel);

        var errors = new List<DossierRowError>();
        var refused = 0;
        var stored = 0;
        await using var command = Upsert(unitId, import.Id);
        foreach (var (line, dossier, rowErrors) in rows)
        {
            cancel.ThrowIfCancellationRequested();
            var problems = rowErrors;
            if (dossier is not null)
            {
                Bind(command, dossier);
                // The upsert leaves a row this import already wrote untouched: no row changed means a code given twice in the file.
                if (await command.ExecuteNonQueryAsync(cancel) == 1) stored++;
                else problems = [new DossierRowError(line, DossierColumnNames.Of(DossierColumn.Code), dossier.Code, StorageMessages.DuplicateCode)];
            }
            if (problems.Count > 0)
            {
                refused++;
                foreach (var problem in problems.Take(ErrorsKept - errors.Count)) errors.Add(problem);
            }
        }

        if (refused > 0 && !goodRowsOnly)
        {
            await transaction.RollbackAsync(cancel);
            db.ChangeTracker.Clear();
            return new DossierImportResult(false, 0, 0, refused, errors);
        }
        var inserted = await db.Dossiers.CountAsync(d => d.UnitId == unitId, cancel) - before;
        import.Stored = stored;
        import.Skipped = refused;
        await db.SaveChangesAsync(cancel);
        await transaction.CommitAsync(cancel);
        return new DossierImportResult(true, inserted, stored - inserted, refused, errors);
    }

    /// <summary>The table by field and the rates of a unit's stored dossiers for a window.</summary>
    public async Task<DossierStatistics> StatisticsAsync(string unitCode, CutOffWindow window, CancellationToken cancel = default)
    {
        var from = window.From.ToDateTime(TimeOnly.MinValue);
        var end = window.To.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var statistics = new DossierStatistics(window);
        var query = db.Dossiers.AsNoTracking()
            .Where(d => db.Units.Any(u => u.Id == d.UnitId && u.Code == unitCode) && d.Received < end && (d.Resolved == null || d.Resolved >= from))
            .Select(d => new Dossier(d.Code, d.Field, d.Received, d.Deadline, d.Resolved, (SubmissionChannel)d.Channel, d.Fee, d.PaidOnline, d.Satisfied));
        await foreach (var dossier in query.AsAsyncEnumerable().WithCancellation(cancel)) statistics.Add(dossier);
        return statistics;
    }

    // One prepared statement, run once a row: insert, or update the dossier of the same code.
    private DbCommand Upsert(int unitId, int importId)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = """
            INSERT INTO "Dossiers" ("UnitId", "Code", "Field", "Received", "Deadline", "Resolved", "Channel", "Fee", "PaidOnline", "Satisfied", "ImportId")
            VALUES (@unit, @code, @field, @received, @deadline, @resolved, @channel, @fee, @paid, @satisfied, @import)
            ON CONFLICT ("UnitId", "Code") DO UPDATE SET
              "Field" = excluded."Field", "Received" = excluded."Received", "Deadline" = excluded."Deadline", "Resolved" = excluded."Resolved",
              "Channel" = excluded."Channel", "Fee" = excluded."Fee", "PaidOnline" = excluded."PaidOnline", "Satisfied" = excluded."Satisfied",
              "ImportId" = excluded."ImportId"
            WHERE "Dossiers"."ImportId" <> excluded."ImportId"
            """;
        foreach (var name in new[] { "unit", "code", "field", "received", "deadline", "resolved", "channel", "fee", "paid", "satisfied", "import" })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            command.Parameters.Add(parameter);
        }
        command.Parameters["@unit"].Value = unitId;
        command.Parameters["@import"].Value = importId;
        return command;
    }

    private static void Bind(DbCommand command, Dossier d)
    {
        command.Parameters["@code"].Value = d.Code;
        command.Parameters["@field"].Value = d.Field;
        command.Parameters["@received"].Value = d.Received;
        command.Parameters["@deadline"].Value = (object?)d.Deadline ?? DBNull.Value;
        command.Parameters["@resolved"].Value = (object?)d.Resolved ?? DBNull.Value;
        command.Parameters["@channel"].Value = (int)d.Channel;
        command.Parameters["@fee"].Value = (object?)d.Fee ?? DBNull.Value;
        command.Parameters["@paid"].Value = d.PaidOnline;
        command.Parameters["@satisfied"].Value = (object?)d.Satisfied ?? DBNull.Value;
    }
}
