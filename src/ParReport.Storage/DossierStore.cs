using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ParReport.Domain.Dossiers;
using ParReport.Domain.Periods;
using ParReport.Domain.Text;
using ParReport.Storage.Records;

namespace ParReport.Storage;

/// <summary>
/// Imports a unit's dossiers and counts them for a window. An import is one transaction: with any refused row
/// nothing is kept, unless the caller asks for the good rows only. Rows are staged as they are read, then each is
/// inserted or updated by its code, so a re-import or an overlapping file never counts a dossier twice.
/// </summary>
public sealed class DossierStore(ParReportDbContext db)
{
    public const int ErrorsKept = 1000;

    public async Task<DossierImportResult> ImportAsync(string unitCode, string fileName, IEnumerable<DossierRow> rows,
        bool goodRowsOnly, DateTimeOffset now, CancellationToken cancel = default)
    {
        var unitId = await db.UnitIdAsync(unitCode, cancel);
        // Merging millions of rows takes longer than the default 30 s a statement may run.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        try
        {
            return await ImportAsync(unitId, fileName, rows, goodRowsOnly, now, cancel);
        }
        catch
        {
            // The rolled-back import record must not stay tracked: SQLite would give its id to the next one.
            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }

    private async Task<DossierImportResult> ImportAsync(int unitId, string fileName, IEnumerable<DossierRow> rows,
        bool goodRowsOnly, DateTimeOffset now, CancellationToken cancel)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        // One import of a unit at a time: the count of known codes must hold until the merge (SQLite's write lock does the same).
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [unitId], cancel);
        // Stored in UTC: PostgreSQL keeps instants in UTC only.
        var import = new DossierImportRecord { UnitId = unitId, FileName = fileName, ImportedAt = now.ToUniversalTime() };
        db.DossierImports.Add(import);
        await db.SaveChangesAsync(cancel);

        var errors = new List<DossierRowError>();
        var refused = 0;
        void Refuse(IEnumerable<DossierRowError> problems)
        {
            refused++;
            foreach (var problem in problems.Take(ErrorsKept - errors.Count)) errors.Add(problem);
        }

        // Rows go to an unindexed staging table as they are read, so memory holds one row whatever the file's size.
        var staged = 0;
        await using (var stage = await DossierStage.CreateAsync(db, cancel))
        {
            foreach (var (line, dossier, rowErrors) in rows)
            {
                cancel.ThrowIfCancellationRequested();
                if (dossier is null) Refuse(rowErrors);
                else
                {
                    await stage.AddAsync(line, dossier, cancel);
                    staged++;
                }
            }
            await stage.CompleteAsync(cancel);
        }

        // A code given twice in the file: every occurrence after the first is refused.
        await db.Database.ExecuteSqlRawAsync(Sql.IndexStage, cancel);
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync(Sql.AnalyzeStage, cancel);
        var duplicateCount = await db.Database.SqlQueryRaw<int>(Sql.CountDuplicates).SingleAsync(cancel);
        refused += duplicateCount;
        if (duplicateCount > 0)
        {
            var duplicates = await db.Database.SqlQueryRaw<DuplicateRow>(Sql.Duplicates, ErrorsKept).ToListAsync(cancel);
            // Both lists are in line order; the first errors of the file are the ones kept.
            errors = errors.Concat(duplicates.Select(d => new DossierRowError(d.Line, DossierColumnNames.Of(DossierColumn.Code), d.Code, StorageMessages.DuplicateCode)))
                .OrderBy(e => e.Line).Take(ErrorsKept).ToList();
        }

        if (refused > 0 && !goodRowsOnly)
        {
            await transaction.RollbackAsync(cancel);
            db.ChangeTracker.Clear();
            await DossierStage.DropAsync(db, cancel);
            return new DossierImportResult(false, 0, 0, refused, errors);
        }
        if (duplicateCount > 0) await db.Database.ExecuteSqlRawAsync(Sql.DeleteDuplicates, cancel);

        // One statement counts the dossiers already stored, one inserts the new and updates the known ones by code.
        // Known codes are updated, new ones inserted: two plain statements, much faster on PostgreSQL than one upsert.
        var updated = await db.Database.SqlQueryRaw<int>(Sql.CountKnown, unitId).SingleAsync(cancel);
        if (updated > 0) await db.Database.ExecuteSqlRawAsync(Sql.UpdateKnown, [unitId, import.Id], cancel);
        await db.Database.ExecuteSqlRawAsync(updated > 0 ? Sql.InsertNew : Sql.InsertAll, [unitId, import.Id], cancel);
        var stored = staged - duplicateCount;
        import.Stored = stored;
        import.Skipped = refused;
        await db.SaveChangesAsync(cancel);
        await transaction.CommitAsync(cancel);
        await DossierStage.DropAsync(db, cancel);
        return new DossierImportResult(true, stored - updated, updated, refused, errors);
    }

    private sealed record DuplicateRow(int Line, string Code);

    /// <summary>The headers a unit's exports use for the columns, remembered from earlier imports.</summary>
    public async Task<IReadOnlyDictionary<string, DossierColumn>> MappingAsync(string unitCode, CancellationToken cancel = default) =>
        (await db.DossierMappings.AsNoTracking().Where(m => db.Units.Any(u => u.Id == m.UnitId && u.Code == unitCode)).ToListAsync(cancel))
        .Select(m => (m.Header, Known: Enum.TryParse<DossierColumn>(m.Column, out var column), column))
        .Where(m => m.Known)
        .ToDictionary(m => m.Header, m => m.column);

    /// <summary>Remembers headers for a unit, replacing what it had for the same header (compared as headers are matched: without case or diacritics).</summary>
    public async Task RememberMappingAsync(string unitCode, IReadOnlyDictionary<string, DossierColumn> mapping, CancellationToken cancel = default)
    {
        var unitId = await db.UnitIdAsync(unitCode, cancel);
        var stored = await db.DossierMappings.Where(m => m.UnitId == unitId).ToListAsync(cancel);
        foreach (var (header, column) in mapping)
        {
            db.DossierMappings.RemoveRange(stored.Where(m => VietnameseText.Fold(m.Header) == VietnameseText.Fold(header)));
            db.DossierMappings.Add(new DossierMappingRecord { UnitId = unitId, Header = header, Column = column.ToString() });
        }
        await db.SaveChangesAsync(cancel);
    }

    /// <summary>Forgets a header remembered for a unit, compared without case or diacritics; returns false when there was none.</summary>
    public async Task<bool> ForgetMappingAsync(string unitCode, string header, CancellationToken cancel = default)
    {
        var matching = (await db.DossierMappings.Where(m => db.Units.Any(u => u.Id == m.UnitId && u.Code == unitCode)).ToListAsync(cancel))
            .Where(m => VietnameseText.Fold(m.Header) == VietnameseText.Fold(header)).ToList();
        db.DossierMappings.RemoveRange(matching);
        await db.SaveChangesAsync(cancel);
        return matching.Count > 0;
    }

    /// <summary>The table by field and the rates of a unit's stored dossiers for a window.</summary>
    public async Task<DossierStatistics> StatisticsAsync(string unitCode, CutOffWindow window, CancellationToken cancel = default)
    {
        var from = window.From.ToDateTime(TimeOnly.MinValue);
        var end = window.To.AddDays(1).ToDateTime(TimeOnly.MinValue);
        var statistics = new DossierStatistics(window);
        var query = db.Dossiers.AsNoTracking()
            .Where(d => db.Units.Any(u => u.Id == d.UnitId && u.Code == unitCode) && d.Received < end && (d.Resolved == null || d.Resolved >= from))
            // The code is not counted: it is left out of what is read back.
            .Select(d => new Dossier("", d.Field, d.Received, d.Deadline, d.Resolved, (SubmissionChannel)d.Channel, d.Fee, d.PaidOnline, d.Satisfied));
        await foreach (var dossier in query.AsAsyncEnumerable().WithCancellation(cancel)) statistics.Add(dossier);
        return statistics;
    }

    // The statements of an import. Only names known here go into them; values are parameters.
    private static class Sql
    {
        private const string Stage = DossierStage.Table;
        // Every occurrence of a code after its first, numbered in line order.
        private const string Later = $"SELECT \"Line\", \"Code\" FROM (SELECT \"Line\", \"Code\", row_number() OVER (PARTITION BY \"Code\" ORDER BY \"Line\") AS n FROM {Stage}) o WHERE n > 1";
        private static readonly string[] Columns = ["Code", "Field", "Received", "Deadline", "Resolved", "Channel", "Fee", "PaidOnline", "Satisfied"];
        private static readonly string ColumnList = string.Join(", ", Columns.Select(c => $"\"{c}\""));

        public const string IndexStage = $"CREATE INDEX {Stage}_code ON {Stage} (\"Code\", \"Line\")";
        public const string AnalyzeStage = $"ANALYZE {Stage}";
        public const string CountDuplicates = $"SELECT COUNT(*) AS \"Value\" FROM ({Later}) d";
        public const string Duplicates = $"SELECT \"Line\", \"Code\" FROM ({Later}) d ORDER BY \"Line\" LIMIT {{0}}";
        public const string DeleteDuplicates = $"DELETE FROM {Stage} WHERE \"Line\" IN (SELECT \"Line\" FROM ({Later}) d)";
        public const string CountKnown =
            $"SELECT COUNT(*) AS \"Value\" FROM {Stage} s WHERE EXISTS (SELECT 1 FROM \"Dossiers\" d WHERE d.\"UnitId\" = {{0}} AND d.\"Code\" = s.\"Code\")";
        public static readonly string UpdateKnown = $"""
            UPDATE "Dossiers" SET {string.Join(", ", Columns.Skip(1).Select(c => $"\"{c}\" = s.\"{c}\""))}, "ImportId" = {"{1}"}
            FROM {Stage} s WHERE "Dossiers"."UnitId" = {"{0}"} AND "Dossiers"."Code" = s."Code"
            """;
        public static readonly string InsertAll = $"""
            INSERT INTO "Dossiers" ("UnitId", {ColumnList}, "ImportId") SELECT {"{0}"}, {ColumnList}, {"{1}"} FROM {Stage} ORDER BY "Code"
            """;
        public static readonly string InsertNew = $"""
            INSERT INTO "Dossiers" ("UnitId", {ColumnList}, "ImportId") SELECT {"{0}"}, {ColumnList}, {"{1}"} FROM {Stage} s
            WHERE NOT EXISTS (SELECT 1 FROM "Dossiers" d WHERE d."UnitId" = {"{0}"} AND d."Code" = s."Code") ORDER BY "Code"
            """;
    }
}
