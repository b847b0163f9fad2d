using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Demo;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Storage;

/// <summary>
/// Puts the demo province into a database: its units, the districts' requests to their communes for năm 2023
/// and quý I/2024 (commune template version 2), the province's request to its districts for quý I/2024
/// (district template), and plausible, consistent reports — the last commune of each district has not reported quý I yet.
/// </summary>
public static class DemoData
{
    public static readonly ReportingPeriod Year2023 = new(2023, PeriodKind.Year);
    public static readonly ReportingPeriod QuarterOne2024 = new(2024, PeriodKind.QuarterOne);

    /// <summary>Seeds an empty database; returns false and changes nothing when it already has units.</summary>
    public static async Task<bool> SeedAsync(ParReportDbContext db, CancellationToken cancel = default)
    {
        if (await db.Units.AnyAsync(cancel)) return false;
        await using var transaction = await db.BeginUnlessActiveAsync(cancel);
        var problems = await new UnitStore(db).ImportAsync(DemoOrganisation.Units, cancel);
        if (problems.Count > 0) throw new InvalidOperationException(string.Join("\n", problems.Select(p => p.Message)));

        var reports = new ReportStore(db);
        var tree = await new UnitStore(db).LoadTreeAsync(cancel);
        var commune = new TemplateRef("xa", 2);
        var district = new TemplateRef("huyen", 1);
        var seed = 0;
        var letters = 0;
        foreach (var districtUnit in tree.ChildrenOf(DemoOrganisation.ProvinceCode))
        {
            var communes = tree.ChildrenOf(districtUnit.Code).ToList();
            foreach (var period in new[] { Year2023, QuarterOne2024 })
            {
                var requestId = await reports.AddRequestAsync(ReportingRequest.Create(districtUnit.Code, period, commune,
                    document: Letter(++letters, period)), cancel);
                // The last commune of each district is late with quý I, so the demo shows an incomplete collection.
                var answering = period == QuarterOne2024 ? communes.SkipLast(1) : communes;
                foreach (var unit in answering)
                    await reports.SaveAsync(requestId, DemoReport(unit, period, commune, ++seed), cancel);
            }
        }
        var provinceRequest = await reports.AddRequestAsync(ReportingRequest.Create(DemoOrganisation.ProvinceCode, QuarterOne2024, district,
            document: Letter(++letters, QuarterOne2024)), cancel);
        foreach (var districtUnit in tree.ChildrenOf(DemoOrganisation.ProvinceCode))
            await reports.SaveAsync(provinceRequest, DemoReport(districtUnit, QuarterOne2024, district, ++seed), cancel);
        await transaction.CommitIfOwnAsync(cancel);
        return true;
    }

    // Each request is sent by a letter about three weeks before its window closes.
    private static RequestDocument Letter(int number, ReportingPeriod period) =>
        new($"{100 + number}/UBND-NV", period.DefaultWindow.To.AddDays(-20));

    private static Report DemoReport(OrgUnit unit, ReportingPeriod period, TemplateRef template, int seed)
    {
        var values = PlausibleValues.Generate(TemplateCatalog.BuiltIn.Get(template), seed);
        return (Report.Empty(unit.Code, period, template) with { Values = values })
            .WithNarrative("I", $"{unit.Name} đã ban hành kế hoạch cải cách hành chính năm {period.Year} và triển khai đến toàn thể cán bộ, công chức.")
            .WithNarrative("III.1", "Công tác cải cách hành chính được quan tâm chỉ đạo; thủ tục hành chính được công khai đầy đủ.")
            .WithNarrative("III.2", "Tỷ lệ hồ sơ nộp trực tuyến một số lĩnh vực còn thấp; trang thiết bị tại Bộ phận Một cửa chưa đồng bộ.");
    }
}
