using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Reports;
using ParReport.Domain.Workflow;
using ParReport.Storage.Records;

namespace ParReport.Storage;

/// <summary>A report's workflow as stored: its state, the steps taken, the versions sent, and each request's expected units.</summary>
public sealed class WorkflowStore(ParReportDbContext db, TimeProvider clock)
{
    /// <summary>A version of a report as it was sent.</summary>
    public sealed record Version(int Number, DateTimeOffset SentAt, string SentBy, string DocumentNumber, DateOnly DocumentDate, string? SignerName, Report Report);

    public async Task<(ReportStatus Status, DateTimeOffset? Since)> StatusAsync(int reportId, CancellationToken cancel = default) =>
        await db.Reports.AsNoTracking().Where(r => r.Id == reportId).Select(r => new { r.Status, r.StatusSince }).SingleAsync(cancel) is var r
            ? ((ReportStatus)r.Status, r.StatusSince)
            : default;

    /// <summary>
    /// Moves a report from one state to another and records the step, in the caller's transaction. False, and nothing
    /// changed, when the report is no longer in <paramref name="from"/> or, when <paramref name="revision"/> is given,
    /// has been written since it was read at that revision (someone moved or changed it meanwhile).
    /// </summary>
    public async Task<bool> MoveAsync(int reportId, ReportTransition transition, ReportStatus from, string userName, string fullName,
        string? comment, IReadOnlyDictionary<string, string>? partReasons, int? version, CancellationToken cancel = default, int? revision = null)
    {
        var now = clock.GetUtcNow();
        var to = ReportWorkflow.Target(transition);
        var moved = await db.Reports.Where(r => r.Id == reportId && r.Status == (int)from && (revision == null || r.Revision == revision))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, (int)to).SetProperty(r => r.StatusSince, now).SetProperty(r => r.Revision, r => r.Revision + 1), cancel);
        if (moved == 0) return false;
        // What the upper level aggregates: the version it accepted, kept until it accepts another.
        if (transition == ReportTransition.Accept)
            await db.Reports.Where(r => r.Id == reportId).ExecuteUpdateAsync(set => set.SetProperty(r => r.AcceptedVersion,
                r => db.ReportVersions.Where(v => v.ReportId == r.Id).Max(v => (int?)v.Number)), cancel);
        db.ReportEvents.Add(new ReportEventRecord
        {
            ReportId = reportId, Transition = transition.ToString(), FromStatus = (int)from, ToStatus = (int)to,
            UserName = userName, FullName = fullName, At = now, Comment = comment, Version = version,
            PartReasons = partReasons is { Count: > 0 } ? JsonSerializer.Serialize(partReasons) : null,
        });
        await db.SaveChangesAsync(cancel);
        return true;
    }

    /// <summary>Fixes the document's number, date and signer as the leader signs off, in the sign-off's transaction (the report is locked for everyone else).</summary>
    public Task FixDocumentAsync(int reportId, string number, DateOnly date, string? signer, CancellationToken cancel = default) =>
        db.Reports.Where(r => r.Id == reportId).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.DocumentNumber, number).SetProperty(r => r.DocumentDate, date).SetProperty(r => r.SignerName, signer), cancel);

    public async Task<IReadOnlyList<ReportEventRecord>> EventsAsync(int reportId, CancellationToken cancel = default) =>
        await db.ReportEvents.AsNoTracking().Where(e => e.ReportId == reportId).OrderBy(e => e.Id).ToListAsync(cancel);

    /// <summary>The reasons of the last return, by part key, and its overall comment; empty when the report was never returned.</summary>
    public async Task<(string? Comment, IReadOnlyDictionary<string, string> Parts)> LastReturnAsync(int reportId, CancellationToken cancel = default)
    {
        var last = await db.ReportEvents.AsNoTracking().Where(e => e.ReportId == reportId && e.ToStatus == (int)ReportStatus.Returned)
            .OrderByDescending(e => e.Id).FirstOrDefaultAsync(cancel);
        return Return(last);
    }

    /// <summary>The reasons of the last return among a report's steps (<see cref="EventsAsync"/>), as <see cref="LastReturnAsync"/> reads them.</summary>
    public static (string? Comment, IReadOnlyDictionary<string, string> Parts) LastReturn(IEnumerable<ReportEventRecord> events) =>
        Return(events.Where(e => e.ToStatus == (int)ReportStatus.Returned).MaxBy(e => e.Id));

    private static (string? Comment, IReadOnlyDictionary<string, string> Parts) Return(ReportEventRecord? last) =>
        last is null ? (null, new Dictionary<string, string>()) : (last.Comment, Reasons(last));

    public static IReadOnlyDictionary<string, string> Reasons(ReportEventRecord e) =>
        e.PartReasons is null ? new Dictionary<string, string>() : JsonSerializer.Deserialize<Dictionary<string, string>>(e.PartReasons)!;

    /// <summary>Keeps a report whole as the next version; returns its number.</summary>
    public async Task<int> AddVersionAsync(int reportId, Report report, string sentBy, string documentNumber, DateOnly documentDate, string? signer,
        byte[] docx, CancellationToken cancel = default)
    {
        var number = 1 + (await db.ReportVersions.Where(v => v.ReportId == reportId).MaxAsync(v => (int?)v.Number, cancel) ?? 0);
        db.ReportVersions.Add(new ReportVersionRecord
        {
            ReportId = reportId, Number = number, SentAt = clock.GetUtcNow(), SentBy = sentBy,
            DocumentNumber = documentNumber, DocumentDate = documentDate, SignerName = signer,
            Values = JsonSerializer.Serialize(report.Values.ToDictionary(v => v.Key, v => new StoredValue(v.Value.Number, v.Value.Text))),
            Narratives = JsonSerializer.Serialize(report.Narratives),
            Docx = docx,
        });
        await db.SaveChangesAsync(cancel);
        return number;
    }

    private sealed record StoredValue(decimal? N, string? T);

    /// <summary>A version as a list shows it: without its values, narrative and document.</summary>
    public sealed record VersionHeader(int Number, DateTimeOffset SentAt, string SentBy, string DocumentNumber, DateOnly DocumentDate, string? SignerName);

    /// <summary>The versions of a report, oldest first, as a list shows them.</summary>
    public async Task<IReadOnlyList<VersionHeader>> VersionHeadersAsync(int reportId, CancellationToken cancel = default) =>
        await db.ReportVersions.AsNoTracking().Where(v => v.ReportId == reportId).OrderBy(v => v.Number)
            .Select(v => new VersionHeader(v.Number, v.SentAt, v.SentBy, v.DocumentNumber, v.DocumentDate, v.SignerName)).ToListAsync(cancel);

    /// <summary>The last version of a report, without its document; null before the first sign-off.</summary>
    public async Task<Version?> LastVersionAsync(int reportId, Report shape, CancellationToken cancel = default) =>
        await db.ReportVersions.AsNoTracking().Where(v => v.ReportId == reportId).OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.SentAt, v.SentBy, v.DocumentNumber, v.DocumentDate, v.SignerName, v.Values, v.Narratives }).FirstOrDefaultAsync(cancel) is { } v
            ? new Version(v.Number, v.SentAt, v.SentBy, v.DocumentNumber, v.DocumentDate, v.SignerName, Read(shape, v.Values, v.Narratives))
            : null;

    /// <summary>The versions of a report, oldest first, without their documents.</summary>
    public async Task<IReadOnlyList<Version>> VersionsAsync(int reportId, Report shape, CancellationToken cancel = default) =>
        (await db.ReportVersions.AsNoTracking().Where(v => v.ReportId == reportId).OrderBy(v => v.Number)
            .Select(v => new { v.Number, v.SentAt, v.SentBy, v.DocumentNumber, v.DocumentDate, v.SignerName, v.Values, v.Narratives }).ToListAsync(cancel))
        .Select(v => new Version(v.Number, v.SentAt, v.SentBy, v.DocumentNumber, v.DocumentDate, v.SignerName, Read(shape, v.Values, v.Narratives)))
        .ToList();

    public async Task<byte[]?> DocxAsync(int reportId, int number, CancellationToken cancel = default) =>
        await db.ReportVersions.AsNoTracking().Where(v => v.ReportId == reportId && v.Number == number).Select(v => v.Docx).SingleOrDefaultAsync(cancel);

    private static Report Read(Report shape, string values, string narratives) => shape with
    {
        Values = AggregateStore.ReadValues(values),
        Narratives = JsonSerializer.Deserialize<Dictionary<string, string>>(narratives)!.ToImmutableDictionary(),
    };

    /// <summary>The codes of the units expected to answer a request, as fixed when it was sent and changed since by its issuer.</summary>
    public async Task<IReadOnlyList<string>> ExpectedUnitsAsync(int requestId, CancellationToken cancel = default) =>
        await db.RequestUnits.AsNoTracking().Where(u => u.RequestId == requestId && !u.Removed).Select(u => u.Unit.Code).ToListAsync(cancel);

    /// <summary>Adds a unit to a request, or takes it out, with a reason.</summary>
    public async Task SetExpectedAsync(int requestId, string unitCode, bool expected, string reason, string by, CancellationToken cancel = default)
    {
        var unitId = await db.UnitIdAsync(unitCode, cancel);
        var record = await db.RequestUnits.SingleOrDefaultAsync(u => u.RequestId == requestId && u.UnitId == unitId, cancel);
        if (record is null) db.RequestUnits.Add(record = new RequestUnitRecord { RequestId = requestId, UnitId = unitId });
        (record.Removed, record.Reason, record.ChangedBy, record.ChangedAt) = (!expected, reason, by, clock.GetUtcNow());
        record.Revision++;
        await db.SaveChangesAsync(cancel);
    }

    /// <summary>For every request, the units expected to answer it, each with its report's state (null: nothing stored yet).</summary>
    public async Task<ILookup<int, (string UnitCode, ReportStatus? Status)>> OverviewAsync(CancellationToken cancel = default)
    {
        var reports = (await Started.Select(r => new { r.RequestId, r.Unit.Code, r.Status }).ToListAsync(cancel))
            .ToDictionary(r => (r.RequestId, r.Code), r => (ReportStatus)r.Status);
        return (await db.RequestUnits.AsNoTracking().Where(u => !u.Removed).Select(u => new { u.RequestId, u.Unit.Code }).ToListAsync(cancel))
            .ToLookup(u => u.RequestId, u => (u.Code, reports.TryGetValue((u.RequestId, u.Code), out var s) ? s : (ReportStatus?)null));
    }

    /// <summary>For each unit that stored anything for a request: its state, first and last sign-off, and how many returns.</summary>
    public async Task<IReadOnlyDictionary<string, ReportProgress>> ProgressAsync(int requestId, CancellationToken cancel = default)
    {
        var reports = await Started.Where(r => r.RequestId == requestId).Select(r => new { r.Id, r.Unit.Code, r.Status }).ToListAsync(cancel);
        var ids = reports.Select(r => r.Id).ToList();
        var events = (await db.ReportEvents.AsNoTracking().Where(e => ids.Contains(e.ReportId))
            .Select(e => new { e.ReportId, e.Transition, e.At }).ToListAsync(cancel)).ToLookup(e => e.ReportId);
        var signOff = nameof(ReportTransition.SignOff);
        var returned = new[] { nameof(ReportTransition.Return), nameof(ReportTransition.Reopen) };
        return reports.ToDictionary(r => r.Code, r =>
        {
            var sent = events[r.Id].Where(e => e.Transition == signOff).Select(e => e.At).Order().ToList();
            return new ReportProgress((ReportStatus)r.Status, sent.Count > 0 ? sent[0] : null, sent.Count > 0 ? sent[^1] : null,
                events[r.Id].Count(e => returned.Contains(e.Transition)));
        });
    }

    // A report a unit has begun: a row opened and left empty does not count.
    private IQueryable<ReportRecord> Started => db.Reports.AsNoTracking().Where(r => r.Values.Any() || r.Narratives.Any() || r.Status != 0);
}
