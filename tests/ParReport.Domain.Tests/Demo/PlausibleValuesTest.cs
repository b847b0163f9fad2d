using ParReport.Domain.Demo;
using ParReport.Domain.Organisation;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Tests.Demo;

public class PlausibleValuesTest
{
    [Fact]
    public void Generated_values_satisfy_every_rule_of_every_template()
    {
        foreach (var template in TemplateCatalog.BuiltIn.All)
            for (var seed = 0; seed < 200; seed++)
            {
                var result = ReportValidator.Validate(template, PlausibleValues.Generate(template, seed));
                Assert.True(result.IsValid, $"{template.Ref} seed {seed}: {string.Join(" ", result.Violations.Select(v => v.Message))}");
            }
    }

    [Fact]
    public void Every_entered_indicator_gets_a_value_and_no_group_or_rate_does()
    {
        var template = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 1));
        var values = PlausibleValues.Generate(template, 7);
        Assert.Equal(template.Indicators.Where(i => i.IsEntered && i.Kind != IndicatorKind.Text).Select(i => i.Key).Order(), values.Keys.Order());
    }

    [Fact]
    public void The_same_seed_gives_the_same_values()
    {
        var template = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 2));
        Assert.Equal(PlausibleValues.Generate(template, 3).OrderBy(v => v.Key), PlausibleValues.Generate(template, 3).OrderBy(v => v.Key));
    }

    [Fact]
    public void The_demo_organisation_is_a_province_with_three_districts_of_four_communes()
    {
        var tree = OrgTree.Build(DemoOrganisation.Units).Tree!;
        Assert.Equal(DemoOrganisation.ProvinceCode, Assert.Single(tree.Roots).Code);
        Assert.Equal(3, tree.ChildrenOf(DemoOrganisation.ProvinceCode).Count());
        Assert.All(tree.ChildrenOf(DemoOrganisation.ProvinceCode), d => Assert.Equal(4, tree.ChildrenOf(d.Code).Count()));
        Assert.Equal("dong-lac-dong-hung", tree.ChildrenOf("huyen-dong-lac").First().Code);
    }
}
