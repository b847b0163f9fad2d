using Microsoft.EntityFrameworkCore;

namespace ParReport.Web.Tests.Pages.Reports;

/// <summary>Tests on the demo commune's quý I report: its own application, the URLs of the report and of form III, its stored values.</summary>
public abstract class DemoReportTest : IAsyncLifetime
{
    protected readonly ParReportApplication App = new();
    protected string FormUrl { get; private set; } = "";
    protected string ReportUrl { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var requestId = await App.RequestIdAsync();
        FormUrl = $"/Reports/Form/{requestId}/an-phu-an-binh/III";
        ReportUrl = $"/Reports/View/{requestId}/an-phu-an-binh";
    }

    public ValueTask DisposeAsync()
    {
        App.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The number stored for an indicator of the report ("III/3.1.1"), or null.</summary>
    protected async Task<decimal?> StoredAsync(string key)
    {
        await using var db = App.OpenDatabase();
        return await db.IndicatorValues.Where(v => v.Key == key && db.Reports.Any(r => r.Id == v.ReportId && r.Unit.Code == "an-phu-an-binh" && r.Request.PeriodCode == "2024-Q1"))
            .Select(v => v.Number).SingleOrDefaultAsync();
    }

    /// <summary>The stored number as the form's box shows it ("1.034"), or "" when none is stored.</summary>
    protected async Task<string> ShownAsync(string key) =>
        Domain.Entry.ValueInput.Show((await StoredAsync(key)) is { } n ? Domain.Reports.IndicatorValue.Of(n) : null);
}
