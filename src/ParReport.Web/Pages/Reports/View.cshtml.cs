using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using ParReport.Storage;

namespace ParReport.Web.Pages.Reports;

/// <summary>One unit's report: every form with its values and computed rates, any violations, the narrative.</summary>
public sealed class ViewModel(ParReportDbContext db) : PageModel
{
    public Report Report { get; private set; } = null!;
    public ReportTemplate Template { get; private set; } = null!;
    public OrgUnit Unit { get; private set; } = null!;
    public ReportingRequest Reporting { get; private set; } = null!;
    public IReadOnlyDictionary<string, decimal?> Rates { get; private set; } = new Dictionary<string, decimal?>();
    public ValidationResult Validation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int requestId, string unitCode, CancellationToken cancel)
    {
        var store = new ReportStore(db);
        var report = await store.FindAsync(requestId, unitCode, cancel);
        if (report is null) return NotFound();
        Report = report;
        Reporting = (await store.ListRequestsAsync(cancel)).Single(r => r.Id == requestId).Request;
        Unit = (await new UnitStore(db).LoadTreeAsync(cancel)).Find(unitCode)!;
        Template = TemplateCatalog.BuiltIn.Get(report.Template);
        Rates = Derivation.Rates(Template, report.Values);
        Validation = ReportValidator.Validate(Template, report.Values);
        return Page();
    }

    /// <summary>Whether to add "(lũy kế)" after the label: not when the label already says so.</summary>
    public bool MarkCumulative(Indicator indicator) =>
        indicator.Cumulative && !Domain.Text.VietnameseText.Fold(indicator.Label).Contains("luy ke");

    public string Display(Indicator indicator) => indicator.Kind == IndicatorKind.Choice
        ? Domain.Formatting.IndicatorFormatter.FormatChoice(indicator, Report.Number(indicator.Key))
        : Domain.Formatting.IndicatorFormatter.Format(indicator, Report.Values.GetValueOrDefault(indicator.Key), Rates.GetValueOrDefault(indicator.Key));
}
