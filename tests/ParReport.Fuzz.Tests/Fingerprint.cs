using Microsoft.EntityFrameworkCore;
using ParReport.Storage;

namespace ParReport.Fuzz.Tests;

/// <summary>What a refused input must leave as it was: dossiers, imports, remembered headers, report values, narratives, audit rows, register rows, units, reports' revisions.</summary>
public static class Fingerprint
{
    public static async Task<string> OfAsync(ParReportDbContext db)
    {
        var blocks = await db.DossierBlocks.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Rows = g.Sum(b => b.Count), Last = g.Max(b => b.Id) }).FirstOrDefaultAsync();
        var imports = await db.DossierImports.CountAsync();
        var mappings = string.Join("|", await db.DossierMappings.OrderBy(m => m.Id).Select(m => m.UnitId + ":" + m.Header + "=" + m.Column).ToListAsync());
        var values = await db.IndicatorValues.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Versions = g.Sum(v => v.Version), Last = g.Max(v => v.Id) }).FirstOrDefaultAsync();
        var narratives = await db.Narratives.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Versions = g.Sum(v => v.Version) }).FirstOrDefaultAsync();
        var audit = await db.Audit.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Last = g.Max(a => a.Id) }).FirstOrDefaultAsync();
        var reports = await db.Reports.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Revisions = g.Sum(r => r.Revision), States = g.Sum(r => r.Status) }).FirstOrDefaultAsync();
        var registers = await db.RegisterRows.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Versions = g.Sum(r => r.Version), Last = g.Max(r => r.Id) }).FirstOrDefaultAsync();
        var units = string.Join("|", await db.Units.OrderBy(u => u.Code).Select(u => u.Code + "=" + u.Name + "<" + u.ParentId).ToListAsync());
        return $"blocks {blocks}; imports {imports}; mappings {mappings}; values {values}; narratives {narratives}; audit {audit}; reports {reports}; registers {registers}; units {units.GetHashCode()}";
    }
}
