using System.Collections.Immutable;
using ParReport.Domain.Aggregation;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Tests.Aggregation;

/// <summary>Tallies of disjoint sets of units merge into the tally of their union: what lets an aggregate be made from each request's kept tally.</summary>
public class TallyTest
{
    private static readonly ReportTemplate Template = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 2));
    private static readonly ReportingPeriod Period = new(2024, PeriodKind.QuarterOne);

    /// <summary>Units with random values for a random half of the indicators (choices a valid option), some with no report at all.</summary>
    private static List<UnitReport> RandomUnits(Random random, int count) =>
        Enumerable.Range(1, count).Select(i =>
        {
            var unit = new OrgUnit($"xa-{i:000}", $"Xã {(char)('A' + random.Next(26))}{i}", UnitLevel.Commune, "huyen");
            if (random.Next(8) == 0) return new UnitReport(unit, null, null, false);
            var values = Template.Indicators.Where(x => x.IsEntered && x.Kind != IndicatorKind.Text && random.Next(2) == 0)
                .ToImmutableDictionary(x => x.Key, x => IndicatorValue.Of(x.Kind == IndicatorKind.Choice ? x.Choices[random.Next(x.Choices.Count)].Code : random.Next(0, 500)));
            return new UnitReport(unit, Report.Empty(unit.Code, Period, Template.Ref) with { Values = values }, 1, true);
        }).ToList();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_merge_of_the_tallies_of_parts_equals_the_tally_of_all_their_units(int seed)
    {
        var random = new Random(seed);
        var units = RandomUnits(random, 60);
        var tree = OrgTree.Build(units.Select(u => u.Unit).Append(new OrgUnit("huyen", "Huyện", UnitLevel.District, null))).Tree!;
        var sorted = units.OrderBy(u => u.Unit, tree.ByName).ToList();
        var parts = units.Chunk(units.Count / 4).Select(c => Tally.Of(Template, c.OrderBy(u => u.Unit, tree.ByName).ToList())).ToList();

        var merged = Tally.Merge(Template, parts, tree.ByName).Values();
        var direct = Aggregate.Of(Template, sorted);

        Assert.Equal(direct.Count, merged.Count);
        foreach (var (m, d) in merged.Zip(direct))
        {
            Assert.Equal((d.Indicator.Key, d.Sum, d.Rate, d.Min, d.Median, d.Max, d.Reported), (m.Indicator.Key, m.Sum, m.Rate, m.Min, m.Median, m.Max, m.Reported));
            Assert.Equal(d.ChoiceCounts, m.ChoiceCounts);
            Assert.Equal(d.Missing.Select(u => u.Code), m.Missing.Select(u => u.Code));
        }
        Assert.Contains(direct, v => v.Missing.Count > 0);
        Assert.Contains(direct, v => v.Rate is not null);
        Assert.Equal(units.Count, parts.Sum(p => p.Units));
    }

    [Fact]
    public void Tallies_of_another_template_do_not_merge()
    {
        var other = TemplateCatalog.BuiltIn.Get(new TemplateRef("huyen", 1));
        var ofOther = Tally.Of(other, []);
        Assert.Throws<ArgumentException>(() => Tally.Merge(Template, [Tally.Of(Template, []), ofOther], Comparer<OrgUnit>.Default));
    }

    [Fact]
    public void Reading_the_values_twice_gives_the_same_figures()
    {
        var tally = Tally.Of(Template, RandomUnits(new Random(7), 30));
        var (first, second) = (tally.Values(), tally.Values());
        Assert.Equal(first.Select(v => (v.Sum, v.Rate, v.Median)), second.Select(v => (v.Sum, v.Rate, v.Median)));
    }
}
