using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Tests.Templates;

/// <summary>
/// Every counted row under a counted row or a choice has its relation to it stated in the template's data or inferred
/// from its tree — part of it, a partition, disjoint parts, gated by the choice — or is stated independent of it. A new
/// template (or a new row) cannot leave one out.
/// </summary>
public class RuleCoverageTest
{
    public static TheoryData<string> Templates => new(TemplateCatalog.BuiltIn.All.Select(t => t.Ref.ToString()));

    private static bool Related(ReportTemplate template, Indicator child, Indicator parent) => template.Rules.Any(rule => rule switch
    {
        PartOfWhole(var part, var whole) => part == child.Key && whole == parent.Key,
        SumOfParts(var whole, var parts) => whole == parent.Key && parts.Contains(child.Key),
        PartsAtMost(var whole, var parts) => whole == parent.Key && parts.Contains(child.Key),
        ChoiceRequires(var choice, _, var key, _) => choice == parent.Key && key == child.Key,
        _ => false,
    });

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_counted_row_under_a_counted_row_or_a_choice_has_its_relation_stated_or_inferred(string reference)
    {
        var template = TemplateCatalog.BuiltIn.All.Single(t => t.Ref.ToString() == reference);
        var unrelated = template.Indicators
            .Where(i => i.IsQuantity && i.ParentCode is not null && !i.Independent)
            .Select(i => (Child: i, Parent: template.Get(IndicatorKey.Of(i.FormCode, i.ParentCode!))))
            .Where(x => x.Parent.IsQuantity || x.Parent.Kind == IndicatorKind.Choice)
            .Where(x => !Related(template, x.Child, x.Parent))
            .Select(x => $"{x.Child.Key} under {x.Parent.Key}")
            .ToList();
        Assert.Empty(unrelated);
    }

    [Fact]
    public void Disjoint_parts_that_sum_to_more_than_their_whole_are_flagged_each_alone_being_within_it()
    {
        var template = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 2));
        var values = new Dictionary<string, IndicatorValue>
        {
            ["I/4.1"] = IndicatorValue.Of(29), ["I/4.2"] = IndicatorValue.Of(20), ["I/4.3"] = IndicatorValue.Of(20), ["I/4.4"] = IndicatorValue.Of(16),
        };
        var violation = Assert.Single(ReportValidator.Validate(template, values).Violations);
        Assert.Equal(ViolationKind.PartExceedsWhole, violation.Kind);
        Assert.StartsWith("Các chỉ tiêu 4.2 (20) + 4.3 (20) + 4.4 (16) = 56 là các phần không trùng nhau của chỉ tiêu 4.1", violation.Message);
    }

    [Theory]
    [InlineData(1, 0, true)]
    [InlineData(1, 120, false)]
    [InlineData(0, 120, true)]
    [InlineData(0, 0, false)]
    public void A_choice_that_contradicts_the_count_under_it_is_flagged(int survey, int forms, bool flagged)
    {
        var template = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 2));
        var values = new Dictionary<string, IndicatorValue> { ["I/5"] = IndicatorValue.Of(survey), ["I/5.1"] = IndicatorValue.Of(forms) };
        var violations = ReportValidator.Validate(template, values).Violations;
        Assert.Equal(flagged, violations.Any(v => v.Kind == ViolationKind.ChoiceContradictsCount));
        if (flagged) Assert.Contains(survey == 1 ? "chọn «Có» nhưng chỉ tiêu 5.1" : "chọn «Không» nhưng chỉ tiêu 5.1", violations.Single().Message);
    }
}
