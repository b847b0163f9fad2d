using ParReport.Domain.Formatting;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Tests.Reports;

public class DerivationTest
{
    private static readonly ReportTemplate Commune = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 1));

    private static Dictionary<string, IndicatorValue> Values(params (string Key, decimal Value)[] values) =>
        values.ToDictionary(v => v.Key, v => IndicatorValue.Of(v.Value));

    [Fact]
    public void Early_and_on_time_dossiers_together_make_the_Phuong_Dinh_on_time_rate_100_percent()
    {
        // Phương Định, quý I/2024: 1.034 dossiers resolved, 717 early and 317 on time.
        var values = Values(("3/3.3.1", 1034), ("3/3.3.2", 717 + 317));
        var rate = Derivation.RateOf(Commune.Get("3/3.3"), values);
        Assert.Equal(100m, rate);
        Assert.Equal("100%", VietnameseNumbers.FormatPercent(rate));
    }

    [Fact]
    public void The_on_time_rate_counts_early_resolutions_as_on_time()
    {
        Assert.Equal("100%", VietnameseNumbers.FormatPercent(Derivation.OnTimeRate(early: 717, onTime: 317, resolved: 1034)));
        Assert.Equal("30,7%", VietnameseNumbers.FormatPercent(Derivation.Rate(317, 1034)));
        Assert.Null(Derivation.OnTimeRate(0, 0, 0));
    }

    [Fact]
    public void Fifteen_of_thirty_tasks_is_fifty_percent()
    {
        var values = Values(("1/2.1", 30), ("1/2.2", 15));
        Assert.Equal("50%", VietnameseNumbers.FormatPercent(Derivation.RateOf(Commune.Get("1/2"), values)));
    }

    [Fact]
    public void Disbursing_3215_of_15713_million_dong_is_20_5_percent()
    {
        var values = Values(("6/1.1", 15713), ("6/1.2", 3215));
        var rate = Derivation.RateOf(Commune.Get("6/1"), values);
        Assert.Equal("20,5%", VietnameseNumbers.FormatPercent(rate));
        Assert.Equal("15.713 triệu đồng", VietnameseNumbers.FormatMoney(15713));
    }

    [Fact]
    public void A_rate_over_zero_is_a_dash_not_NaN_nor_an_exception()
    {
        var values = Values(("1/3.3.1", 0), ("1/3.3.2", 0));
        var rate = Derivation.RateOf(Commune.Get("1/3.3"), values);
        Assert.Null(rate);
        Assert.Equal("—", IndicatorFormatter.Format(Commune.Get("1/3.3"), null, rate));
    }

    [Fact]
    public void A_rate_with_a_missing_part_is_not_computed() =>
        Assert.Null(Derivation.RateOf(Commune.Get("1/2"), Values(("1/2.1", 6))));

    [Fact]
    public void All_rates_of_a_template_are_computed_at_once()
    {
        var rates = Derivation.Rates(Commune, Values(("7/6.7.1", 597), ("7/6.7.2", 596)));
        Assert.Equal(Commune.Indicators.Count(i => i.Kind == IndicatorKind.Rate), rates.Count);
        Assert.Equal("99,8%", VietnameseNumbers.FormatPercent(rates["7/6.7"]));
        Assert.Null(rates["1/2"]);
    }

    [Fact]
    public void Only_derived_rates_can_be_derived() =>
        Assert.Throws<ArgumentException>(() => Derivation.RateOf(Commune.Get("1/2.1"), Values()));
}
