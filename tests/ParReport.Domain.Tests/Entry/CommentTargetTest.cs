using ParReport.Domain.Entry;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Tests.Entry;

public class CommentTargetTest
{
    private static readonly ReportTemplate Template = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 2));

    [Theory]
    [InlineData("bieu-III", CommentTargetKind.Part, "bieu-III", "Biểu III. Cải cách TTHC")]
    [InlineData("muc-II.2", CommentTargetKind.Part, "muc-II.2", "Mục II.2. Cải cách thủ tục hành chính (TTHC)")]
    [InlineData("III/3.1.1", CommentTargetKind.Value, "bieu-III", "Biểu III, chỉ tiêu 3.1.1. ")]
    [InlineData("II.2", CommentTargetKind.Narrative, "muc-II.2", "Mục II.2. Cải cách thủ tục hành chính (TTHC) — Kết quả thực hiện")]
    [InlineData("II.2#ton-tai", CommentTargetKind.Narrative, "muc-II.2", "Mục II.2. Cải cách thủ tục hành chính (TTHC) — Tồn tại, hạn chế, nguyên nhân")]
    [InlineData("V", CommentTargetKind.Narrative, "muc-V", "Mục V. Kiến nghị, đề xuất — Nội dung")]
    public void A_key_names_a_part_a_value_or_a_narrative_box_and_the_part_it_belongs_to(string key, CommentTargetKind kind, string part, string label)
    {
        var target = CommentTarget.Find(Template, key)!;
        Assert.Equal((key, kind, part), (target.Key, target.Kind, target.Part.Key));
        Assert.StartsWith(label, target.Label);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("bieu-IX")]
    [InlineData("IX/1.1")]
    [InlineData("III/")]
    [InlineData("II")]
    [InlineData("II.2#khong-co")]
    [InlineData("#")]
    public void A_key_of_nothing_in_the_template_names_no_target(string? key) => Assert.Null(CommentTarget.Find(Template, key));

    [Fact]
    public void Within_a_form_are_the_form_and_its_values_but_not_its_groups_and_within_an_outline_item_its_boxes()
    {
        var form = ReportPart.Find(Template, "bieu-III")!;
        var within = CommentTarget.Within(Template, form);
        Assert.Equal("bieu-III", within[0].Key);
        Assert.Equal(Template.FindForm("III")!.Indicators.Where(i => i.Kind != IndicatorKind.Group).Select(i => i.Key), within.Skip(1).Select(t => t.Key));
        Assert.Equal(["muc-II.2", "II.2", "II.2#tich-cuc", "II.2#ton-tai"], CommentTarget.Within(Template, ReportPart.Find(Template, "muc-II.2")!).Select(t => t.Key));
    }
}
