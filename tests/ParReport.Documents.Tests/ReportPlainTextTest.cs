using ParReport.Domain.Checking;
using ParReport.Domain.Demo;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Documents.Tests;

public class ReportPlainTextTest
{
    public static TheoryData<string, int> Templates() => new() { { "xa", 1 }, { "xa", 2 }, { "huyen", 1 } };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Reports_generated_from_random_consistent_data_are_checked_clean(string id, int version)
    {
        var template = TemplateCatalog.BuiltIn.Get(new TemplateRef(id, version));
        var unit = new OrgUnit("an-binh", id == "xa" ? "Xã An Bình" : "Huyện An Phú", id == "xa" ? UnitLevel.Commune : UnitLevel.District, null);
        foreach (var kind in Enum.GetValues<PeriodKind>())
            for (var seed = 0; seed < 10; seed++)
            {
                var period = new ReportingPeriod(2024, kind);
                var request = ReportingRequest.Create("tinh", period, template.Ref);
                var report = Report.Empty(unit.Code, period, template.Ref) with { Values = PlausibleValues.Generate(template, seed) };
                var text = ReportPlainText.Render(template, unit, request, report.WithNarrative("I", "Đã triển khai kế hoạch."), "12/BC-UBND");
                var lines = text.Select((t, i) => new DocumentLine(i + 1, t)).ToList();

                var result = ReportChecker.Check(lines, TemplateCatalog.BuiltIn);

                Assert.True(result.IsClean, $"{template.Ref} {period} seed {seed}: " + string.Join(" | ", result.Findings.Select(f => $"{f.Line} {f.Quote}: {f.Why}")));
                Assert.Equal(template.Ref, result.Template);
                Assert.Equal(period, result.Period);
                Assert.Equal(template.Indicators.Count(), result.MatchedRows);
            }
    }
}
