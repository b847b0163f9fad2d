using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Organisation;
using ParReport.Storage.Records;

namespace ParReport.Storage;

/// <summary>Reads and imports organisation units.</summary>
public sealed class UnitStore(ParReportDbContext db)
{
    public async Task<OrgTree> LoadTreeAsync(CancellationToken cancel = default)
    {
        var units = await LoadUnitsAsync(cancel);
        return OrgTree.Build(units).Tree
            ?? throw new InvalidOperationException("The stored organisation tree is inconsistent.");
    }

    /// <summary>
    /// Adds new units and updates existing ones (by code). The stored and imported units together must form
    /// a valid tree; otherwise nothing is written and the problems are returned.
    /// </summary>
    public async Task<IReadOnlyList<OrgTreeProblem>> ImportAsync(IReadOnlyList<OrgUnit> units, CancellationToken cancel = default)
    {
        var stored = await LoadUnitsAsync(cancel);
        var incoming = units.Select(u => u.Code).ToHashSet();
        var merged = stored.Where(u => !incoming.Contains(u.Code)).Concat(units).ToList();
        var result = OrgTree.Build(merged);
        if (!result.Succeeded) return result.Problems;

        await using var transaction = await db.BeginUnlessActiveAsync(cancel);
        var records = await db.Units.ToDictionaryAsync(u => u.Code, cancel);
        foreach (var unit in units)
        {
            if (!records.TryGetValue(unit.Code, out var record))
            {
                record = new UnitRecord { Code = unit.Code, Name = unit.Name, Level = UnitLevels.Code(unit.Level) };
                records[unit.Code] = record;
                db.Units.Add(record);
            }
            record.Name = unit.Name;
            record.Level = UnitLevels.Code(unit.Level);
        }
        // Parents are linked after every unit has a record, so a file may list a child before its parent.
        foreach (var unit in units) records[unit.Code].Parent = unit.ParentCode is null ? null : records[unit.ParentCode];
        await db.SaveChangesAsync(cancel);
        await transaction.CommitIfOwnAsync(cancel);
        return [];
    }

    private async Task<List<OrgUnit>> LoadUnitsAsync(CancellationToken cancel) =>
        (await db.Units.AsNoTracking().Select(u => new { u.Code, u.Name, u.Level, ParentCode = u.Parent == null ? null : u.Parent.Code })
            .ToListAsync(cancel))
        .Select(u => new OrgUnit(u.Code, u.Name, UnitLevels.TryParse(u.Level, out var level) ? level : UnitLevel.Commune, u.ParentCode))
        .ToList();
}
