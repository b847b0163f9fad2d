using System.Collections.Immutable;
using ParReport.Domain.Aggregation;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Tests.Aggregation;

public class OutliersTest
{
    private static readonly ReportTemplate Template = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 2));
    private static readonly ReportingPeriod Period = new(2024, PeriodKind.QuarterOne);
    private static readonly Indicator Count = Template.Indicators.First(i => i.Kind == IndicatorKind.Count && i.Unit is not null);
    private static readonly Indicator RateIndicator = Template.Indicators.First(i => i.Kind == IndicatorKind.Rate);
    private static readonly string Numerator = IndicatorKey.Of(RateIndicator.FormCode, RateIndicator.Numerator!);
    private static readonly string Denominator = IndicatorKey.Of(RateIndicator.FormCode, RateIndicator.Denominator!);

    private static OrgUnit Commune(int i) => new($"xa-{i}", $"Xã {i}", UnitLevel.Commune, "huyen-a");

    private static Report ReportOf(OrgUnit unit, params (string Key, decimal Number)[] values) =>
        Report.Empty(unit.Code, Period, Template.Ref) with { Values = values.ToImmutableDictionary(v => v.Key, v => IndicatorValue.Of(v.Number)) };

    private static UnitReport Answer(OrgUnit unit, params (string Key, decimal Number)[] values) => new(unit, ReportOf(unit, values), 1, true);

    private static IReadOnlyList<UnitReport> Communes(params decimal[] counts) =>
        counts.Select((c, i) => Answer(Commune(i + 1), (Count.Key, c))).ToList();

    [Fact]
    public void A_planted_value_among_fourteen_communes_is_flagged_with_its_reason()
    {
        decimal[] counts = [170, 180, 185, 190, 175, 200, 185, 160, 195, 185, 178, 192, 188, 1132];

        var outlier = Assert.Single(Outliers.AmongPeers(Template, Communes(counts)), o => o.Indicator == Count);

        Assert.Equal((Commune(14), OutlierKind.AmongPeers, 1132m, 185m, 14), (outlier.Unit, outlier.Kind, outlier.Value, outlier.Median, outlier.Compared));
        // The deviations from 185 have the median 7 (MAD), so z = 0,6745 · 947 / 7 ≈ 91.
        Assert.Equal(0.6745m * 947m / 7m, outlier.Score);
        Assert.Equal($"Xã 14: 1.132 {Count.Unit!.ToLowerInvariant()}, gấp 6,1 lần trung vị 185 của 14 xã", outlier.Reason);
    }

    [Fact]
    public void Uniform_or_spread_data_flags_nothing()
    {
        Assert.Empty(Outliers.AmongPeers(Template, Communes(100, 110, 120, 130, 140, 150, 160, 170, 180, 190)));
        Assert.Empty(Outliers.AmongPeers(Template, Communes(185, 185, 185, 185, 185, 185)));
    }

    [Fact]
    public void Nothing_is_claimed_with_fewer_than_five_values_or_when_most_values_are_equal()
    {
        Assert.Empty(Outliers.AmongPeers(Template, Communes(10, 11, 12, 900)));
        // MAD is 0 when more than half are the same: the 900 is not scored, not flagged.
        Assert.Empty(Outliers.AmongPeers(Template, Communes(0, 0, 0, 0, 0, 900)));
        Assert.Null(Outliers.Score(900, [0, 0, 0, 0, 0, 900]));
    }

    [Fact]
    public void A_count_of_zero_is_not_flagged_for_being_zero_but_a_very_low_rate_is()
    {
        Assert.Empty(Outliers.AmongPeers(Template, Communes(0, 180, 185, 190, 175, 200, 185)));

        var units = new[] { 95m, 96, 97, 98, 96, 97, 20 }.Select((resolved, i) => Answer(Commune(i + 1), (Denominator, 100), (Numerator, resolved))).ToList();
        var low = Assert.Single(Outliers.AmongPeers(Template, units), o => o.Indicator == RateIndicator);
        Assert.Equal(Commune(7), low.Unit);
        Assert.Equal("Xã 7: 20%, thấp hơn nhiều so với trung vị 96% của 7 xã", low.Reason);
    }

    [Fact]
    public void A_value_far_from_the_units_own_earlier_periods_is_flagged_against_them()
    {
        var unit = Commune(1);
        var earlier = new[] { 40m, 42, 38, 45, 41, 39 }.Select(c => ReportOf(unit, (Count.Key, c))).ToList();

        var outlier = Assert.Single(Outliers.AgainstHistory(Template, Answer(unit, (Count.Key, 400)), earlier));
        Assert.Equal(OutlierKind.AgainstHistory, outlier.Kind);
        Assert.Equal($"Xã 1: 400 {Count.Unit!.ToLowerInvariant()}, gấp 9,9 lần trung vị 40,5 của 6 kỳ báo cáo trước", outlier.Reason);
        Assert.Empty(Outliers.AgainstHistory(Template, Answer(unit, (Count.Key, 43)), earlier));
        Assert.Empty(Outliers.AgainstHistory(Template, Answer(unit, (Count.Key, 400)), earlier.Take(4).ToList()));
    }

    [Fact]
    public void Random_data_drawn_from_one_distribution_flags_few_and_a_planted_value_always()
    {
        var random = new Random(7);
        for (var round = 0; round < 50; round++)
        {
            var counts = Enumerable.Range(0, 20).Select(_ => (decimal)random.Next(150, 220)).ToArray();
            Assert.Empty(Outliers.AmongPeers(Template, Communes(counts)));
            counts[random.Next(counts.Length)] = 5000;
            Assert.Single(Outliers.AmongPeers(Template, Communes(counts)));
        }
    }
}
