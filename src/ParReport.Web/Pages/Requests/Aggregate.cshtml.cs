using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParReport.Application.Aggregates;
using ParReport.Documents;
using ParReport.Domain.Aggregation;
using ParReport.Domain.Periods;
using ParReport.Domain.Templates;
using ParReport.Web.Pages.Reports;

namespace ParReport.Web.Pages.Requests;

/// <summary>
/// The upper level's aggregate of one request, computed as the page is read: every indicator summed or recomputed with
/// the units missing from it, each value opening the units behind it; a ranking of the units on a chosen indicator and
/// the upper unit's own figure over its periods; the values of every unit as CSV or XLSX.
/// </summary>
public sealed class AggregateModel(SignedInUser user, AggregateQuery aggregates) : PageModel
{
    public AggregateQuery.View View { get; private set; } = null!;
    [BindProperty(SupportsGet = true)] public bool Sent { get; set; }
    /// <summary>The indicator whose units are listed (drill-down).</summary>
    [BindProperty(SupportsGet = true)] public string? Key { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    /// <summary>The indicator the units are ranked on; the on-time rate by default.</summary>
    [BindProperty(SupportsGet = true)] public string? Rank { get; set; }

    public Indicator? Detail { get; private set; }
    public Indicator? Ranked { get; private set; }
    public IReadOnlyList<UnitValue> Ranking { get; private set; } = [];
    public IReadOnlyList<(ReportingPeriod Period, decimal? Value)> Trend { get; private set; } = [];

    /// <summary>The units that gave no value of the ranked indicator, in the units' order.</summary>
    public IEnumerable<Domain.Organisation.OrgUnit> Unranked
    {
        get
        {
            var ranked = Ranking.Select(r => r.Unit.Code).ToHashSet();
            return View.Units.Select(u => u.Unit).Where(u => !ranked.Contains(u.Code));
        }
    }

    /// <summary>What the ranking may be made on: rates and counts.</summary>
    public IEnumerable<Indicator> Rankable => View.Template.Indicators.Where(i => i.Kind is IndicatorKind.Rate or IndicatorKind.Percent or IndicatorKind.Count or IndicatorKind.Money);

    public async Task<IActionResult> OnGetAsync(int requestId, CancellationToken cancel)
    {
        if (await LoadAsync(requestId, cancel) is { } refused) return refused;
        if (Key is not null && (Detail = View.Template.Find(Key)) is null) return NotFound();
        Ranked = (Rank is null ? null : View.Template.Find(Rank)) ?? View.Template.RateOfConcept("dossiers-on-time") ?? Rankable.FirstOrDefault();
        if (Ranked is not null)
        {
            Ranking = Aggregate.Ranking(Ranked, View.Units);
            Trend = await aggregates.HistoryAsync(View, Ranked, cancel);
        }
        return Page();
    }

    /// <summary>The units behind the drill-down's indicator, sorted as asked: by unit (default), value, version or state.</summary>
    public IEnumerable<UnitValue> Behind()
    {
        var rows = View.Behind(Detail!);
        return Sort switch
        {
            "value" => rows.OrderByDescending(r => r.Value.HasValue).ThenByDescending(r => r.Value),
            "version" => rows.OrderByDescending(r => r.Version),
            "state" => rows.OrderBy(r => r.Version is null ? 2 : r.IsAccepted ? 0 : 1),
            _ => rows,
        };
    }

    public async Task<IActionResult> OnGetCsvAsync(int requestId, CancellationToken cancel) =>
        await LoadAsync(requestId, cancel) ?? File(AggregateTable.Csv(View.Template, View.Units, View.Values), "text/csv; charset=utf-8", FileName("csv"));

    public async Task<IActionResult> OnGetXlsxAsync(int requestId, CancellationToken cancel) =>
        await LoadAsync(requestId, cancel) ?? File(AggregateTable.Xlsx(View.Template, View.Units, View.Values),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName("xlsx"));

    private string FileName(string extension) => View.FileName(extension);

    private async Task<IActionResult?> LoadAsync(int requestId, CancellationToken cancel)
    {
        var result = await aggregates.LoadAsync(await user.ActorAsync(), requestId, Sent, cancel);
        if (!result.IsDone) return StatusCode(ReportPageModel.Status(result.Outcome));
        View = result.Value!;
        return null;
    }

    public string LinkTo(string? key = null, string? sort = null, string? rank = null) =>
        $"/Requests/Aggregate/{View.RequestId}?sent={Sent.ToString().ToLowerInvariant()}" + (key is null ? "" : $"&key={Uri.EscapeDataString(key)}")
        + (sort is null ? "" : $"&sort={sort}") + $"&rank={Uri.EscapeDataString(rank ?? Ranked?.Key ?? "")}" + (key is null ? "" : "#chi-tiet");

    public string ReportUrl(UnitValue row) => $"/Reports/View/{View.RequestId}/{row.Unit.Code}";

    public static string State(UnitValue row) => row.Version is null ? "chưa có báo cáo được tiếp nhận" : row.IsAccepted ? "đã tiếp nhận" : "đã gửi, chưa tiếp nhận";
}
