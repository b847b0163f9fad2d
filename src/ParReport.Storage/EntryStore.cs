using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Entry;
using ParReport.Domain.Reports;
using ParReport.Domain.Text;
using ParReport.Storage.Records;

namespace ParReport.Storage;

/// <summary>What a save did: the changes kept, and the fields someone else changed meanwhile, with who and when.</summary>
public sealed record SaveOutcome<T>(IReadOnlyList<FieldChange<T>> Changes, IReadOnlyList<(FieldConflict<T> Conflict, AuditRecord? LastChange)> Conflicts);

/// <summary>
/// Report entry by many officials: the parts' assignments and statuses, field-by-field saves of values and
/// narrative with optimistic concurrency (<see cref="FieldMerge"/>), and the audit trail of every change.
/// </summary>
public sealed partial class EntryStore(ParReportDbContext db, TimeProvider clock)
{
    public const string ValueSubject = "value";
    public const string NarrativeSubject = "narrative";
    public const string StatusSubject = "status";
    public const string AssigneeSubject = "assignee";
    public const string DocumentSubject = "document";

    /// <summary>The id of the unit's report for a request, creating an empty one on first use (the first write; reading creates nothing).</summary>
    public async Task<int> EnsureReportAsync(int requestId, string unitCode, CancellationToken cancel = default)
    {
        var existing = await db.Reports.Where(r => r.RequestId == requestId && r.Unit.Code == unitCode).Select(r => (int?)r.Id).SingleOrDefaultAsync(cancel);
        if (existing is { } id) return id;
        var request = await db.Requests.AsNoTracking().SingleAsync(r => r.Id == requestId, cancel);
        var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync(cancel);
        var record = new ReportRecord { UnitId = unitId, RequestId = requestId, TemplateId = request.TemplateId, TemplateVersion = request.TemplateVersion };
        db.Reports.Add(record);
        try
        {
            await db.SaveChangesAsync(cancel);
            return record.Id;
        }
        catch (DbUpdateException e) when (Database.IsUniqueViolation(e))
        {
            // Another request opened the same report at the same moment: use theirs.
            db.Entry(record).State = EntityState.Detached;
            return await db.Reports.Where(r => r.RequestId == requestId && r.UnitId == unitId).Select(r => r.Id).SingleAsync(cancel);
        }
    }

    public async Task<IReadOnlyList<AssignmentRecord>> AssignmentsAsync(int reportId, CancellationToken cancel = default) =>
        await db.Assignments.AsNoTracking().Include(a => a.Assignee).Where(a => a.ReportId == reportId).ToListAsync(cancel);

    public async Task<AssignmentRecord?> AssignmentAsync(int reportId, string partKey, CancellationToken cancel = default) =>
        await db.Assignments.AsNoTracking().Include(a => a.Assignee).SingleOrDefaultAsync(a => a.ReportId == reportId && a.PartKey == partKey, cancel);

    /// <summary>The status of each assigned part of a unit's reports answering some requests, by request id and part key.</summary>
    public async Task<IReadOnlyDictionary<(int RequestId, string PartKey), int>> PartStatusesAsync(string unitCode, IReadOnlyCollection<int> requestIds, CancellationToken cancel = default) =>
        (await db.Assignments.AsNoTracking()
            .Join(db.Reports.Where(r => r.Unit.Code == unitCode && requestIds.Contains(r.RequestId)), a => a.ReportId, r => r.Id, (a, r) => new { r.RequestId, a.PartKey, a.Status })
            .ToListAsync(cancel))
        .ToDictionary(a => (a.RequestId, a.PartKey), a => a.Status);

    /// <summary>The parts assigned to a user, with the report each belongs to.</summary>
    public async Task<IReadOnlyList<(AssignmentRecord Assignment, ReportRecord Report)>> AssignedToAsync(string userId, CancellationToken cancel = default) =>
        (await db.Assignments.AsNoTracking().Where(a => a.AssigneeId == userId)
            .Join(db.Reports.Include(r => r.Unit).Include(r => r.Request), a => a.ReportId, r => r.Id, (a, r) => new { a, r })
            .ToListAsync(cancel))
        .Select(x => (x.a, x.r)).ToList();

    /// <summary>Gives a part to a user (or to nobody) with a deadline, keeping the change in the audit trail.</summary>
    public async Task AssignAsync(int reportId, string partKey, string? assigneeId, DateOnly? deadline, string by, CancellationToken cancel = default)
    {
        await using var transaction = await db.BeginUnlessActiveAsync(cancel);
        await db.EnsureEditableAsync(reportId, cancel);
        var assignment = await PartAsync(reportId, partKey, cancel);
        if (assignment.AssigneeId != assigneeId || assignment.Deadline != deadline)
        {
            var names = await db.Users.Where(u => u.Id == assignment.AssigneeId || u.Id == assigneeId).ToDictionaryAsync(u => u.Id, u => u.UserName, cancel);
            string? Describe(string? user, DateOnly? date) =>
                user is null && date is null ? null : $"{(user is null ? "—" : names.GetValueOrDefault(user))}, hạn {date?.ToString("dd/MM/yyyy") ?? "—"}";
            Audit(reportId, AssigneeSubject, partKey, Describe(assignment.AssigneeId, assignment.Deadline), Describe(assigneeId, deadline), by);
            assignment.AssigneeId = assigneeId;
            assignment.Deadline = deadline;
        }
        await db.SaveChangesAsync(cancel);
        await transaction.CommitIfOwnAsync(cancel);
    }

    public async Task SetStatusAsync(int reportId, string partKey, PartStatus status, string by, CancellationToken cancel = default)
    {
        await using var transaction = await db.BeginUnlessActiveAsync(cancel);
        await db.EnsureEditableAsync(reportId, cancel);
        await SetStatusInTransactionAsync(reportId, partKey, status, by, cancel);
        await db.SaveChangesAsync(cancel);
        await transaction.CommitIfOwnAsync(cancel);
    }

    /// <summary>
    /// Saves the values an official submitted for some indicators, each with the value it had when they opened it.
    /// Changes are kept and audited; conflicts are returned untouched. A change puts the part (back) to "đang làm".
    /// </summary>
    /// <param name="reasons">Why a value was changed, by key; kept in the audit trail (required by the pages when overriding a value taken from the dossiers).</param>
    public Task<SaveOutcome<IndicatorValue>> SaveValuesAsync(int reportId, string partKey,
        IReadOnlyList<(string Key, IndicatorValue? Original, IndicatorValue? Mine)> submitted, string by,
        IReadOnlyDictionary<string, string>? reasons = null, CancellationToken cancel = default) =>
        SaveAsync(reportId, partKey, ValueSubject, submitted, by, reasons,
            async () => (await db.IndicatorValues.Where(v => v.ReportId == reportId).ToListAsync(cancel))
                .ToDictionary(v => v.Key, v => (Record: (object)v, Value: new IndicatorValue(v.Number, v.Text))),
            (key, record, value) =>
            {
                if (record is IndicatorValueRecord stored)
                {
                    if (value is null) { db.IndicatorValues.Remove(stored); return; }
                    // Typed by an official: no longer the dossiers' figure.
                    (stored.Number, stored.Text, stored.Source) = (value.Number, value.Text, null);
                    stored.Version++;
                }
                else if (value is not null)
                    db.IndicatorValues.Add(new IndicatorValueRecord { ReportId = reportId, Key = key, Number = value.Number, Text = value.Text });
            },
            value => value is null ? null : ValueInput.Show(value), cancel);

    /// <summary>Saves narrative texts the way <see cref="SaveValuesAsync"/> saves values.</summary>
    public Task<SaveOutcome<string>> SaveNarrativesAsync(int reportId, string partKey,
        IReadOnlyList<(string Key, string? Original, string? Mine)> submitted, string by, CancellationToken cancel = default) =>
        SaveAsync(reportId, partKey, NarrativeSubject, submitted.Select(s => (s.Key, Blank(s.Original), Blank(s.Mine))).ToList(), by, null,
            async () => (await db.Narratives.Where(n => n.ReportId == reportId).ToListAsync(cancel))
                .ToDictionary(n => n.OutlineCode, n => (Record: (object)n, Value: n.Text)),
            (key, record, text) =>
            {
                if (record is NarrativeRecord stored)
                {
                    if (text is null) { db.Narratives.Remove(stored); return; }
                    stored.Text = text;
                    stored.Version++;
                }
                else if (text is not null)
                    db.Narratives.Add(new NarrativeRecord { ReportId = reportId, OutlineCode = key, Text = text });
            },
            text => text, cancel);

    private static string? Blank(string? text) => TypedText.Clean(text ?? "").Trim() is { Length: > 0 } clean ? clean : null;

    private async Task<SaveOutcome<T>> SaveAsync<T>(int reportId, string partKey, string subject,
        IReadOnlyList<(string Key, T? Original, T? Mine)> submitted, string by, IReadOnlyDictionary<string, string>? reasons,
        Func<Task<Dictionary<string, (object Record, T Value)>>> load, Action<string, object?, T?> apply, Func<T?, string?> show,
        CancellationToken cancel) where T : class
    {
        // A save racing with another on the same field fails on the version token or the unique key; read again and merge again.
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancel);
            await db.EnsureEditableAsync(reportId, cancel);
            var stored = await load();
            var (changes, conflicts) = FieldMerge.Merge(stored.ToDictionary(s => s.Key, s => s.Value.Value), submitted);
            foreach (var change in changes)
            {
                apply(change.Key, stored.TryGetValue(change.Key, out var s) ? s.Record : null, change.New);
                Audit(reportId, subject, change.Key, show(change.Old), show(change.New), by, reasons?.GetValueOrDefault(change.Key));
            }
            if (changes.Count > 0) await SetStatusInTransactionAsync(reportId, partKey, PartStatus.InProgress, by, cancel);
            try
            {
                await db.SaveChangesAsync(cancel);
                await transaction.CommitAsync(cancel);
            }
            catch (DbUpdateException e) when (attempt < 3 && (e is DbUpdateConcurrencyException || Database.IsUniqueViolation(e)))
            {
                await transaction.RollbackAsync(cancel);
                db.ChangeTracker.Clear();
                continue;
            }
            var keys = conflicts.Select(c => c.Key).ToList();
            var last = (await db.Audit.AsNoTracking().Where(a => a.ReportId == reportId && a.Subject == subject && keys.Contains(a.Key)).ToListAsync(cancel))
                .GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.MaxBy(a => a.Id));
            return new SaveOutcome<T>(changes, conflicts.Select(c => (c, last.GetValueOrDefault(c.Key))).ToList());
        }
    }

    /// <summary>Sets the number, date and signer the report's document will carry.</summary>
    public async Task SetDocumentAsync(int reportId, string? number, DateOnly? date, string? signer, string by, CancellationToken cancel = default)
    {
        await using var transaction = await db.BeginUnlessActiveAsync(cancel);
        await db.EnsureEditableAsync(reportId, cancel);
        var record = await db.Reports.SingleAsync(r => r.Id == reportId, cancel);
        var old = DocumentLine(record.DocumentNumber, record.DocumentDate, record.SignerName);
        (record.DocumentNumber, record.DocumentDate, record.SignerName) = (number, date, signer);
        if (DocumentLine(number, date, signer) is var @new && @new != old) Audit(reportId, DocumentSubject, "van-ban", old, @new, by);
        await db.SaveChangesAsync(cancel);
        await transaction.CommitIfOwnAsync(cancel);
    }

    private static string? DocumentLine(string? number, DateOnly? date, string? signer) =>
        number is null && date is null && signer is null ? null : $"{number ?? "—"}, ngày {date?.ToString("dd/MM/yyyy") ?? "—"}, {signer ?? "—"}";

    /// <summary>Where each value of a report not typed by an official came from, by key.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SourcesAsync(int reportId, CancellationToken cancel = default) =>
        await db.IndicatorValues.AsNoTracking().Where(v => v.ReportId == reportId && v.Source != null).ToDictionaryAsync(v => v.Key, v => v.Source!, cancel);

    /// <summary>Every change of one field of a report, newest first.</summary>
    public async Task<IReadOnlyList<AuditRecord>> TrailAsync(int reportId, string subject, string key, CancellationToken cancel = default) =>
        await db.Audit.AsNoTracking().Where(a => a.ReportId == reportId && a.Subject == subject && a.Key == key).OrderByDescending(a => a.Id).ToListAsync(cancel);

    /// <summary>The keys of a report that have an audit trail.</summary>
    public async Task<IReadOnlySet<string>> AuditedKeysAsync(int reportId, string subject, CancellationToken cancel = default) =>
        (await db.Audit.AsNoTracking().Where(a => a.ReportId == reportId && a.Subject == subject).Select(a => a.Key).Distinct().ToListAsync(cancel)).ToHashSet();

    private async Task SetStatusInTransactionAsync(int reportId, string partKey, PartStatus status, string by, CancellationToken cancel)
    {
        var assignment = await PartAsync(reportId, partKey, cancel);
        var old = (PartStatus)assignment.Status;
        if (old == status) return;
        Audit(reportId, StatusSubject, partKey, PartStatuses.Label(old), PartStatuses.Label(status), by);
        assignment.Status = (int)status;
    }

    private async Task<AssignmentRecord> PartAsync(int reportId, string partKey, CancellationToken cancel)
    {
        // Tracked first: a part changed earlier in this unit of work is not saved yet.
        var assignment = db.Assignments.Local.SingleOrDefault(a => a.ReportId == reportId && a.PartKey == partKey)
            ?? await db.Assignments.SingleOrDefaultAsync(a => a.ReportId == reportId && a.PartKey == partKey, cancel);
        if (assignment is null) db.Assignments.Add(assignment = new AssignmentRecord { ReportId = reportId, PartKey = partKey });
        return assignment;
    }

    private void Audit(int reportId, string subject, string key, string? old, string? @new, string by, string? reason = null) =>
        db.Audit.Add(new AuditRecord { ReportId = reportId, Subject = subject, Key = key, Old = old, New = @new, UserName = by, At = clock.GetUtcNow(), Reason = reason });
}
