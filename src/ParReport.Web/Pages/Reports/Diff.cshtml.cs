using Microsoft.AspNetCore.Mvc;
using ParReport.Domain.Reports;
using ParReport.Storage;

namespace ParReport.Web.Pages.Reports;

/// <summary>Every value and narrative item that changed between two versions of a report, or between a version and the report being edited.</summary>
public sealed class DiffModel(ParReportDbContext db, SignedInUser user, TimeProvider clock) : ReportPageModel(db, user, clock)
{
    public int From { get; private set; }
    /// <summary>The later version, or null for the report as it is being edited.</summary>
    public int? To { get; private set; }
    public IReadOnlyList<ReportChange> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int requestId, string unitCode, int from, int? to, CancellationToken cancel)
    {
        if (await LoadReportAsync(requestId, unitCode, cancel) is { } refused) return refused;
        if (Context.ReportId is not { } id) return NotFound();
        var versions = (await new WorkflowStore(Db, Clock).VersionsAsync(id, Context.Report, cancel)).ToDictionary(v => v.Number);
        if (!versions.TryGetValue(from, out var older)) return NotFound();
        Report newer;
        if (to is { } n) { if (!versions.TryGetValue(n, out var later)) return NotFound(); newer = later.Report; }
        // The report being edited is the unit's own; the upper level compares only what was sent.
        else if (Context.IsOwnUnit) newer = Context.Report;
        else return NotFound();
        (From, To) = (from, to);
        Changes = ReportDiff.Between(Context.Template, older.Report, newer);
        return Page();
    }
}
