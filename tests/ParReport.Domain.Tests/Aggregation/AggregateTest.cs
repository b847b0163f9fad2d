using System.Collections.Immutable;
using ParReport.Domain.Aggregation;
using ParReport.Domain.Demo;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Tests.Aggregation;

public class AggregateTest
{
    private static readonly ReportTemplate Template = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 2));
    private static readonly ReportingPeriod Period = new(2024, PeriodKind.QuarterOne);
    private static readonly Indicator RateIndicator = Template.Indicators.First(i => i.Kind == IndicatorKind.Rate);
    private static readonly string Numerator = IndicatorKey.Of(RateIndicator.FormCode, RateIndicator.Numerator!);
    private static readonly string Denominator = IndicatorKey.Of(RateIndicator.FormCode, RateIndicator.Denominator!);

    private static OrgUnit Commune(int i, string district = "huyen-a") => new($"xa-{district}-{i}", $"Xã {district} {i}", UnitLevel.Commune, district);

    private static UnitReport Answer(OrgUnit unit, params (string Key, decimal Number)[] values) =>
        new(unit, Report.Empty(unit.Code, Period, Template.Ref) with { Values = values.ToImmutableDictionary(v => v.Key, v => IndicatorValue.Of(v.Number)) }, 1, true);

    private static UnitReport Silent(OrgUnit unit) => new(unit, null, null, false);

    private static AggregateValue ValueOf(IReadOnlyList<AggregateValue> values, string key) => values.Single(v => v.Indicator.Key == key);

    [Fact]
    public void Counts_are_summed_and_a_rate_is_recomputed_from_the_summed_parts_never_averaged()
    {
        // 50/100 = 50% and 10/10 = 100% average to 75%, but the district resolved 60 of 110: 54,5%.
        var values = Aggregate.Of(Template, [Answer(Commune(1), (Denominator, 100), (Numerator, 50)), Answer(Commune(2), (Denominator, 10), (Numerator, 10))]);

        Assert.Equal(110, ValueOf(values, Denominator).Sum);
        Assert.Equal(60, ValueOf(values, Numerator).Sum);
        Assert.Equal(60m / 110m * 100m, ValueOf(values, RateIndicator.Key).Rate);
        Assert.Empty(ValueOf(values, RateIndicator.Key).Missing);
    }

    [Fact]
    public void A_unit_that_sent_nothing_or_left_a_value_empty_is_named_beside_the_total()
    {
        var silent = Commune(3);
        var values = Aggregate.Of(Template, [Answer(Commune(1), (Denominator, 100), (Numerator, 50)), Answer(Commune(2), (Denominator, 10)), Silent(silent)]);

        var whole = ValueOf(values, Denominator);
        Assert.Equal((110m, 2, 3), (whole.Sum, whole.Reported, whole.Expected));
        Assert.Equal("thiếu 1/3 xã: Xã huyen-a 3", AggregationMessages.Missing(whole));
        var part = ValueOf(values, Numerator);
        Assert.Equal([Commune(2), silent], part.Missing);
        // The rate is made from the summed parts; the units missing either part are named.
        Assert.Equal(2, ValueOf(values, RateIndicator.Key).Missing.Count);
    }

    [Fact]
    public void A_percentage_entered_by_each_unit_is_given_as_its_range_and_median_never_summed()
    {
        var percent = Template.Indicators.First(i => i.Kind == IndicatorKind.Percent);
        var values = Aggregate.Of(Template, [Answer(Commune(1), (percent.Key, 80)), Answer(Commune(2), (percent.Key, 100)), Answer(Commune(3), (percent.Key, 90)), Answer(Commune(4), (percent.Key, 95))]);

        var value = ValueOf(values, percent.Key);
        Assert.Equal((80m, 92.5m, 100m, (decimal?)null), (value.Min, value.Median, value.Max, value.Sum));
        Assert.Equal("80% – 100%, trung vị 92,5%", AggregationMessages.Range(value));
    }

    [Fact]
    public void A_choice_is_given_as_the_number_of_units_per_option()
    {
        var choice = Template.Indicators.First(i => i.Kind == IndicatorKind.Choice);
        var first = choice.Choices[0];
        var second = choice.Choices[1];
        var values = Aggregate.Of(Template, [Answer(Commune(1), (choice.Key, first.Code)), Answer(Commune(2), (choice.Key, first.Code)), Answer(Commune(3), (choice.Key, second.Code)), Silent(Commune(4))]);

        var value = ValueOf(values, choice.Key);
        Assert.Equal(2, value.ChoiceCounts[first.Code]);
        Assert.Equal(1, value.ChoiceCounts[second.Code]);
        Assert.Equal([$"2/4 xã: {first.Label}", $"1/4 xã: {second.Label}"], AggregationMessages.Choices(value, "xã"));
    }

    [Fact]
    public void A_report_of_another_template_is_not_summed_and_its_unit_is_counted_as_missing()
    {
        var other = Commune(2);
        var older = new UnitReport(other, Report.Empty(other.Code, Period, new TemplateRef("xa", 1)).With(Denominator, 999), 1, true);
        var values = Aggregate.Of(Template, [Answer(Commune(1), (Denominator, 100)), older]);

        Assert.Equal(100, ValueOf(values, Denominator).Sum);
        Assert.Equal([other], ValueOf(values, Denominator).Missing);
    }

    [Fact]
    public void Aggregating_the_districts_aggregates_equals_aggregating_their_communes_directly()
    {
        var districts = new[] { "huyen-a", "huyen-b", "huyen-c" };
        var communes = districts.SelectMany((d, n) => Enumerable.Range(1, 3 + n).Select(i => Commune(i, d))).ToList();
        var seed = 0;
        var answers = communes.Select(c => new UnitReport(c, Report.Empty(c.Code, Period, Template.Ref) with { Values = PlausibleValues.Generate(Template, ++seed) }, 1, true)).ToList();

        var byDistrict = districts.Select(d =>
        {
            var unit = new OrgUnit(d, d, UnitLevel.District, "tinh");
            var sums = Aggregate.Sums(Template, answers.Where(a => a.Unit.ParentCode == d).ToList());
            return new UnitReport(unit, Report.Empty(d, Period, Template.Ref) with { Values = sums }, null, true);
        }).ToList();

        var direct = Aggregate.Of(Template, answers);
        var twoSteps = Aggregate.Of(Template, byDistrict);
        Assert.Equal(Aggregate.Sums(Template, answers), Aggregate.Sums(Template, byDistrict));
        foreach (var indicator in Template.Indicators.Where(i => i.IsQuantity || i.Kind == IndicatorKind.Rate))
        {
            var (a, b) = (ValueOf(direct, indicator.Key), ValueOf(twoSteps, indicator.Key));
            Assert.True(a.Sum == b.Sum && a.Rate == b.Rate, $"{indicator.Key}: {a.Sum}/{a.Rate} directly, {b.Sum}/{b.Rate} in two steps");
        }
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_two_middle_values()
    {
        Assert.Null(Aggregate.Median([]));
        Assert.Equal(3m, Aggregate.Median([1m, 3m, 7m]));
        Assert.Equal(5m, Aggregate.Median([1m, 3m, 7m, 9m]));
    }
}
