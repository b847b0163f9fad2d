using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;

namespace ParReport.Domain.Workflow;

/// <summary>
/// The upper level's view of one request: every unit expected to answer it (fixed when the request was sent), its
/// state, when it was sent and whether on time. Completeness is the units whose report is sent or accepted over
/// those expected; timeliness the units among them whose first sign-off came by the deadline. Neither can pass 100%,
/// because only expected units are counted.
/// </summary>
public sealed record RequestBoard(ReportingRequest Request, IReadOnlyList<BoardRow> Rows)
{
    public static RequestBoard Build(ReportingRequest request, IEnumerable<OrgUnit> expected,
        IReadOnlyDictionary<string, ReportProgress> progress, DateTimeOffset now) =>
        new(request, expected.Select(unit =>
        {
            var started = progress.TryGetValue(unit.Code, out var p);
            p ??= ReportProgress.NotStarted;
            // A returned report is not sent until it comes back; then its first sign-off decides whether it was on time.
            return new BoardRow(unit, p, started, Timeliness.Of(request.DeadlineAt, ReportStatuses.IsSent(p.Status) ? p.FirstSent : null, now));
        }).OrderBy(r => r.Unit.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)).ToList());

    public int Expected => Rows.Count;

    public int Sent => Rows.Count(r => r.IsSent);

    public int SentOnTime => Rows.Count(r => r.IsSent && r.Timeliness.Kind == TimelinessKind.OnTime);

    /// <summary>Sent / expected, 0–1; 0 when nobody is expected.</summary>
    public decimal Completeness => Expected == 0 ? 0 : (decimal)Sent / Expected;

    public decimal TimelinessRate => Expected == 0 ? 0 : (decimal)SentOnTime / Expected;
}
