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
        // The accepted version, or the last one of a report sent and waiting: one row per report at most.
        var versions = (await (from v in db.ReportVersions.AsNoTracking()
                join r in db.Reports on v.ReportId equals r.Id
                where ids.Contains(r.RequestId) && (v.Number == r.AcceptedVersion
                    || (includeSent && r.Status == sent && v.Number == db.ReportVersions.Where(x => x.ReportId == r.Id).Max(x => x.Number)))
                select new { r.RequestId, r.Unit.Code, v.Number, v.SentAt, v.Values, Accepted = v.Number == r.AcceptedVersion })
            .ToListAsync(cancel))
            .GroupBy(v => (v.RequestId, v.Code)).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!);
        return expected.Select(u =>
        {
            var report = reports.GetValueOrDefault((u.RequestId, u.Code));
            var version = versions.GetValueOrDefault((u.RequestId, u.Code));
            return new Answer(u.RequestId, u.Code, report is null ? null : (ReportStatus)report.Status, version?.Number, version?.Accepted == true,
                version?.SentAt, version is null ? null : ReadValues(version.Values));
        }).ToList();
    }

    /// <summary>The stored values of a version, as <see cref="WorkflowStore"/> writes them: {"key": {"N": 1034, "T": null}}.</summary>
    internal static ImmutableDictionary<string, IndicatorValue> ReadValues(string json)
    {
        var values = ImmutableDictionary.CreateBuilder<string, IndicatorValue>();
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
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
        return values.ToImmutable();
    }
}
