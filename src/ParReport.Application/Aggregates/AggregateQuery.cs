using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Aggregation;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using ParReport.Storage;

namespace ParReport.Application.Aggregates;

/// <summary>
/// The upper level's aggregate of one request: its units' figures summed, rates recomputed, missing units named. It is
/// computed on read from the versions the upper level has accepted (and, when asked, those only sent), so it reflects
/// an acceptance the moment it is made. Read by the issuer's officials who read their units' reports, and those above.
/// </summary>
public sealed class AggregateQuery(ParReportDbContext db)
{
    public sealed record View(int RequestId, ReportingRequest Request, ReportTemplate Template, OrgUnit Issuer, OrgTree Tree,
        IReadOnlyList<UnitReport> Units, IReadOnlyList<AggregateValue> Values, bool IncludesSent)
    {
        public AggregateValue? Find(string key) => Values.FirstOrDefault(v => v.Indicator.Key == key);

        public IReadOnlyList<UnitValue> Behind(Indicator indicator) => Aggregate.Behind(indicator, Units);

        /// <summary>"xã": what the units answering are called.</summary>
        public string UnitsName => AggregationMessages.LevelName(Units.Select(u => u.Unit));

        /// <summary>Which versions it is made of: "tổng hợp từ 3/4 xã (đã tiếp nhận): Xã An Bình (phiên bản 1), …".</summary>
        public string MadeOf => AggregationMessages.MadeOf(Units);

        /// <summary>The name of the export of every unit's values: "so-lieu-huyen-an-phu-2024-Q1.csv".</summary>
        public string FileName(string extension) => $"so-lieu-{Issuer.Code}-{Request.Period.Code}.{extension}";
    }

    /// <summary>
    /// An upper unit's roll-up (<see cref="Unit"/> null: every unit stored, the whole country): the reports of one period
    /// and template of every unit below it, at any depth, whichever request they answered — a province's communes through
    /// its districts' requests or its own.
    /// </summary>
    public sealed record RollUpView(OrgUnit? Unit, ReportingPeriod Period, ReportTemplate Template, OrgTree Tree,
        IReadOnlyList<UnitReport> Units, IReadOnlyList<AggregateValue> Values, bool IncludesSent)
    {
        /// <summary>The unit's name, or "Cả nước".</summary>
        public string Name => Unit?.Name ?? AggregationMessages.Nation;

        public AggregateValue? Find(string key) => Values.FirstOrDefault(v => v.Indicator.Key == key);

        public IReadOnlyList<UnitValue> Behind(Indicator indicator) => Aggregate.Behind(indicator, Units);

        public string UnitsName => AggregationMessages.LevelName(Units.Select(u => u.Unit));

        public string MadeOf => AggregationMessages.MadeOf(Units);
    }

    /// <param name="actor">Who looks from the web; null for the command line.</param>
    /// <param name="request">The request, when the caller has read it already (a report page, the board): not read again.</param>
    public async Task<Result<View>> LoadAsync(Actor? actor, int requestId, bool includeSent = false, CancellationToken cancel = default,
        ReportingRequest? request = null)
    {
        if ((request ?? await new ReportStore(db).FindRequestAsync(requestId, cancel)) is not { } found) return Result<View>.Of(Outcome.NotFound);
        request = found;
        var tree = await new UnitStore(db).LoadTreeAsync(cancel);
        var issuer = tree.Find(request.IssuerUnitCode)!;
        if (actor is not null && !MayRead(actor, issuer, tree)) return Result<View>.Of(Outcome.Forbidden);
        var template = TemplateCatalog.BuiltIn.Get(request.Template);
        var answered = (await AnsweredAsync([(requestId, issuer.Code, template)], request.Period, template, tree, includeSent, cancel))[requestId];
        return Result<View>.Done(new View(requestId, request, template, issuer, tree, answered.Units, answered.Tally.Values(), includeSent));
    }

    /// <summary>The aggregates (accepted versions) of the requests a unit issued to its units for a period, oldest request first.</summary>
    public async Task<IReadOnlyList<View>> OwnRequestsAsync(string unitCode, string periodCode, CancellationToken cancel = default)
    {
        var views = new List<View>();
        foreach (var (id, request) in await new ReportStore(db).IssuedAsync(unitCode, periodCode, cancel))
            views.Add((await LoadAsync(null, id, cancel: cancel, request: request)).Value!);
        return views;
    }

    /// <summary>
    /// Rolls up every unit below <paramref name="unitCode"/> (null: the whole country, for the command line only) that was
    /// asked for <paramref name="period"/>'s report with template <paramref name="templateId"/>: their accepted versions
    /// (and, when asked, those only sent), read in one query, aggregated as a request's are. Reports made with an older
    /// version of the template are mapped to the newest one asked. Read by those who may read the unit's aggregate.
    /// </summary>
    /// <param name="actor">Who looks from the web; null for the command line.</param>
    public async Task<Result<RollUpView>> RollUpAsync(Actor? actor, string? unitCode, ReportingPeriod period, string templateId, bool includeSent = false,
        CancellationToken cancel = default)
    {
        var tree = await new UnitStore(db).LoadTreeAsync(cancel);
        OrgUnit? unit = null;
        if (unitCode is not null && (unit = tree.Find(unitCode)) is null) return Result<RollUpView>.Of(Outcome.NotFound);
        if (actor is not null && (unit is null || !MayRead(actor, unit, tree))) return Result<RollUpView>.Of(Outcome.Forbidden);
        bool Below(string code) => unit is null || tree.AncestorsOf(code).Any(a => a.Code == unit.Code);
        // The requests whose units may lie below the unit: issued by it, below it, or above it (their other units are left out).
        var requests = (await db.Requests.AsNoTracking().Where(r => r.PeriodCode == period.Code && r.TemplateId == templateId)
                .Select(r => new { r.Id, Issuer = r.IssuerUnit.Code, r.TemplateVersion }).ToListAsync(cancel))
            .Select(r => (r.Id, r.Issuer, Template: TemplateCatalog.BuiltIn.Find(new TemplateRef(templateId, r.TemplateVersion))))
            .Where(r => r.Template is not null && (unit is null || r.Issuer == unit.Code || Below(r.Issuer) || tree.AncestorsOf(unit.Code).Any(a => a.Code == r.Issuer)))
            .Select(r => (r.Id, r.Issuer, Template: r.Template!)).ToList();
        if (requests.Count == 0) return Result<RollUpView>.Of(Outcome.NotFound);
        var template = requests.MaxBy(r => r.Template.Version).Template;
        var answered = await AnsweredAsync(requests, period, template, tree, includeSent, cancel);
        var (units, tally) = Merged(answered.Values.ToList(), unit is null ? null : r => r.Issuer == unit.Code || Below(r.Issuer), template, tree)
            ?? Each(answered.Values.SelectMany(a => a.Units).Where(u => u.Unit.Code != unit?.Code && Below(u.Unit.Code)), template, tree);
        return Result<RollUpView>.Done(new RollUpView(unit, period, template, tree, units, tally.Values(), includeSent));
    }

    /// <summary>
    /// The requests' kept tallies merged, when each request's units are all below its issuer, its issuer at or below the
    /// unit rolled up (<paramref name="inside"/>; null: the whole country), and no unit is asked by two of them; null otherwise.
    /// </summary>
    private static (IReadOnlyList<UnitReport>, Tally)? Merged(IReadOnlyList<Answered> answered, Func<Answered, bool>? inside, ReportTemplate template, OrgTree tree)
    {
        if (answered.Any(a => !a.AllBelowIssuer || inside?.Invoke(a) == false)) return null;
        var units = answered.SelectMany(a => a.Units).ToArray();
        var places = units.Select(u => tree.PlaceByName(u.Unit.Code)).ToArray();
        Array.Sort(places, units);
        // Every unit of a kept answer is in the tree, so a place repeated is a unit asked twice.
        for (var i = 1; i < places.Length; i++)
            if (places[i] == places[i - 1]) return null;
        return (units, Tally.Merge(template, answered.Select(a => a.Tally).ToList(), tree.ByName));
    }

    /// <summary>The units' reports tallied one by one; a unit asked twice (by its district and by its province) counts once, with the version it sent.</summary>
    private static (IReadOnlyList<UnitReport>, Tally) Each(IEnumerable<UnitReport> reports, ReportTemplate template, OrgTree tree)
    {
        var units = reports.GroupBy(u => u.Unit.Code).Select(g => g.OrderByDescending(u => u.Report is not null).ThenByDescending(u => u.IsAccepted).First())
            .Order(Comparer<UnitReport>.Create((x, y) => tree.ByName.Compare(x.Unit, y.Unit))).ToList();
        return (units, Tally.Of(template, units));
    }

    /// <summary>
    /// One indicator of the aggregate over the issuer's requests of earlier periods with the same template (any version,
    /// mapped to this one), oldest first, up to the view's own period: the line chart of the upper unit's own figures.
    /// </summary>
    public async Task<IReadOnlyList<(ReportingPeriod Period, decimal? Value)>> HistoryAsync(View view, Indicator indicator, CancellationToken cancel = default)
    {
        var points = new List<(ReportingPeriod, decimal?)>();
        foreach (var (id, period, template) in await RequestsUpToAsync(view, cancel))
        {
            var units = await MappedUnitsAsync(view, id, period, template, cancel);
            var value = units.Tally.Values().FirstOrDefault(v => v.Indicator.Key == indicator.Key);
            points.Add((period, indicator.Kind == IndicatorKind.Rate ? value?.Rate : value?.Sum ?? value?.Median));
        }
        return points;
    }

    /// <summary>
    /// Each unit's reports to the same issuer for earlier periods of the same kind (quarters before a quarter), mapped to
    /// the view's template: what a unit's figures are compared with over time.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Report>>> EarlierReportsAsync(View view, CancellationToken cancel = default)
    {
        var earlier = new Dictionary<string, List<Report>>();
        foreach (var (id, period, template) in await RequestsUpToAsync(view, cancel))
        {
            if (period.Kind != view.Request.Period.Kind || period.CompareTo(view.Request.Period) >= 0) continue;
            foreach (var unit in (await MappedUnitsAsync(view, id, period, template, cancel)).Units)
                if (unit.Report is { } report)
                    (earlier.TryGetValue(unit.Unit.Code, out var list) ? list : earlier[unit.Unit.Code] = []).Add(report);
        }
        return earlier.ToDictionary(e => e.Key, e => (IReadOnlyList<Report>)e.Value);
    }

    /// <summary>The issuer's requests with the view's template (any version), oldest first, up to the view's period.</summary>
    private async Task<IReadOnlyList<(int Id, ReportingPeriod Period, ReportTemplate Template)>> RequestsUpToAsync(View view, CancellationToken cancel) =>
        (await db.Requests.AsNoTracking().Where(r => r.IssuerUnit.Code == view.Issuer.Code && r.TemplateId == view.Template.Id)
                .Select(r => new { r.Id, r.PeriodCode, r.TemplateVersion }).ToListAsync(cancel))
            .Select(r => (r.Id, Period: ReportingPeriod.Parse(r.PeriodCode), Template: TemplateCatalog.BuiltIn.Find(new TemplateRef(view.Template.Id, r.TemplateVersion))))
            .Where(r => r.Template is not null && r.Period.CompareTo(view.Request.Period) <= 0)
            .OrderBy(r => r.Period).Select(r => (r.Id, r.Period, r.Template!)).ToList();

    private async Task<Answered> MappedUnitsAsync(View view, int requestId, ReportingPeriod period, ReportTemplate template, CancellationToken cancel) =>
        (await AnsweredAsync([(requestId, view.Issuer.Code, template)], period, view.Template, view.Tree, view.IncludesSent, cancel))[requestId];

    internal static bool MayRead(Actor actor, OrgUnit issuer, OrgTree tree) => actor.Access.ReadsBelow && actor.Access.Covers(issuer.Code, tree);

    /// <summary>
    /// One request's expected units, by name, each with the version of its report the upper level works from (mapped to
    /// the template aggregated), and their tally. Kept for the process while the request's <see cref="AggregateStore.Stamp"/>
    /// and the tree stay those it was made with: a national roll-up then reads two small grouped queries and the tree,
    /// and an acceptance makes only its own request's answers read again.
    /// </summary>
    private sealed record Answered(int RequestId, string Issuer, AggregateStore.Stamp Stamp, OrgTree Tree, IReadOnlyList<UnitReport> Units, Tally Tally, bool AllBelowIssuer);

    private static readonly ConcurrentDictionary<(string Database, int RequestId, bool IncludeSent, TemplateRef Template), Answered> Kept = new();
    private const int KeptRequests = 20_000;

    /// <param name="requests">Each request with its issuer and the template its units answered with.</param>
    /// <param name="target">The template aggregated: reports made with another version are mapped to it.</param>
    private async Task<IReadOnlyDictionary<int, Answered>> AnsweredAsync(IReadOnlyList<(int Id, string Issuer, ReportTemplate Template)> requests,
        ReportingPeriod period, ReportTemplate target, OrgTree tree, bool includeSent, CancellationToken cancel)
    {
        var store = new AggregateStore(db);
        var database = db.Database.GetConnectionString() ?? "";
        // The stamps are read before the answers: answers newer than their stamp are only read again, never kept stale.
        var stamps = await store.StampsAsync(requests.Select(r => r.Id).ToList(), cancel);
        var answered = new Dictionary<int, Answered>(requests.Count);
        var stale = new List<(int Id, string Issuer, ReportTemplate Template)>();
        foreach (var request in requests)
            if (Kept.TryGetValue((database, request.Id, includeSent, target.Ref), out var kept) && kept.Tree == tree && kept.Stamp == stamps[request.Id])
                answered[request.Id] = kept;
            else stale.Add(request);
        if (stale.Count == 0) return answered;
        var answers = (await store.AnswersAsync(stale.Select(r => r.Id).ToList(), includeSent, cancel)).ToLookup(a => a.RequestId);
        if (Kept.Count + stale.Count > KeptRequests) Kept.Clear();
        foreach (var (id, issuer, template) in stale)
        {
            var map = IndicatorMap.Between(template, target);
            var units = Reports(answers[id], period, template, tree).Select(u => u.Report is { } report ? u with { Report = map.Map(report) } : u).ToList();
            var allBelow = units.All(u => tree.AncestorsOf(u.Unit.Code).Any(a => a.Code == issuer));
            answered[id] = Kept[(database, id, includeSent, target.Ref)] = new Answered(id, issuer, stamps[id], tree, units, Tally.Of(target, units), allBelow);
        }
        return answered;
    }

    /// <summary>The units of stored answers, by name, each with the version it is aggregated from; answers of units no longer in the tree are left out.</summary>
    private static List<UnitReport> Reports(IEnumerable<AggregateStore.Answer> answers, ReportingPeriod period, ReportTemplate template, OrgTree tree)
    {
        var units = answers
            .Select(a => (Answer: a, Unit: tree.Find(a.UnitCode)))
            .Where(a => a.Unit is not null)
            .Select(a => new UnitReport(a.Unit!,
                a.Answer.Values is { } values ? new Report(a.Unit!.Code, period, template.Ref, values, System.Collections.Immutable.ImmutableDictionary<string, string>.Empty) : null,
                a.Answer.Version, a.Answer.IsAccepted))
            .ToList();
        units.Sort((x, y) => tree.ByName.Compare(x.Unit, y.Unit));
        return units;
    }
}
