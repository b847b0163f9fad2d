using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Reports;
using ParReport.Domain.Workflow;

namespace ParReport.Storage;

/// <summary>
/// What the upper level aggregates: for each unit expected to answer a request, the version of its report it works
/// from — the last one it accepted or, when asked, the one sent and not yet accepted — read from the versions as they
/// were signed off, never from a draft being edited.
/// </summary>
public sealed class AggregateStore(ParReportDbContext db)
{
    /// <summary>
    /// One expected unit. <see cref="Values"/> is null when it has no version to aggregate; <see cref="Status"/> is
    /// its report's state now (null: nothing stored), which may be later than the version's.
    /// </summary>
    public sealed record Answer(int RequestId, string UnitCode, ReportStatus? Status, int? Version, bool IsAccepted, DateTimeOffset? SentAt,
        ImmutableDictionary<string, IndicatorValue>? Values);

    /// <summary>
    /// What a request's answers are made of, in a few numbers: its reports (how many, the sum of their revisions, the
    /// last id) and its expected units (how many, the sum of their revisions). Every write to a report or its state
    /// raises its revision, and every change of an expected unit its row's, so any change of what the upper level
    /// aggregates changes the stamp, while reading it is a few small aggregates in one query instead of every unit's rows.
    /// </summary>
    public sealed record Stamp(int Reports, long Revisions, int LastReport, int Units, long UnitRevisions)
    {
        public static readonly Stamp None = new(0, 0, 0, 0, 0);
    }

    /// <summary>Each request's <see cref="Stamp"/> (<see cref="Stamp.None"/> for one with neither reports nor units).</summary>
    public async Task<IReadOnlyDictionary<int, Stamp>> StampsAsync(IReadOnlyCollection<int> requestIds, CancellationToken cancel = default)
    {
        var ids = requestIds.Distinct().ToList();
        // One command: each request's two small aggregates as subqueries of its row.
        var stamps = await db.Requests.Where(q => ids.Contains(q.Id)).Select(q => new
        {
            q.Id,
            Stamp = new Stamp(db.Reports.Count(r => r.RequestId == q.Id), db.Reports.Where(r => r.RequestId == q.Id).Sum(r => (long)r.Revision),
                db.Reports.Where(r => r.RequestId == q.Id).Max(r => (int?)r.Id) ?? 0,
                db.RequestUnits.Count(u => u.RequestId == q.Id), db.RequestUnits.Where(u => u.RequestId == q.Id).Sum(u => (long)u.Revision)),
        }).ToDictionaryAsync(q => q.Id, q => q.Stamp, cancel);
        return ids.ToDictionary(id => id, id => stamps.GetValueOrDefault(id) ?? Stamp.None);
    }

    /// <param name="includeSent">Also the versions sent and not yet accepted (marked <see cref="Answer.IsAccepted"/> false).</param>
    public async Task<IReadOnlyList<Answer>> AnswersAsync(IReadOnlyCollection<int> requestIds, bool includeSent, CancellationToken cancel = default)
    {
        var ids = requestIds.ToList();
        var expected = await db.RequestUnits.AsNoTracking().Where(u => ids.Contains(u.RequestId) && !u.Removed)
            .Select(u => new { u.RequestId, u.Unit.Code }).ToListAsync(cancel);
        var reports = (await db.Reports.AsNoTracking().Where(r => ids.Contains(r.RequestId))
            .Select(r => new { r.RequestId, r.Unit.Code, r.Status, r.AcceptedVersion }).ToListAsync(cancel))
            .ToDictionary(r => (r.RequestId, r.Code));
        const int sent = (int)ReportStatus.Sent;
        // The accepted version and, when asked, the last one of a report sent and waiting; the later counts. Only their
        // ids are read here: the values come from the cache of parsed versions, or are read below for those not in it.
        var versions = new Dictionary<(int RequestId, string Code), (int Id, int Number, DateTimeOffset SentAt, bool Accepted)>();
        await foreach (var v in (from v in db.ReportVersions.AsNoTracking()
                           join r in db.Reports on v.ReportId equals r.Id
                           where ids.Contains(r.RequestId) && (v.Number == r.AcceptedVersion
                               || (includeSent && r.Status == sent && v.Number == db.ReportVersions.Where(x => x.ReportId == r.Id).Max(x => x.Number)))
                           select new { r.RequestId, r.Unit.Code, v.Id, v.Number, v.SentAt, Accepted = v.Number == r.AcceptedVersion })
                       .AsAsyncEnumerable().WithCancellation(cancel))
            if (!versions.TryGetValue((v.RequestId, v.Code), out var known) || known.Number < v.Number)
                versions[(v.RequestId, v.Code)] = (v.Id, v.Number, v.SentAt, v.Accepted);
        var values = await ValuesAsync(versions.Values.Select(v => (v.Id, v.SentAt)).ToList(), cancel);
        return expected.Select(u =>
        {
            var report = reports.GetValueOrDefault((u.RequestId, u.Code));
            var found = versions.TryGetValue((u.RequestId, u.Code), out var version);
            return new Answer(u.RequestId, u.Code, report is null ? null : (ReportStatus)report.Status, found ? version.Number : null, found && version.Accepted,
                found ? version.SentAt : null, found ? values.GetValueOrDefault(version.Id) : null);
        }).ToList();
    }

    // A version never changes once signed off, so its values are parsed once per process, not on every aggregate read.
    // Keyed by database and id, checked by the time it was sent: a database made again reuses ids.
    private static readonly ConcurrentDictionary<(string Database, int Id), (DateTimeOffset SentAt, ImmutableDictionary<string, IndicatorValue> Values)> Parsed = new();
    private const int ParsedKept = 200_000;

    private async Task<Dictionary<int, ImmutableDictionary<string, IndicatorValue>>> ValuesAsync(IReadOnlyList<(int Id, DateTimeOffset SentAt)> versions, CancellationToken cancel)
    {
        var database = db.Database.GetConnectionString() ?? "";
        var values = new Dictionary<int, ImmutableDictionary<string, IndicatorValue>>(versions.Count);
        var missing = new List<int>();
        foreach (var (id, sentAt) in versions)
            if (Parsed.TryGetValue((database, id), out var parsed) && parsed.SentAt == sentAt) values[id] = parsed.Values;
            else missing.Add(id);
        if (Parsed.Count + missing.Count > ParsedKept) Parsed.Clear();
        foreach (var chunk in missing.Chunk(1000))
            await foreach (var v in db.ReportVersions.AsNoTracking().Where(v => chunk.Contains(v.Id)).Select(v => new { v.Id, v.SentAt, v.Values })
                               .AsAsyncEnumerable().WithCancellation(cancel))
            {
                values[v.Id] = ReadValues(v.Values);
                Parsed[(database, v.Id)] = (v.SentAt, values[v.Id]);
            }
        return values;
    }

    /// <summary>The stored values of a version, as <see cref="WorkflowStore"/> writes them: {"key": {"N": 1034, "T": null}}.</summary>
    internal static ImmutableDictionary<string, IndicatorValue> ReadValues(string json)
    {
        var values = ImmutableDictionary.CreateBuilder<string, IndicatorValue>();
        var buffer = ArrayPool<byte>.Shared.Rent(System.Text.Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(0, System.Text.Encoding.UTF8.GetBytes(json, buffer)));
            Read(ref reader, values);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return values.ToImmutable();
    }

    // The keys of every version are the few of the templates: each is made a string once, not once for every version read.
    private static readonly ConcurrentDictionary<string, string> Keys = new();
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KeysBySpan = Keys.GetAlternateLookup<ReadOnlySpan<char>>();

    private static string Key(ref Utf8JsonReader reader)
    {
        Span<char> chars = stackalloc char[128];
        if (reader.HasValueSequence || reader.ValueIsEscaped || reader.ValueSpan.Length > chars.Length) return reader.GetString()!;
        var key = chars[..System.Text.Encoding.UTF8.GetChars(reader.ValueSpan, chars)];
        if (KeysBySpan.TryGetValue(key, out var known)) return known;
        var made = key.ToString();
        return Keys.Count < 100_000 ? Keys.GetOrAdd(made, made) : made;
    }

    private static void Read(ref Utf8JsonReader reader, ImmutableDictionary<string, IndicatorValue>.Builder values)
    {
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = Key(ref reader);
            decimal? number = null;
            string? text = null;
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.ValueSpan;
                reader.Read();
                if (reader.TokenType == JsonTokenType.Null) continue;
                if (name.SequenceEqual("N"u8)) number = reader.GetDecimal();
                else if (name.SequenceEqual("T"u8)) text = reader.GetString();
            }
            values[key] = new IndicatorValue(number, text);
        }
    }
}
