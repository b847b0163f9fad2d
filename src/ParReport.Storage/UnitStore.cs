using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Organisation;
using ParReport.Storage.Records;

namespace ParReport.Storage;

/// <summary>Reads and imports organisation units.</summary>
public sealed class UnitStore(ParReportDbContext db)
{
    /// <summary>
    /// The stored tree. Every page reads it, so the tree last built is kept for the process while the units' stamp (how
    /// many, the last id, the sum of their revisions, which every change raises) is the one it was built at; what is kept
    /// for a tree (its order of names, the aggregates made with it) is then kept too.
    /// </summary>
    public async Task<OrgTree> LoadTreeAsync(CancellationToken cancel = default)
    {
        // A page asks for the tree several times (the page, the request list, the aggregate): the stamp is read once per
        // context, which lives for one request or one command; an import through it forgets the tree.
        if (Checked.TryGetValue(db, out var known)) return known;
        var tree = await CheckedTreeAsync(cancel);
        Checked.AddOrUpdate(db, tree);
        return tree;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ParReportDbContext, OrgTree> Checked = new();

    private async Task<OrgTree> CheckedTreeAsync(CancellationToken cancel)
    {
        var database = db.Database.GetConnectionString() ?? "";
        var stamp = Read.TryGetValue(db, out var read) ? read
            : await db.Units.GroupBy(_ => 1).Select(g => new Stamp(g.Count(), g.Max(u => u.Id), g.Sum(u => (long)u.Revision))).SingleOrDefaultAsync(cancel)
                ?? new Stamp(0, 0, 0);
        if (Built.TryGetValue(database, out var built) && built.Stamp == stamp) return built.Tree;
        var tree = OrgTree.Build(await LoadUnitsAsync(cancel)).Tree ?? throw new InvalidOperationException("The stored organisation tree is inconsistent.");
        if (Built.Count >= 100) Built.Clear();
        Built[database] = (stamp, tree);
        return tree;
    }

    /// <summary>What every change of the units raises: how many, the last id, the sum of their revisions.</summary>
    public sealed record Stamp(int Count, int LastId, long Revisions);

    /// <summary>
    /// The units' stamp as a caller read it within a query of its own (the session check reads it with the account on
    /// every request), so that checking the kept tree for this context costs no command of its own.
    /// </summary>
    public static void StampRead(ParReportDbContext db, Stamp stamp) => Read.AddOrUpdate(db, stamp);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ParReportDbContext, Stamp> Read = new();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (Stamp Stamp, OrgTree Tree)> Built = new();

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
            record.Revision++;
        }
        // Parents are linked after every unit has a record, so a file may list a child before its parent.
        foreach (var unit in units) records[unit.Code].Parent = unit.ParentCode is null ? null : records[unit.ParentCode];
        Checked.Remove(db);
        Read.Remove(db);
        await db.SaveChangesAsync(cancel);
        await transaction.CommitIfOwnAsync(cancel);
        return [];
    }

    // The parent's code is found here rather than by joining the table to itself: the tree is read on every page.
    private async Task<List<OrgUnit>> LoadUnitsAsync(CancellationToken cancel)
    {
        var rows = await db.Units.AsNoTracking().OrderBy(u => u.Id).Select(u => new { u.Id, u.Code, u.Name, u.Level, u.ParentId }).ToListAsync(cancel);
        var codes = rows.ToDictionary(u => u.Id, u => u.Code);
        return rows.Select(u => new OrgUnit(u.Code, u.Name, UnitLevels.TryParse(u.Level, out var level) ? level : UnitLevel.Commune,
            u.ParentId is { } parent ? codes.GetValueOrDefault(parent) : null)).ToList();
    }
}
