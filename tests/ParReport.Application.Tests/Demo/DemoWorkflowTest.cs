using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using ParReport.Application.Demo;
using ParReport.Domain.Demo;
using ParReport.Domain.Periods;
using ParReport.Domain.Workflow;
using ParReport.Storage;
using ParReport.Storage.Tests;

namespace ParReport.Application.Tests.Demo;

/// <summary>The demo made on any day of the year, on both databases: the period due now still open, its district's reports on their way.</summary>
public sealed class DemoWorkflowTest
{
    [Theory]
    [InlineData(false, "2024-03-05")]
    [InlineData(true, "2024-03-05")]
    [InlineData(false, "2025-03-18")]
    [InlineData(false, "2025-12-20")]
    [InlineData(false, "2026-12-02")]
    public async Task The_demo_reports_the_period_due_now_with_one_commune_sent_one_accepted_and_the_period_before_accepted(bool postgres, string day)
    {
        var today = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var clock = new FakeTimeProvider(VietnamTime.At(today, new TimeOnly(8, 0)).ToUniversalTime());
        await using var database = await TestDatabase.CreateAsync(postgres);
        await using (var db = database.Open())
        {
            Assert.True(await DemoData.SeedAsync(db, clock));
            await DemoWorkflow.RunAsync(db, clock);
        }

        await using var read = database.Open();
        var current = DemoData.Current(clock);
        var requests = await read.Requests.AsNoTracking().Where(r => r.IssuerUnit.Code == DemoUsers.DistrictCode).ToListAsync();
        var open = requests.Single(r => r.PeriodCode == current.Code);
        Assert.True(open.Deadline >= today, $"the demo's current deadline {open.Deadline} is before {today}");
        Assert.All(requests, r => Assert.True(r.DocumentDate < today, $"letter dated {r.DocumentDate}"));
        var states = await read.Reports.AsNoTracking().Where(r => r.Request.IssuerUnit.Code == DemoUsers.DistrictCode)
            .Select(r => new { r.Request.PeriodCode, r.Unit.Code, r.Status }).ToListAsync();
        Assert.All(states.Where(s => s.PeriodCode == current.Previous.Code), s => Assert.Equal((int)ReportStatus.Accepted, s.Status));
        var now = states.Where(s => s.PeriodCode == current.Code).ToDictionary(s => s.Code, s => (ReportStatus)s.Status);
        Assert.Equal(ReportStatus.Draft, now[DemoUsers.CommuneCode]);
        Assert.Equal([ReportStatus.Draft, ReportStatus.Sent, ReportStatus.Accepted], now.Values.Order().ToArray());
        Assert.Equal(4 + 2, await read.ReportVersions.CountAsync());
    }
}
