using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using ParReport.Documents;
using ParReport.Domain.Writing;
using ParReport.Storage;

namespace ParReport.Web.Pages.Reports;

/// <summary>One unit's report: every form with its values and computed rates, any violations, the narrative.</summary>
public sealed class ViewModel(ParReportDbContext db, TimeProvider clock) : PageModel
{
    public Report Report { get; private set; } = null!;
    public ReportTemplate Template { get; private set; } = null!;
    public OrgUnit Unit { get; private set; } = null!;
    public ReportingRequest Reporting { get; private set; } = null!;
    public IReadOnlyDictionary<string, decimal?> Rates { get; private set; } = new Dictionary<string, decimal?>();
    public ValidationResult Validation { get; private set; } = null!;

    /// <summary>The outline item under which the rate chart is shown, or null when there is nothing to draw.</summary>
    public string? ChartOutline { get; private set; }

    public ILookup<string, StatisticalSentence> Sentences { get; private set; } = Enumerable.Empty<StatisticalSentence>().ToLookup(s => s.OutlineCode);

    /// <summary>Why a rewording was refused, by sentence key.</summary>
    public Dictionary<string, (string Text, string Error)> Refused { get; } = [];
    private OrgUnit? _upper;

    public async Task<IActionResult> OnGetAsync(int requestId, string unitCode, CancellationToken cancel)
    {
        if (!await LoadAsync(requestId, unitCode, cancel)) return NotFound();
        return await ShowAsync(cancel);
    }

    /// <summary>Keeps an official's rewording of a statistical sentence, if its numbers are all stored ones.</summary>
    public async Task<IActionResult> OnPostSentenceAsync(int requestId, string unitCode, string key, string? text, CancellationToken cancel)
    {
        if (!await LoadAsync(requestId, unitCode, cancel)) return NotFound();
        if (StatisticalText.For(Template, Report).FirstOrDefault(s => s.Key == key) is not { } sentence) return NotFound();
        var wording = (text ?? "").Trim();
        if (StatisticalText.CheckRewording(sentence.Generated, wording) is { } error)
        {
            Refused[key] = (wording, error);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowAsync(cancel);
        }
        // Back to the generated wording: nothing to keep.
        await new ReportStore(db).SaveAsync(requestId, Report.WithNarrative(key, wording == sentence.Generated ? "" : wording), cancel);
        return Redirect($"{Request.Path}#cau-{key.Replace(':', '-').Replace('.', '-')}");
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancel)
    {
        Rates = Derivation.Rates(Template, Report.Values);
        Validation = ReportValidator.Validate(Template, Report.Values);
        Sentences = StatisticalText.For(Template, Report).ToLookup(s => s.OutlineCode);
        ChartOutline = RateChart.Figure(Template, await HistoryAsync(cancel))?.OutlineCode;
        return Page();
    }

    public async Task<IActionResult> OnGetDocxAsync(int requestId, string unitCode, CancellationToken cancel)
    {
        if (!await LoadAsync(requestId, unitCode, cancel)) return NotFound();
        var figure = RateChart.Figure(Template, await HistoryAsync(cancel));
        return File(DocxReport.Write(Template, Report, Letterhead(), figure is null ? [] : [figure]),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"bao-cao-{unitCode}-{Report.Period.Code}.docx");
    }

    /// <summary>The on-time and online rates of this unit up to this period, as a PNG.</summary>
    public async Task<IActionResult> OnGetChartAsync(int requestId, string unitCode, CancellationToken cancel) =>
        await LoadAsync(requestId, unitCode, cancel) && await HistoryAsync(cancel) is { } history
            ? File(RateChart.Png(history), "image/png")
            : NotFound();

    private async Task<IReadOnlyList<RateChart.Point>?> HistoryAsync(CancellationToken cancel) =>
        RateChart.History((await new ReportStore(db).HistoryAsync(Unit.Code, Report.Period, cancel)).Select(r => (TemplateCatalog.BuiltIn.Get(r.Template), r)));

    public async Task<IActionResult> OnGetXlsxAsync(int requestId, string unitCode, CancellationToken cancel) =>
        await LoadAsync(requestId, unitCode, cancel)
            ? File(XlsxAppendix.Write(Template, Report, Letterhead()), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"phu-luc-{unitCode}-{Report.Period.Code}.xlsx")
            : NotFound();

    // The number and the signer are written by hand when the report is signed; the date is today's.
    private Letterhead Letterhead() =>
        Documents.Letterhead.For(Unit, _upper, Reporting, "     /BC-UBND", DateOnly.FromDateTime(clock.GetLocalNow().DateTime), "");

    private async Task<bool> LoadAsync(int requestId, string unitCode, CancellationToken cancel)
    {
        var store = new ReportStore(db);
        if (await store.FindAsync(requestId, unitCode, cancel) is not { } report) return false;
        Report = report;
        Reporting = await store.RequestAsync(requestId, cancel);
        var tree = await new UnitStore(db).LoadTreeAsync(cancel);
        Unit = tree.Find(unitCode)!;
        _upper = tree.Find(Reporting.IssuerUnitCode);
        Template = TemplateCatalog.BuiltIn.Get(report.Template);
        return true;
    }

    /// <summary>Whether to add "(lũy kế)" after the label: not when the label already says so.</summary>
    public bool MarkCumulative(Indicator indicator) =>
        indicator.Cumulative && !Domain.Text.VietnameseText.Fold(indicator.Label).Contains("luy ke");

    public string Display(Indicator indicator) => indicator.Kind == IndicatorKind.Choice
        ? Domain.Formatting.IndicatorFormatter.FormatChoice(indicator, Report.Number(indicator.Key))
        : Domain.Formatting.IndicatorFormatter.Format(indicator, Report.Values.GetValueOrDefault(indicator.Key), Rates.GetValueOrDefault(indicator.Key));
}
