using ParReport.Domain.Aggregation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Tests.Aggregation;

public sealed class IndicatorMapTest
{
    private static readonly ReportTemplate V1 = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 1));
    private static readonly ReportTemplate V2 = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 2));

    [Fact]
    public void Versions_of_the_commune_template_map_by_concept_and_by_identical_wording_and_list_the_rest()
    {
        var map = IndicatorMap.Between(V1, V2);

        // Same concept under other codes: the dossiers resolved and on time.
        Assert.Equal("3/3.3.1", map.SourceOf("III/3.1.1"));
        Assert.Equal("3/3.3.2", map.SourceOf("III/3.1.2"));
        Assert.Equal("7/6.7.1", map.SourceOf("V/2.4.1"));
        // No concept, the same wording, kind and unit.
        Assert.Equal("3/2.1", map.SourceOf("III/2.1"));
        Assert.All(map.Unmapped, i => Assert.Null(V2.Indicators.FirstOrDefault(j => map.SourceOf(j.Key) == i.Key)));
        Assert.NotEmpty(map.Unmapped);
    }

    [Fact]
    public void A_mapped_report_carries_its_values_under_the_new_keys_and_its_rates_follow()
    {
        var report = Report.Empty("xa-a", new ReportingPeriod(2023, PeriodKind.Year), V1.Ref).With("3/3.3.1", 200).With("3/3.3.2", 150);

        var mapped = IndicatorMap.Between(V1, V2).Map(report);

        Assert.Equal(V2.Ref, mapped.Template);
        Assert.Equal((200m, 150m), (mapped.Number("III/3.1.1")!.Value, mapped.Number("III/3.1.2")!.Value));
        Assert.Equal(75m, Derivation.RateOf(V2.Get("III/3.1"), mapped.Values));
        Assert.Same(report, IndicatorMap.Between(V2, V2).Map(report));
    }

    [Fact]
    public void The_district_template_takes_the_communes_on_time_rate_recomputed_from_their_sums()
    {
        var district = TemplateCatalog.BuiltIn.Get(new TemplateRef("huyen", 1));
        var units = new[] { (100m, 90m), (300m, 297m) }.Select((v, i) => new UnitReport(new ParReport.Domain.Organisation.OrgUnit($"xa-{i}", $"Xã {i}", ParReport.Domain.Organisation.UnitLevel.Commune, "h"),
            Report.Empty($"xa-{i}", new ReportingPeriod(2024, PeriodKind.QuarterOne), V2.Ref).With("III/3.1.1", v.Item1).With("III/3.1.2", v.Item2), 1, true)).ToList();

        var figures = Aggregate.Fill(district, V2, Aggregate.Of(V2, units));

        Assert.Equal(new Dictionary<string, decimal> { ["3/3.4.3"] = 96.75m }, figures);
    }
}
