using Microsoft.EntityFrameworkCore;
using ParReport.Application.Reports;
using ParReport.Domain.Aggregation;
using ParReport.Domain.Templates;
using ParReport.Storage;

namespace ParReport.Application.Aggregates;

/// <summary>
/// Fills an upper unit's own report (the district's, answering the province) from the aggregate of its units' reports
/// for the same period: each indicator its template rolls up (<see cref="Indicator.RollUp"/>) gets the aggregate's
/// figure with its source. A figure filled this way is overridden only with a reason, like a dossier figure; a later
/// acceptance of a unit's report shows here as figures that would change, for the compiler to refresh.
/// </summary>
public sealed class FillFromUnits(ParReportDbContext db, ReportEntry entry, TimeProvider clock)
{
    /// <summary>One figure: the aggregate's, what the report holds now, and whether that was typed by an official (kept on a refresh unless replaced).</summary>
    public sealed record Figure(Indicator Indicator, decimal Aggregate, decimal? Stored, bool Typed)
    {
        public bool Changes => Stored != Aggregate;
    }

    public sealed record Offer(AggregateQuery.View Source, IReadOnlyList<Figure> Figures)
    {
        public IReadOnlyList<Figure> Changes => Figures.Where(f => f.Changes).ToList();
    }

    /// <summary>
    /// What the unit's units' aggregate would fill in its report; null when the unit asked its units for nothing in
    /// that period, or when its template takes nothing from theirs.
    /// </summary>
    public async Task<Offer?> OfferAsync(ReportContext report, CancellationToken cancel = default)
    {
        // A template none of whose indicators rolls up its units' takes nothing from any aggregate.
        if (!report.Template.Indicators.Any(i => i.RollUp is not null)) return null;
        var sources = report.Sources;
        foreach (var view in await new AggregateQuery(db).OwnRequestsAsync(report.Unit.Code, report.Request.Period.Code, cancel))
        {
            var figures = Aggregate.Fill(report.Template, view.Template, view.Values);
            if (figures.Count == 0) continue;
            return new Offer(view, figures.Select(f => new Figure(report.Template.Get(f.Key), f.Value, report.Report.Number(f.Key),
                report.Report.Number(f.Key) is not null && !sources.ContainsKey(f.Key))).ToList());
        }
        return null;
    }

    /// <summary>Fills (or refreshes) the figures; typed ones only when listed in <paramref name="replace"/>.</summary>
    public async Task<Result<int>> ApplyAsync(ReportContext report, IReadOnlySet<string> replace, CancellationToken cancel = default)
    {
        if (!report.CanCompile) return Result<int>.Of(Outcome.Forbidden);
        if (await OfferAsync(report, cancel) is not { } offer) return Result<int>.Refused(AggregationMessages.NothingToFill);
        var figures = offer.Figures.ToDictionary(f => f.Indicator.Key, f => f.Aggregate);
        var source = AggregationMessages.Source(offer.Source.Units, Domain.Periods.VietnamTime.Of(clock.GetUtcNow()));
        var result = await entry.ApplyFiguresAsync(report, figures, source, replace, cancel);
        return new Result<int>(result.Outcome, result.Messages, result.Value.Applied);
    }
}
