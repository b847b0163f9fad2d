using ParReport.Domain.Demo;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Documents.Tests;

/// <summary>A commune's report on plausible values, with its letterhead, as the document tests use it.</summary>
internal sealed record SampleReport(ReportTemplate Template, Report Report, Letterhead Letterhead)
{
    public static SampleReport Create(TemplateRef template, int seed = 1, PeriodKind kind = PeriodKind.HalfYear)
    {
        var t = TemplateCatalog.BuiltIn.Get(template);
        var district = new OrgUnit("an-phu", "Huyện An Phú", UnitLevel.District, null);
        var commune = new OrgUnit("an-binh", "Xã An Bình", UnitLevel.Commune, "an-phu");
        var period = new ReportingPeriod(2024, kind);
        var request = ReportingRequest.Create("an-phu", period, t.Ref);
        var report = (Report.Empty(commune.Code, period, t.Ref) with { Values = PlausibleValues.Generate(t, seed) })
            .WithNarrative("I", "UBND xã đã ban hành Kế hoạch cải cách hành chính năm 2024.\nCác nhiệm vụ được phân công cho từng công chức.")
            .WithNarrative("III.2", "Tỷ lệ hồ sơ nộp trực tuyến ở một số lĩnh vực còn thấp.");
        var letterhead = Letterhead.For(commune, district, request, addressed: true, "36/BC-UBND", new DateOnly(2024, 6, 15), "Nguyễn Văn An");
        return new SampleReport(t, report, letterhead);
    }
}
