using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Demo;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Storage;

/// <summary>
/// Puts the demo province into a database: its units, the districts' requests to their communes for the period being
/// reported now and the one before (commune template version 2), the province's request to its districts for the
/// current period (district template), and plausible, consistent reports — the last commune of each district has not
/// reported the current period yet. The periods follow the clock: on 05/03/2024 they are quý I/2024 and năm 2023.
/// </summary>
public static class DemoData
{
    /// <summary>The period whose reports are due now: the first whose deadline (its window's last day) has not passed.</summary>
    public static ReportingPeriod Current(TimeProvider clock)
    {
        var today = VietnamTime.Day(clock.GetUtcNow());
        var period = new ReportingPeriod(today.Year, PeriodKind.QuarterOne);
        while (period.DefaultWindow.To < today) period = period.Kind == PeriodKind.Year ? new ReportingPeriod(period.Year + 1, PeriodKind.QuarterOne) : period with { Kind = period.Kind + 1 };
        return period;
    }

    /// <summary>Seeds an empty database; returns false and changes nothing when it already has units.</summary>
    public static async Task<bool> SeedAsync(ParReportDbContext db, TimeProvider clock, CancellationToken cancel = default)
    {
        var current = Current(clock);
        var previous = current.Previous;
        if (await db.Units.AnyAsync(cancel)) return false;
        await using var transaction = await db.BeginUnlessActiveAsync(cancel);
        var problems = await new UnitStore(db).ImportAsync(DemoOrganisation.Units, cancel);
        if (problems.Count > 0) throw new InvalidOperationException(string.Join("\n", problems.Select(p => p.Message)));

        var reports = new ReportStore(db, clock);
        var tree = await new UnitStore(db).LoadTreeAsync(cancel);
        var commune = new TemplateRef("xa", 2);
        var district = new TemplateRef("huyen", 1);
        var seed = 0;
        var letters = 0;
        foreach (var districtUnit in tree.ChildrenOf(DemoOrganisation.ProvinceCode))
        {
            var communes = tree.ChildrenOf(districtUnit.Code).ToList();
            foreach (var period in new[] { previous, current })
            {
                var requestId = await reports.AddRequestAsync(ReportingRequest.Create(districtUnit.Code, period, commune,
                    document: Letter(++letters, period, clock)), cancel);
                // The last commune of each district is late with the current period, so the demo shows an incomplete collection.
                var answering = period == current ? communes.SkipLast(1) : communes;
                foreach (var unit in answering)
                    await reports.SaveAsync(requestId, DemoReport(unit, period, commune, ++seed), cancel);
            }
        }
        var provinceRequest = await reports.AddRequestAsync(ReportingRequest.Create(DemoOrganisation.ProvinceCode, current, district,
            document: Letter(++letters, current, clock)), cancel);
        foreach (var districtUnit in tree.ChildrenOf(DemoOrganisation.ProvinceCode))
            await reports.SaveAsync(provinceRequest, DemoReport(districtUnit, current, district, ++seed), cancel);
        // The demo commune keeps its registers, so that its report shows the figures and lists they give.
        var registers = new RegisterStore(db, clock);
        foreach (var (register, rows) in DemoRegisters.For(current.DefaultWindow))
            await registers.ReplaceAsync(DemoUsers.CommuneCode, register, rows, "tonghop", "so-theo-doi-mau.xlsx", cancel);
        await transaction.CommitIfOwnAsync(cancel);
        return true;
    }

    // Each request is sent by a letter about three weeks before its window closes.
    private static RequestDocument Letter(int number, ReportingPeriod period, TimeProvider clock)
    {
        var yesterday = VietnamTime.Day(clock.GetUtcNow()).AddDays(-1);
        var date = period.DefaultWindow.To.AddDays(-20);
        return new($"{100 + number}/UBND-NV", date < yesterday ? date : yesterday);
    }

    private static Report DemoReport(OrgUnit unit, ReportingPeriod period, TemplateRef template, int seed)
    {
        var values = PlausibleValues.Generate(TemplateCatalog.BuiltIn.Get(template), seed);
        return (Report.Empty(unit.Code, period, template) with { Values = values })
            .WithNarrative("I", $"{unit.Name} đã ban hành kế hoạch cải cách hành chính năm {period.Year} và triển khai đến toàn thể cán bộ, công chức.")
            .WithNarrative("III.1", "Công tác cải cách hành chính được quan tâm chỉ đạo; thủ tục hành chính được công khai đầy đủ.")
            .WithNarrative("III.2", "Tỷ lệ hồ sơ nộp trực tuyến một số lĩnh vực còn thấp; trang thiết bị tại Bộ phận Một cửa chưa đồng bộ.");
    }
}
