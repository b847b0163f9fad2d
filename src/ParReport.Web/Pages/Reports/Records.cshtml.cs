using Microsoft.AspNetCore.Mvc;
using ParReport.Application.Registers;
using ParReport.Storage;

namespace ParReport.Web.Pages.Reports;

/// <summary>The records of the unit's register that a report's figure counts (the drill-down from the form page).</summary>
public sealed class RecordsModel(ParReportDbContext db, SignedInUser user, TimeProvider clock) : ReportPageModel(db, user, clock)
{
    public RegisterRecords.Counted Counted { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int requestId, string unitCode, string? key, CancellationToken cancel)
    {
        if (string.IsNullOrEmpty(key)) return NotFound();
        if (await LoadReportAsync(requestId, unitCode, cancel) is { } refused) return refused;
        var result = await new RegisterRecords(Db, Clock).ForAsync(Context, key, cancel);
        if (!result.IsDone) return StatusCode(Status(result.Outcome));
        Counted = result.Value!;
        return Page();
    }
}
