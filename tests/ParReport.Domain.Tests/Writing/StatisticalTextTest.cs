using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using ParReport.Domain.Writing;

namespace ParReport.Domain.Tests.Writing;

public class StatisticalTextTest
{
    private static readonly ReportTemplate Commune = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 1));

    private static Report Report(params (string Key, decimal Value)[] values) =>
        values.Aggregate(Domain.Reports.Report.Empty("bac-son", new ReportingPeriod(2024, PeriodKind.HalfYear), Commune.Ref), (r, v) => r.With(v.Key, v.Value));

    [Fact]
    public void The_dossier_sentence_uses_the_Bac_Son_numbers_and_goes_to_section_II_2()
    {
        var sentence = Assert.Single(StatisticalText.For(Commune, Report(("7/6.7.1", 597), ("7/6.7.2", 596), ("3/3.3.1", 593), ("3/3.3.2", 593))));
        Assert.Equal("II.2", sentence.OutlineCode);
        Assert.Equal("Tổng số hồ sơ tiếp nhận trong kỳ là 597 hồ sơ, trong đó 596 hồ sơ trực tuyến, đạt 99,8%; "
            + "đã giải quyết 593 hồ sơ, trong đó 593 hồ sơ giải quyết trước hạn và đúng hạn, đạt 100%.", sentence.Text);
    }

    [Fact]
    public void Plan_progress_writes_small_counts_with_two_digits_and_goes_to_section_I()
    {
        var sentence = Assert.Single(StatisticalText.For(Commune, Report(("1/2.1", 6), ("1/2.2", 3))));
        Assert.Equal("I", sentence.OutlineCode);
        Assert.Equal("Tính đến thời điểm báo cáo, đã hoàn thành 03/06 nhiệm vụ của Kế hoạch cải cách hành chính năm 2024, đạt 50%.", sentence.Text);
    }

    [Fact]
    public void Staffing_goes_to_section_II_3()
    {
        var sentence = Assert.Single(StatisticalText.For(Commune, Report(("4/2.1", 20), ("4/2.2", 19))));
        Assert.Equal(("II.3", "Tổng số biên chế được giao 20 người, có mặt 19 người."), (sentence.OutlineCode, sentence.Text));
    }

    [Theory]
    [InlineData("Đến nay đã hoàn thành 03/06 nhiệm vụ của Kế hoạch CCHC năm 2024, đạt 50%.", null)]
    [InlineData("Đến nay đã hoàn thành 3/6 nhiệm vụ của Kế hoạch năm 2024, đạt 50%.", "nêu các số «3», «6», «2024», «50»")]
    [InlineData("Đến nay đã hoàn thành 04/06 nhiệm vụ của Kế hoạch năm 2024, đạt 66,7%.", "«04»")]
    [InlineData("Năm 2024 đã hoàn thành 03/06 nhiệm vụ, đạt 50%.", "theo thứ tự cũ")]
    [InlineData("", "Câu không được để trống.")]
    public void A_rewording_must_keep_the_sentences_numbers_as_written_and_in_order(string edited, string? error)
    {
        var generated = "Tính đến thời điểm báo cáo, đã hoàn thành 03/06 nhiệm vụ của Kế hoạch cải cách hành chính năm 2024, đạt 50%.";
        var result = StatisticalText.CheckRewording(generated, edited);
        if (error is null) Assert.Null(result);
        else Assert.Contains(error, result);
    }

    [Fact]
    public void A_sentence_never_says_dat_dash_and_no_plan_without_tasks()
    {
        var sentences = StatisticalText.For(Commune, Report(("7/6.7.1", 0), ("7/6.7.2", 0), ("1/2.1", 0), ("1/2.2", 0)));
        var dossiers = Assert.Single(sentences);
        Assert.Equal("Tổng số hồ sơ tiếp nhận trong kỳ là 0 hồ sơ, trong đó 0 hồ sơ trực tuyến.", dossiers.Text);
    }

    [Fact]
    public void A_valid_rewording_replaces_the_sentence_and_a_stale_one_is_ignored()
    {
        var report = Report(("1/2.1", 6), ("1/2.2", 3)).WithNarrative("I:ke-hoach", "Đã xong 03/06 nhiệm vụ kế hoạch năm 2024, đạt 50%.");
        Assert.Equal("Đã xong 03/06 nhiệm vụ kế hoạch năm 2024, đạt 50%.", Assert.Single(StatisticalText.For(Commune, report)).Text);
        // The numbers changed since: the rewording no longer holds and the generated sentence comes back.
        var changed = report.With("1/2.2", 4);
        var sentence = Assert.Single(StatisticalText.For(Commune, changed));
        Assert.False(sentence.IsEdited);
        Assert.Contains("04/06", sentence.Text);
    }

    [Fact]
    public void No_sentence_is_written_without_its_numbers() =>
        Assert.Empty(StatisticalText.For(Commune, Report(("1/2.1", 6), ("4/2.1", 20))));
}
