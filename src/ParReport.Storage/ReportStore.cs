using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using ParReport.Domain.Workflow;
using ParReport.Storage.Records;

namespace ParReport.Storage;

/// <summary>Reporting requests and the reports that answer them.</summary>
/// <param name="clock">When requests are sent; the system's clock when not given.</param>
public sealed class ReportStore(ParReportDbContext db, TimeProvider? clock = null)
{
    /// <summary>Stores a request with the units expected to answer it: the issuer's units below it now, fixed from then on.</summary>
    public async Task<int> AddRequestAsync(ReportingRequest request, CancellationToken cancel = default)
    {
        await using var transaction = await db.BeginUnlessActiveAsync(cancel);
        var issuer = await db.UnitIdAsync(request.IssuerUnitCode, cancel);
        var record = new ReportingRequestRecord
        {
            IssuerUnitId = issuer,
            PeriodCode = request.Period.Code,
            TemplateId = request.Template.Id,
            TemplateVersion = request.Template.Version,
            WindowFrom = request.Window.From,
            WindowTo = request.Window.To,
            CumulativeFrom = request.CumulativeWindow.From,
            CumulativeTo = request.CumulativeWindow.To,
            Deadline = request.Deadline,
            DocumentNumber = request.Document?.Number,
            DocumentDate = request.Document?.Date,
            DeadlineHour = request.DeadlineHour,
            ReminderDays = request.ReminderDays,
            SentAt = (clock ?? TimeProvider.System).GetUtcNow(),
        };
        db.Requests.Add(record);
        await db.SaveChangesAsync(cancel);
        foreach (var unitId in await db.Units.Where(u => u.ParentId == issuer).Select(u => u.Id).ToListAsync(cancel))
            db.RequestUnits.Add(new RequestUnitRecord { RequestId = record.Id, UnitId = unitId });
        await db.SaveChangesAsync(cancel);
        await transaction.CommitIfOwnAsync(cancel);
        return record.Id;
    }

    /// <summary>Stores a request unless its issuer has already asked for the period's reports, whatever the template.</summary>
    /// <returns>The request's id; null when the issuer had asked already (also when another request stored it at the same moment).</returns>
    public async Task<int?> TryAddRequestAsync(ReportingRequest request, CancellationToken cancel = default)
    {
        if (await db.Requests.AnyAsync(r => r.IssuerUnit.Code == request.IssuerUnitCode && r.PeriodCode == request.Period.Code, cancel)) return null;
        try
        {
            return await AddRequestAsync(request, cancel);
        }
        catch (DbUpdateException e) when (Database.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return null;
        }
    }

    public async Task<IReadOnlyList<(int Id, ReportingRequest Request)>> ListRequestsAsync(CancellationToken cancel = default) =>
        (await db.Requests.AsNoTracking().Include(r => r.IssuerUnit).OrderBy(r => r.Id).ToListAsync(cancel))
        .Select(r => (r.Id, ToDomain(r))).ToList();

    /// <summary>The requests a unit issued for a period, oldest first.</summary>
    public async Task<IReadOnlyList<(int Id, ReportingRequest Request)>> IssuedAsync(string issuerCode, string periodCode, CancellationToken cancel = default) =>
        (await db.Requests.AsNoTracking().Include(r => r.IssuerUnit).Where(r => r.IssuerUnit.Code == issuerCode && r.PeriodCode == periodCode)
            .OrderBy(r => r.Id).ToListAsync(cancel))
        .Select(r => (r.Id, ToDomain(r))).ToList();

    public async Task<ReportingRequest> RequestAsync(int requestId, CancellationToken cancel = default) =>
        await FindRequestAsync(requestId, cancel) ?? throw new KeyNotFoundException($"No reporting request {requestId}.");

    public async Task<ReportingRequest?> FindRequestAsync(int requestId, CancellationToken cancel = default) =>
        await db.Requests.AsNoTracking().Include(r => r.IssuerUnit).SingleOrDefaultAsync(r => r.Id == requestId, cancel) is { } record ? ToDomain(record) : null;

    /// <summary>
    /// A request and whether it was sent to a unit (as fixed when it was sent and changed since by its issuer), in one
    /// query; null when there is no such request.
    /// </summary>
    public async Task<(ReportingRequest Request, bool SentTo)?> FindRequestAsync(int requestId, string unitCode, CancellationToken cancel = default) =>
        await db.Requests.AsNoTracking().Include(r => r.IssuerUnit).Where(r => r.Id == requestId)
            .Select(r => new { Record = r, SentTo = db.RequestUnits.Any(u => u.RequestId == requestId && u.Unit.Code == unitCode && !u.Removed) })
            .SingleOrDefaultAsync(cancel) is { } found ? (ToDomain(found.Record), found.SentTo) : null;

    /// <summary>Stores a report as the answer to a request, replacing its previous values and narrative in one transaction.</summary>
    public async Task SaveAsync(int requestId, Report report, CancellationToken cancel = default)
    {
        await using var transaction = await db.BeginUnlessActiveAsync(cancel);
        var unitId = await db.UnitIdAsync(report.UnitCode, cancel);
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancel)
            ?? throw new KeyNotFoundException($"No reporting request {requestId}.");
        if (request.PeriodCode != report.Period.Code || request.TemplateId != report.Template.Id || request.TemplateVersion != report.Template.Version)
            throw new InvalidOperationException($"Report {report.Period}/{report.Template} does not answer request {requestId} ({request.PeriodCode}/{request.TemplateId}@{request.TemplateVersion}).");
        var record = await db.Reports.Include(r => r.Values).Include(r => r.Narratives)
            .SingleOrDefaultAsync(r => r.UnitId == unitId && r.RequestId == requestId, cancel);
        if (record is null)
        {
            record = new ReportRecord { UnitId = unitId, RequestId = requestId, TemplateId = report.Template.Id, TemplateVersion = report.Template.Version };
            db.Reports.Add(record);
        }
        else if (record.TemplateId != report.Template.Id || record.TemplateVersion != report.Template.Version)
            throw new InvalidOperationException($"Report of {report.UnitCode} was made with template {record.TemplateId}@{record.TemplateVersion}, not {report.Template}.");
        else await db.EnsureEditableAsync(record.Id, cancel);

        var values = record.Values.ToDictionary(v => v.Key);
        foreach (var (key, value) in report.Values)
        {
            if (!values.Remove(key, out var stored)) record.Values.Add(stored = new IndicatorValueRecord { Key = key });
            stored.Number = value.Number;
            stored.Text = value.Text;
        }
        foreach (var removed in values.Values) record.Values.Remove(removed);

        var narratives = record.Narratives.ToDictionary(n => n.OutlineCode);
        foreach (var (code, text) in report.Narratives)
        {
            if (!narratives.Remove(code, out var stored)) record.Narratives.Add(stored = new NarrativeRecord { OutlineCode = code, Text = text });
            stored.Text = text;
        }
        foreach (var removed in narratives.Values) record.Narratives.Remove(removed);

        await db.SaveChangesAsync(cancel);
        await transaction.CommitIfOwnAsync(cancel);
    }

    public async Task<Report?> FindAsync(int requestId, string unitCode, CancellationToken cancel = default) =>
        (await FindStoredAsync(requestId, unitCode, cancel))?.Report;

    /// <summary>
    /// A unit's stored report of a request with its row (state, revision, document); null until its first write. Every
    /// report page reads it: the row comes with its values in one command, the narrative in a second.
    /// </summary>
    public async Task<(ReportRecord Record, Report Report)?> FindStoredAsync(int requestId, string unitCode, CancellationToken cancel = default)
    {
        if (await WithValues.SingleOrDefaultAsync(r => r.RequestId == requestId && r.Unit.Code == unitCode, cancel) is not { } record) return null;
        record.Narratives = await db.Narratives.AsNoTracking().Where(n => n.ReportId == record.Id).ToListAsync(cancel);
        return (record, ToDomain(record));
    }

    /// <summary>A unit's stored reports answering some requests, by request id (a request it has stored nothing for is missing).</summary>
    public async Task<IReadOnlyDictionary<int, Report>> ListAsync(string unitCode, IReadOnlyCollection<int> requestIds, CancellationToken cancel = default) =>
        (await Loaded.Where(r => r.Unit.Code == unitCode && requestIds.Contains(r.RequestId)).ToListAsync(cancel)).ToDictionary(r => r.RequestId, ToDomain);

    /// <summary>Every report of a request that has any content, by unit code.</summary>
    public async Task<IReadOnlyList<Report>> ListAsync(int requestId, CancellationToken cancel = default) =>
        (await Loaded.Where(r => r.RequestId == requestId && (r.Values.Any() || r.Narratives.Any())).OrderBy(r => r.Unit.Code).ToListAsync(cancel))
        .Select(ToDomain).ToList();

    /// <summary>A unit's report for a period, with the request it answers; null when none is stored.</summary>
    /// <param name="sentOnly">Only a report sent or accepted (locked, so what was sent): what the upper level may see.</param>
    public async Task<(int RequestId, ReportingRequest Request, Report Report)?> FindAsync(string unitCode, ReportingPeriod period, CancellationToken cancel = default, bool sentOnly = false) =>
        await Sent(Loaded, sentOnly).FirstOrDefaultAsync(r => r.Unit.Code == unitCode && r.Request.PeriodCode == period.Code, cancel) is { } record
            ? (record.RequestId, ToDomain(record.Request), ToDomain(record))
            : null;

    /// <summary>Every report with any content answering the request an issuer sent for a period.</summary>
    public async Task<IReadOnlyList<(int RequestId, ReportingRequest Request, Report Report)>> ListAsync(string issuerCode, ReportingPeriod period, CancellationToken cancel = default) =>
        (await Loaded.Where(r => r.Request.IssuerUnit.Code == issuerCode && r.Request.PeriodCode == period.Code && (r.Values.Any() || r.Narratives.Any()))
            .OrderBy(r => r.RequestId).ThenBy(r => r.Unit.Code).ToListAsync(cancel))
        .Select(r => (r.RequestId, ToDomain(r.Request), ToDomain(r))).ToList();

    /// <summary>A unit's reports up to a period, oldest first, with their values but not their narratives: the history its charts draw.</summary>
    /// <param name="sentOnly">Only reports sent or accepted, as for <see cref="FindAsync(string, ReportingPeriod, CancellationToken, bool)"/>.</param>
    public async Task<IReadOnlyList<Report>> HistoryAsync(string unitCode, ReportingPeriod upTo, CancellationToken cancel = default, bool sentOnly = false) =>
        (await Sent(WithValues, sentOnly).Where(r => r.Unit.Code == unitCode).OrderBy(r => r.Id).ToListAsync(cancel))
        .Select(ToDomain).Where(r => r.Period.CompareTo(upTo) <= 0).OrderBy(r => r.Period).ToList();

    /// <summary>
    /// A unit's reports of some periods, by period, with their values but not their narratives, in one command; of a
    /// period it answered two requests for, the one stored first (as <see cref="FindAsync(string, ReportingPeriod, CancellationToken, bool)"/> finds).
    /// </summary>
    /// <param name="sentOnly">Only reports sent or accepted, as for <see cref="FindAsync(string, ReportingPeriod, CancellationToken, bool)"/>.</param>
    public async Task<IReadOnlyDictionary<ReportingPeriod, Report>> ValuesOfAsync(string unitCode, IReadOnlyCollection<ReportingPeriod> periods,
        CancellationToken cancel = default, bool sentOnly = false)
    {
        if (periods.Count == 0) return new Dictionary<ReportingPeriod, Report>();
        var codes = periods.Select(p => p.Code).Distinct().ToList();
        return (await Sent(WithValues, sentOnly).Where(r => r.Unit.Code == unitCode && codes.Contains(r.Request.PeriodCode)).OrderBy(r => r.Id).ToListAsync(cancel))
            .Select(ToDomain).GroupBy(r => r.Period).ToDictionary(g => g.Key, g => g.First());
    }

    private static IQueryable<ReportRecord> Sent(IQueryable<ReportRecord> reports, bool sentOnly) =>
        sentOnly ? reports.Where(r => r.Status == (int)ReportStatus.Sent || r.Status == (int)ReportStatus.Accepted) : reports;

    // A report with everything the domain's Report and its request need, read in one go.
    private IQueryable<ReportRecord> Loaded => db.Reports.AsNoTracking().AsSplitQuery()
        .Include(r => r.Unit).Include(r => r.Request).ThenInclude(q => q.IssuerUnit).Include(r => r.Values).Include(r => r.Narratives);

    // A report with its values and what its period needs, without its narrative: one collection, so one command.
    private IQueryable<ReportRecord> WithValues => db.Reports.AsNoTracking().Include(r => r.Unit).Include(r => r.Request).Include(r => r.Values);


    internal static ReportingRequest ToDomain(ReportingRequestRecord r) => new(
        r.IssuerUnit.Code,
        ReportingPeriod.Parse(r.PeriodCode),
        new TemplateRef(r.TemplateId, r.TemplateVersion),
        new CutOffWindow(r.WindowFrom, r.WindowTo),
        new CutOffWindow(r.CumulativeFrom, r.CumulativeTo),
        r.Deadline,
        r.DocumentNumber is { } number && r.DocumentDate is { } date ? new RequestDocument(number, date) : null,
        r.DeadlineHour,
        r.ReminderDays);

    internal static Report ToDomain(ReportRecord r) => new(
        r.Unit.Code,
        ReportingPeriod.Parse(r.Request.PeriodCode),
        new TemplateRef(r.TemplateId, r.TemplateVersion),
        r.Values.ToImmutableDictionary(v => v.Key, v => new IndicatorValue(v.Number, v.Text)),
        r.Narratives.ToImmutableDictionary(n => n.OutlineCode, n => n.Text));
}
