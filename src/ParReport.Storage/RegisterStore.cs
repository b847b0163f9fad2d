using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Registers;
using ParReport.Storage.Records;

namespace ParReport.Storage;

/// <summary>A unit's registers: their rows read, added, changed (refused if changed meanwhile), removed, or replaced by a file's, whole.</summary>
public sealed class RegisterStore(ParReportDbContext db, TimeProvider clock)
{
    /// <summary>A stored row with who changed it last and its version, which a change must name.</summary>
    public sealed record Stored(RegisterRow Row, int Version, string UpdatedBy, DateTimeOffset UpdatedAt, string? FileName);

    public enum Change { Done, NotFound, Conflict }

    /// <summary>Every register's rows of a unit, by register id (a register without rows is absent).</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<RegisterRow>>> AllAsync(string unitCode, CancellationToken cancel = default)
    {
        var unitId = await db.UnitIdAsync(unitCode, cancel);
        var records = await db.RegisterRows.AsNoTracking().Where(r => r.UnitId == unitId).OrderBy(r => r.Id).ToListAsync(cancel);
        return records.GroupBy(r => r.Register).ToDictionary(g => g.Key, g => (IReadOnlyList<RegisterRow>)g.Select(Row).ToList());
    }

    public async Task<IReadOnlyList<Stored>> RowsAsync(string unitCode, string register, CancellationToken cancel = default)
    {
        var unitId = await db.UnitIdAsync(unitCode, cancel);
        return (await db.RegisterRows.AsNoTracking().Where(r => r.UnitId == unitId && r.Register == register).OrderBy(r => r.Id).ToListAsync(cancel))
        .Select(r => new Stored(Row(r), r.Version, r.UpdatedBy, r.UpdatedAt, r.FileName)).ToList();
    }

    public async Task<int> AddAsync(string unitCode, string register, RegisterRow row, string by, CancellationToken cancel = default)
    {
        var unitId = await db.UnitIdAsync(unitCode, cancel);
        var record = new RegisterRowRecord { UnitId = unitId, Register = register, Cells = Json(row), UpdatedBy = by, UpdatedAt = clock.GetUtcNow() };
        db.RegisterRows.Add(record);
        await db.SaveChangesAsync(cancel);
        return record.Id;
    }

    public async Task<Change> UpdateAsync(string unitCode, string register, int id, int version, RegisterRow row, string by, CancellationToken cancel = default)
    {
        var unitId = await db.UnitIdAsync(unitCode, cancel);
        var record = await db.RegisterRows.FirstOrDefaultAsync(r => r.Id == id && r.UnitId == unitId && r.Register == register, cancel);
        if (record is null) return Change.NotFound;
        if (record.Version != version) return Change.Conflict;
        (record.Cells, record.UpdatedBy, record.UpdatedAt, record.FileName) = (Json(row), by, clock.GetUtcNow(), null);
        record.Version++;
        return await SavedAsync(cancel);
    }

    public async Task<Change> DeleteAsync(string unitCode, string register, int id, int version, CancellationToken cancel = default)
    {
        var unitId = await db.UnitIdAsync(unitCode, cancel);
        var record = await db.RegisterRows.FirstOrDefaultAsync(r => r.Id == id && r.UnitId == unitId && r.Register == register, cancel);
        if (record is null) return Change.NotFound;
        if (record.Version != version) return Change.Conflict;
        db.RegisterRows.Remove(record);
        return await SavedAsync(cancel);
    }

    /// <summary>The register's rows replaced by a file's, in one transaction: the file is the register.</summary>
    /// <returns>How many rows there were before.</returns>
    public async Task<int> ReplaceAsync(string unitCode, string register, IReadOnlyList<RegisterRow> rows, string by, string fileName, CancellationToken cancel = default)
    {
        var unitId = await db.UnitIdAsync(unitCode, cancel);
        await using var transaction = await db.BeginUnlessActiveAsync(cancel);
        var before = await db.RegisterRows.Where(r => r.UnitId == unitId && r.Register == register).ExecuteDeleteAsync(cancel);
        var at = clock.GetUtcNow();
        db.RegisterRows.AddRange(rows.Select(row => new RegisterRowRecord { UnitId = unitId, Register = register, Cells = Json(row), UpdatedBy = by, UpdatedAt = at, FileName = fileName }));
        await db.SaveChangesAsync(cancel);
        await transaction.CommitIfOwnAsync(cancel);
        return before;
    }

    private async Task<Change> SavedAsync(CancellationToken cancel)
    {
        try
        {
            await db.SaveChangesAsync(cancel);
            return Change.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Change.Conflict;
        }
    }

    private static string Json(RegisterRow row) => JsonSerializer.Serialize(row.Cells);

    private static RegisterRow Row(RegisterRowRecord record) =>
        new(JsonSerializer.Deserialize<Dictionary<string, string>>(record.Cells) ?? [], record.Id);
}
