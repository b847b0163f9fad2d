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

    public async Task<DossierImportResult> ImportAsync(string unitCode, string fileName, IEnumerable<DossierRow> rows,
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
        void Refuse(IEnumerable<DossierRowError> problems)
        {
            refused++;
            foreach (var problem in problems.Take(ErrorsKept - errors.Count)) errors.Add(problem);
        }
        DossierRowError Duplicate(int line, string code) => new(line, DossierColumnNames.Of(DossierColumn.Code), code, StorageMessages.DuplicateCode);

        // Rows go in batches of one statement each. The upsert leaves untouched a row this import already wrote, so a
        // batch that changes fewer rows than it holds has a code given twice: it is undone and replayed row by row
        // to name the duplicate. Memory holds one batch, whatever the size of the file.
        var batch = new List<(int Line, Dossier Dossier)>(BatchSize);
        var codesInBatch = new HashSet<string>(StringComparer.Ordinal);
        await using var single = Upsert(unitId, import.Id, 1);
        await using var full = Upsert(unitId, import.Id, BatchSize);
        async Task FlushAsync()
        {
            if (batch.Count == 0) return;
            await using var partial = batch.Count < BatchSize ? Upsert(unitId, import.Id, batch.Count) : null;
            var command = partial ?? full;
            for (var i = 0; i < batch.Count; i++) Bind(command, i, batch[i].Dossier);
            await transaction.CreateSavepointAsync("batch", cancel);
            if (await command.ExecuteNonQueryAsync(cancel) == batch.Count)
            {
                stored += batch.Count;
                await transaction.ReleaseSavepointAsync("batch", cancel);
            }
            else
            {
                await transaction.RollbackToSavepointAsync("batch", cancel);
                foreach (var (line, dossier) in batch)
                {
                    Bind(single, 0, dossier);
                    if (await single.ExecuteNonQueryAsync(cancel) == 1) stored++;
                    else Refuse([Duplicate(line, dossier.Code)]);
                }
            }
            batch.Clear();
            codesInBatch.Clear();
        }

        foreach (var (line, dossier, rowErrors) in rows)
        {
            cancel.ThrowIfCancellationRequested();
            if (dossier is null) Refuse(rowErrors);
            else if (!codesInBatch.Add(dossier.Code)) Refuse([Duplicate(line, dossier.Code)]);
            else
            {
                batch.Add((line, dossier));
                if (batch.Count == BatchSize) await FlushAsync();
            }
        }
        await FlushAsync();

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

    /// <summary>The headers a unit's exports use for the columns, remembered from earlier imports.</summary>
    public async Task<IReadOnlyDictionary<string, DossierColumn>> MappingAsync(string unitCode, CancellationToken cancel = default) =>
        (await db.DossierMappings.AsNoTracking().Where(m => db.Units.Any(u => u.Id == m.UnitId && u.Code == unitCode)).ToListAsync(cancel))
        .Where(m => Enum.TryParse<DossierColumn>(m.Column, out _))
        .ToDictionary(m => m.Header, m => Enum.Parse<DossierColumn>(m.Column));

    /// <summary>Remembers headers for a unit, replacing what it had for the same header.</summary>
    public async Task RememberMappingAsync(string unitCode, IReadOnlyDictionary<string, DossierColumn> mapping, CancellationToken cancel = default)
    {
        var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => (int?)u.Id).SingleOrDefaultAsync(cancel)
            ?? throw new KeyNotFoundException($"No unit with code «{unitCode}».");
        var stored = await db.DossierMappings.Where(m => m.UnitId == unitId).ToDictionaryAsync(m => m.Header, cancel);
        foreach (var (header, column) in mapping)
        {
            if (stored.TryGetValue(header, out var record)) record.Column = column.ToString();
            else db.DossierMappings.Add(new DossierMappingRecord { UnitId = unitId, Header = header, Column = column.ToString() });
        }
        await db.SaveChangesAsync(cancel);
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

    private const int BatchSize = 32;
    private static readonly string[] Columns = ["Code", "Field", "Received", "Deadline", "Resolved", "Channel", "Fee", "PaidOnline", "Satisfied"];

    // One statement for a number of rows: insert each, or update the dossier of the same code unless this import wrote it.
    private DbCommand Upsert(int unitId, int importId, int rows)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        var values = Enumerable.Range(0, rows).Select(r => $"(@unit, {string.Join(", ", Columns.Select(c => $"@p{r}_{c}"))}, @import)");
        command.CommandText = $"""
            INSERT INTO "Dossiers" ("UnitId", {string.Join(", ", Columns.Select(c => $"\"{c}\""))}, "ImportId")
            VALUES {string.Join(", ", values)}
            ON CONFLICT ("UnitId", "Code") DO UPDATE SET
              {string.Join(", ", Columns.Skip(1).Append("ImportId").Select(c => $"\"{c}\" = excluded.\"{c}\""))}
            WHERE "Dossiers"."ImportId" <> excluded."ImportId"
            """;
        DbParameter Add(string name, object value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
            return parameter;
        }
        Add("@unit", unitId);
        Add("@import", importId);
        for (var r = 0; r < rows; r++)
            foreach (var c in Columns) Add($"@p{r}_{c}", DBNull.Value);
        return command;
    }

    // The parameters of row r follow the two shared ones, in the order of Columns.
    private static void Bind(DbCommand command, int r, Dossier d)
    {
        var at = 2 + r * Columns.Length;
        var p = command.Parameters;
        p[at].Value = d.Code;
        p[at + 1].Value = d.Field;
        p[at + 2].Value = d.Received;
        p[at + 3].Value = (object?)d.Deadline ?? DBNull.Value;
        p[at + 4].Value = (object?)d.Resolved ?? DBNull.Value;
        p[at + 5].Value = (int)d.Channel;
        p[at + 6].Value = (object?)d.Fee ?? DBNull.Value;
        p[at + 7].Value = d.PaidOnline;
        p[at + 8].Value = (object?)d.Satisfied ?? DBNull.Value;
    }
}
