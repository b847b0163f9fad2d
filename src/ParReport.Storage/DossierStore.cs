using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ParReport.Domain.Dossiers;
using ParReport.Domain.Periods;
using ParReport.Domain.Text;
using ParReport.Storage.Records;

namespace ParReport.Storage;

/// <summary>
/// Imports a unit's dossiers and counts them for a window. An import is one transaction: with any refused row
/// nothing is kept, unless the caller asks for the good rows only. Dossiers are stored in blocks of a batch each
/// (<see cref="DossierBlockRecord"/>), written as the file is read; the codes of the file and of the unit's stored
/// dossiers are then matched (<see cref="DossierCodes"/>), so that a re-import or an overlapping file replaces the
/// dossiers it gives again and never counts one twice.
/// </summary>
public sealed class DossierStore(ParReportDbContext db)
{
    public const int ErrorsKept = 1000;

    public Task<DossierImportResult> ImportAsync(string unitCode, string fileName, IEnumerable<DossierRow> rows,
        bool goodRowsOnly, DateTimeOffset now, CancellationToken cancel = default) =>
        ImportAsync(unitCode, fileName, DossierBatch.Of(rows), goodRowsOnly, now, cancel);

    /// <param name="batches">A new batch object each time, as the readers give them: a batch is stored while the next is read.</param>
    public async Task<DossierImportResult> ImportAsync(string unitCode, string fileName, IEnumerable<DossierBatch> batches,
        bool goodRowsOnly, DateTimeOffset now, CancellationToken cancel = default)
    {
        var unitId = await db.UnitIdAsync(unitCode, cancel);
        // The first batch is read before anything is written: a file that cannot be read (no such columns, not a
        // workbook) is refused at once, before the unit's stored dossiers are gone through.
        using var read = batches.GetEnumerator();
        var first = read.MoveNext() ? read.Current : null;
        batches = Rest(first, read);
        // An import may wait for another of the same unit, and write for minutes: longer than the default 30 s a statement may run.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        try
        {
            return await ImportAsync(unitId, fileName, batches, goodRowsOnly, now, cancel);
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

    private async Task<DossierImportResult> ImportAsync(int unitId, string fileName, IEnumerable<DossierBatch> batches,
        bool goodRowsOnly, DateTimeOffset now, CancellationToken cancel)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancel);
        // One import of a unit at a time: the stored codes must not change until the import is written (SQLite's write lock does the same).
        if (db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [unitId], cancel);
        // Stored in UTC: PostgreSQL keeps instants in UTC only.
        var import = new DossierImportRecord { UnitId = unitId, FileName = fileName, ImportedAt = now.ToUniversalTime() };
        db.DossierImports.Add(import);
        await db.SaveChangesAsync(cancel);

        await using var blocks = new DossierBlocks(db);
        using var codes = new DossierCodes();
        var batch = new DossierBatch();
        // The stored dossiers' codes first: they are numbered 0 … stored - 1, block by block.
        var stored = new List<(long Id, int Count)>();
        await foreach (var (id, packedCodes) in blocks.ReadAsync(unitId, codes: true, cancel))
        {
            batch.Unpack(default, packedCodes.Span);
            for (var i = 0; i < batch.Count; i++) codes.Add(batch.CodeOf(i), 0);
            stored.Add((id, batch.Count));
        }
        var storedCount = checked((int)codes.Count);

        var groups = new RowErrorGroups();
        var (written, refused, errors) = await WriteFileAsync(blocks, codes, unitId, import.Id, batches, groups, cancel);

        // A code given twice in the file: every occurrence after the first is refused.
        var matches = codes.Match(storedCount, ErrorsKept);
        refused += matches.Repeated.Length;
        if (matches.Repeated.Length > 0)
            // Both lists are in line order; the first errors of the file are the ones kept.
        {
            var repeated = matches.FirstRepeated.Select(d => new RowError(d.Line, DossierColumnNames.Of(DossierColumn.Code), d.Code, StorageMessages.DuplicateCode)).ToList();
            groups.Add(repeated, matches.Repeated.Length);
            errors = errors.Concat(repeated).OrderBy(e => e.Line).Take(ErrorsKept).ToList();
        }

        if (refused > 0 && !goodRowsOnly)
        {
            await transaction.RollbackAsync(cancel);
            db.ChangeTracker.Clear();
            return new DossierImportResult(false, 0, 0, refused, errors, groups.All);
        }

        // The file's blocks lose their repeated rows; the stored blocks lose the dossiers the file gave again.
        if (matches.Repeated.Length > 0) await blocks.RemoveAsync(written, storedCount, number => Array.BinarySearch(matches.Repeated, number) >= 0, batch, cancel);
        if (matches.ReplacedCount > 0) await blocks.RemoveAsync(stored, 0, matches.IsReplaced, batch, cancel);

        var kept = (int)(codes.Count - storedCount) - matches.Repeated.Length;
        import.Stored = kept;
        import.Skipped = refused;
        await db.SaveChangesAsync(cancel);
        await transaction.CommitAsync(cancel);
        return new DossierImportResult(true, kept - matches.ReplacedCount, matches.ReplacedCount, refused, errors, groups.All);
    }

    private static IEnumerable<DossierBatch> Rest(DossierBatch? first, IEnumerator<DossierBatch> read)
    {
        if (first is null) yield break;
        yield return first;
        while (read.MoveNext()) yield return read.Current;
    }

    /// <summary>
    /// Writes a file's dossiers as blocks and notes their codes, in three stages at once handing batches on: reading
    /// the file, noting and packing its codes, writing the blocks. Returns the blocks, the refused rows and the first reasons;
    /// every reason is told to <paramref name="groups"/>.
    /// </summary>
    private static async Task<(List<(long Id, int Count)> Written, int Refused, List<RowError> Errors)> WriteFileAsync(
        DossierBlocks blocks, DossierCodes codes, int unitId, int importId, IEnumerable<DossierBatch> batches, RowErrorGroups groups, CancellationToken cancel)
    {
        var errors = new List<RowError>();
        var refused = 0;
        var read = Channel.CreateBounded<DossierBatch>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var packed = Channel.CreateBounded<DossierBlocks.Packed>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        // The batches being stored: a reader handing one of them again would change it under the packing stage.
        var handed = new HashSet<DossierBatch>(ReferenceEqualityComparer.Instance);
        var reading = Task.Run(() =>
        {
            try
            {
                DossierBatch? previous = null;
                foreach (var batch in batches)
                {
                    lock (handed)
                        if (ReferenceEquals(batch, previous) || !handed.Add(batch))
                            throw new ArgumentException("Each batch must be a new object: this one may still be being stored.", nameof(batches));
                    read.Writer.WriteAsync(batch, stop.Token).AsTask().GetAwaiter().GetResult();
                    previous = batch;
                }
                read.Writer.Complete();
            }
            catch (Exception e)
            {
                read.Writer.Complete(e);
            }
        }, CancellationToken.None);
        var packing = Task.Run(async () =>
        {
            try
            {
                await foreach (var batch in read.Reader.ReadAllAsync(stop.Token))
                {
                    refused += batch.Refused;
                    errors.AddRange(batch.Errors.Take(ErrorsKept - errors.Count));
                    groups.Add(batch.Errors);
                    for (var i = 0; i < batch.Count; i++) codes.Add(batch.CodeOf(i), batch.LineOf(i));
                    var block = batch.Count > 0 ? DossierBlocks.Pack(batch) : null;
                    lock (handed) handed.Remove(batch);
                    if (block is not null) await packed.Writer.WriteAsync(block, stop.Token);
                }
                packed.Writer.Complete();
            }
            catch (Exception e)
            {
                packed.Writer.Complete(e);
            }
        }, CancellationToken.None);
        var written = new List<(long Id, int Count)>();
        try
        {
            await foreach (var block in packed.Reader.ReadAllAsync(cancel))
                written.Add((await blocks.AddAsync(unitId, importId, block, cancel), block.Count));
        }
        finally
        {
            // On an error, the stages stop before the codes they write to are disposed.
            stop.Cancel();
            await Task.WhenAll(reading, packing);
        }
        return (written, refused, errors);
    }

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
        await SaveMappingAsync(unitId, async () =>
        {
            var stored = await db.DossierMappings.Where(m => m.UnitId == unitId).ToListAsync(cancel);
            foreach (var (header, column) in mapping)
            {
                db.DossierMappings.RemoveRange(stored.Where(m => VietnameseText.Fold(m.Header) == VietnameseText.Fold(header)));
                db.DossierMappings.Add(new DossierMappingRecord { UnitId = unitId, Header = header, Column = column.ToString() });
            }
            return true;
        }, cancel);
    }

    /// <summary>Forgets a header remembered for a unit, compared without case or diacritics; returns false when there was none.</summary>
    public async Task<bool> ForgetMappingAsync(string unitCode, string header, CancellationToken cancel = default) =>
        await db.FindUnitIdAsync(unitCode, cancel) is { } unitId && await SaveMappingAsync(unitId, async () =>
        {
            var matching = (await db.DossierMappings.Where(m => m.UnitId == unitId).ToListAsync(cancel))
                .Where(m => VietnameseText.Fold(m.Header) == VietnameseText.Fold(header)).ToList();
            db.DossierMappings.RemoveRange(matching);
            return matching.Count > 0;
        }, cancel);

    // Officials saving the same header at the same moment: the one who saves second read rows the first has replaced
    // (a header inserted twice, a row deleted twice). On PostgreSQL the unit's saves wait for each other (a lock of
    // their own, apart from the import's); on SQLite a save that lost the race reads again and saves again.
    private async Task<T> SaveMappingAsync<T>(int unitId, Func<Task<T>> change, CancellationToken cancel)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = db.Database.IsNpgsql() ? await db.Database.BeginTransactionAsync(cancel) : null;
            if (transaction is not null) await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(2, {0})", [unitId], cancel);
            var result = await change();
            try
            {
                await db.SaveChangesAsync(cancel);
                if (transaction is not null) await transaction.CommitAsync(cancel);
                return result;
            }
            catch (DbUpdateException e) when (attempt < 5 && (e is DbUpdateConcurrencyException || Database.IsUniqueViolation(e)))
            {
                if (transaction is not null) await transaction.RollbackAsync(cancel);
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The table by field and the rates of a unit's stored dossiers for a window.</summary>
    public async Task<DossierStatistics> StatisticsAsync(string unitCode, CutOffWindow window, CancellationToken cancel = default)
    {
        var statistics = new DossierStatistics(window);
        var batch = new DossierBatch();
        await using var blocks = new DossierBlocks(db);
        await foreach (var (_, figures) in blocks.ReadFiguresAsync(unitCode, cancel))
        {
            batch.Unpack(figures.Span, default);
            statistics.Add(batch);
        }
        return statistics;
    }

    /// <summary>How many dossiers the unit has stored.</summary>
    public async Task<long> CountAsync(string unitCode, CancellationToken cancel = default) =>
        await db.DossierBlocks.Where(b => db.Units.Any(u => u.Id == b.UnitId && u.Code == unitCode)).SumAsync(b => (long)b.Count, cancel);

    /// <summary>When the unit's latest stored dossier was received; null without dossiers.</summary>
    public async Task<DateTime?> LastReceivedAsync(string unitCode, CancellationToken cancel = default) =>
        await db.DossierBlocks.Where(b => db.Units.Any(u => u.Id == b.UnitId && u.Code == unitCode)).MaxAsync(b => (DateTime?)b.LastReceived, cancel);
}
