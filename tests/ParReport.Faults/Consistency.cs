using System.IO.Compression;
using System.Text.Json;
using System.Xml;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Workflow;
using ParReport.Storage;

namespace ParReport.Faults;

/// <summary>What must hold after any kill: an intact database, no workflow step or version half-written, only whole documents.</summary>
public static class Consistency
{
    /// <summary>SQLite: integrity_check is "ok" and the file is in WAL mode. PostgreSQL: the tables answer.</summary>
    public static async Task<List<string>> DatabaseAsync(FaultDatabase database)
    {
        database.ClearPools();
        var problems = new List<string>();
        if (database.IsSqlite)
        {
            await using var connection = new SqliteConnection(database.ConnectionString + ";Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            if (await command.ExecuteScalarAsync() as string is var check && check != "ok") problems.Add(FaultMessages.Integrity(check));
            command.CommandText = "PRAGMA journal_mode";
            if (await command.ExecuteScalarAsync() as string is var mode && mode != "wal") problems.Add(FaultMessages.NotWal(mode));
        }
        await using var db = Database.Create(database.ConnectionString);
        foreach (var count in new Func<Task<int>>[] { () => db.Units.CountAsync(), () => db.Reports.CountAsync(), () => db.ReportEvents.CountAsync(), () => db.DossierImports.CountAsync() })
            await count();
        return problems;
    }

    /// <summary>
    /// Every report's steps chain (each starts where the one before ended, the last ends in the report's state), every
    /// sign-off names a version that exists, every version is named by one sign-off, numbers run 1..n, and each
    /// version's values parse and its DOCX opens.
    /// </summary>
    public static async Task<List<string>> WorkflowAsync(FaultDatabase database)
    {
        database.ClearPools();
        var problems = new List<string>();
        await using var db = Database.Create(database.ConnectionString);
        var reports = await db.Reports.AsNoTracking().Select(r => new { r.Id, r.Status }).ToListAsync();
        var events = (await db.ReportEvents.AsNoTracking().ToListAsync()).ToLookup(e => e.ReportId);
        var versions = (await db.ReportVersions.AsNoTracking().ToListAsync()).ToLookup(v => v.ReportId);
        foreach (var report in reports)
        {
            var steps = events[report.Id].OrderBy(e => e.Id).ToList();
            var state = (int)ReportStatus.Draft;
            foreach (var step in steps)
            {
                if (step.FromStatus != state) problems.Add(FaultMessages.Chain(report.Id, step.Id, state, step.FromStatus));
                state = step.ToStatus;
            }
            if (state != report.Status) problems.Add(FaultMessages.State(report.Id, report.Status, state));
            var kept = versions[report.Id].OrderBy(v => v.Number).ToList();
            if (!kept.Select(v => v.Number).SequenceEqual(Enumerable.Range(1, kept.Count))) problems.Add(FaultMessages.Numbers(report.Id, kept.Select(v => v.Number)));
            var signed = steps.Where(e => e.Transition == nameof(ReportTransition.SignOff)).Select(e => e.Version).ToList();
            if (!signed.Order().SequenceEqual(kept.Select(v => (int?)v.Number))) problems.Add(FaultMessages.Unsigned(report.Id, signed, kept.Select(v => v.Number)));
            foreach (var version in kept)
            {
                try
                {
                    JsonDocument.Parse(version.Values).Dispose();
                    JsonDocument.Parse(version.Narratives).Dispose();
                }
                catch (JsonException)
                {
                    problems.Add(FaultMessages.BadValues(report.Id, version.Number));
                }
                if (!IsWholeDocx(version.Docx)) problems.Add(FaultMessages.BadVersionDocx(report.Id, version.Number));
            }
        }
        return problems;
    }

    /// <summary>The dossiers stored for a unit, and its imports.</summary>
    public static async Task<(long Dossiers, int Imports)> DossiersAsync(FaultDatabase database, string unitCode)
    {
        database.ClearPools();
        await using var db = Database.Create(database.ConnectionString);
        var unit = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
        return (await db.DossierBlocks.Where(b => b.UnitId == unit).SumAsync(b => (long)b.Count), await db.DossierImports.CountAsync(i => i.UnitId == unit));
    }

    /// <summary>A DOCX that opens: a zip whose main part is well-formed XML.</summary>
    public static bool IsWholeDocx(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is not { } main) return false;
            using var reader = XmlReader.Create(main.Open());
            while (reader.Read())
            {
            }
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return false;
        }
    }
}
