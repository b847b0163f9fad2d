using Microsoft.AspNetCore.Http.HttpResults;
using ParReport.Application.Reports;
using ParReport.Domain.Dossiers;
using ParReport.Storage;

namespace ParReport.Web.Api;

/// <summary>A unit's dossier statistics by field for its request's window, as its report page shows them.</summary>
public static class DossiersApi
{
    /// <summary>One field's row; null where its exports had no deadline for some dossier ("không có dữ liệu"). The set-aside dossiers count in no other column.</summary>
    public sealed record DossierRowJson(string Field, int Received, int Online, int DirectOrPostal, int CarriedOver, int Resolved, int? Early, int? OnTime, int? Late,
        int InProgress, int? WithinDeadline, int? Overdue, int Withdrawn, int Refused, int Paused, int Cancelled)
    {
        public static DossierRowJson Of(DossierTableRow r)
        {
            var c = r.Cells;
            return new(r.Field, r.Received, r.Online, r.DirectOrPostal, r.CarriedOver, r.Resolved, c[5], c[6], c[7], r.InProgress, c[9], c[10],
                r.Withdrawn, r.Refused, r.Paused, r.Cancelled);
        }
    }

    public sealed record DossiersJson(string Unit, DateOnly From, DateOnly To, IReadOnlyList<DossierRowJson> Fields, DossierRowJson Total,
        decimal? OnTimeRate, decimal? OnlineRate, decimal? OnlinePaymentRate, decimal? SatisfactionRate, IReadOnlyList<string> Notes);

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/dossiers", StatisticsAsync).WithSummary("Thống kê hồ sơ TTHC của đơn vị theo lĩnh vực, trong thời gian chốt số liệu của yêu cầu");

    private static async Task<Results<Ok<DossiersJson>, ProblemHttpResult>> StatisticsAsync(int requestId, string unitCode, ParReportDbContext db, TimeProvider clock,
        SignedInUser user, ReportDocuments documents, CancellationToken cancel)
    {
        var loaded = await ReportContext.LoadAsync(db, clock, await user.ActorAsync(), requestId, unitCode, cancel);
        if (!loaded.IsDone) return Problems.Of(loaded);
        var s = await documents.DossiersAsync(loaded.Value!, cancel);
        static decimal? Round(decimal? x) => x is { } v ? Math.Round(v, 4) : null;
        return TypedResults.Ok(new DossiersJson(unitCode, s.Window.From, s.Window.To, s.Rows.Select(DossierRowJson.Of).ToList(), DossierRowJson.Of(s.Total),
            Round(s.OnTimeRate), Round(s.OnlineRate), Round(s.OnlinePaymentRate), Round(s.SatisfactionRate), s.Notes));
    }
}
