using ParReport.Domain.Entry;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Tests.Entry;

public sealed class ReportPartTest
{
    private static readonly ReportTemplate Commune = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 2));

    [Fact]
    public void A_report_is_shared_out_as_its_leaf_outline_items_then_its_forms()
    {
        var parts = ReportPart.Of(Commune);
        Assert.Equal(["muc-I", "muc-II.1", "muc-II.2", "muc-II.3", "muc-II.4", "muc-II.5", "muc-II.6", "muc-III.1", "muc-III.2", "muc-IV", "muc-V",
            "bieu-I", "bieu-II", "bieu-III", "bieu-IV", "bieu-V"], parts.Select(p => p.Key));
        Assert.Equal("Mục II.2. Cải cách thủ tục hành chính (TTHC)", parts[2].Label);
        Assert.Equal("bieu-III", ReportPart.KeyOfIndicator("III/3.1.1"));
        Assert.Null(ReportPart.Find(Commune, "muc-II"));
    }

    [Fact]
    public void Items_the_outline_asks_to_assess_have_the_results_the_positive_side_and_the_shortcomings()
    {
        Assert.Equal(["II.2", "II.2#tich-cuc", "II.2#ton-tai"],
            NarrativeSection.Of(Commune.OutlineItems.Single(i => i.Code == "II.2")).Select(s => s.Key));
        Assert.Equal(["Kết quả thực hiện", "Mặt tích cực", "Tồn tại, hạn chế, nguyên nhân"],
            NarrativeSection.Of(Commune.OutlineItems.Single(i => i.Code == "II.2")).Select(s => s.Title));
        Assert.Equal(["IV"], NarrativeSection.Of(Commune.OutlineItems.Single(i => i.Code == "IV")).Select(s => s.Key));
    }

    [Fact]
    public void Typed_values_are_read_the_Vietnamese_way_and_values_that_do_not_fit_their_kind_are_refused()
    {
        var count = Commune.Get("III/3.1.1");
        Assert.Equal((IndicatorValue.Of(1034), (string?)null), ValueInput.Read(count, " 1.034 "));
        Assert.Equal((null, (string?)null), ValueInput.Read(count, "  "));
        Assert.Contains("21.88", ValueInput.Read(count, "21.88").Error);
        Assert.Contains("3.1.1", ValueInput.Read(count, "21.88").Error);
        Assert.NotNull(ValueInput.Read(count, "-3").Error);
        Assert.NotNull(ValueInput.Read(count, "2,5").Error);
        var choice = Commune.Indicators.First(i => i.Kind == IndicatorKind.Choice);
        Assert.NotNull(ValueInput.Read(choice, "7").Error);
        Assert.Null(ValueInput.Read(choice, "1").Error);
        Assert.Equal("1.034", ValueInput.Show(IndicatorValue.Of(1034)));
        Assert.Equal("99,8", ValueInput.Show(IndicatorValue.Of(99.8m)));
        Assert.Equal("", ValueInput.Show(null));
    }
}
