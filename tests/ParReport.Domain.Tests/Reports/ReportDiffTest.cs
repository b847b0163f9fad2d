using System.Collections.Immutable;
using ParReport.Domain.Demo;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Tests.Reports;

public class ReportDiffTest
{
    private static readonly ReportTemplate Commune = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 2));
    private static readonly Report Empty = Report.Empty("an-binh", new ReportingPeriod(2024, PeriodKind.HalfYear), Commune.Ref);

    private static IReadOnlyList<ReportChange> Between(Report older, Report newer) => ReportDiff.Between(Commune, older, newer);

    [Fact]
    public void Identical_reports_have_no_changes()
    {
        var report = (Empty with { Values = PlausibleValues.Generate(Commune, seed: 1) })
            .WithNarrative("I", "UBND xã đã ban hành Kế hoạch cải cách hành chính năm 2024.")
            .WithNarrative("II.2#ton-tai", "Thiếu công chức tư pháp.");
        Assert.Empty(Between(report, report));
        Assert.Empty(Between(report, report with { Values = report.Values.ToImmutableDictionary(), Narratives = report.Narratives.ToImmutableDictionary() }));
    }

    [Fact]
    public void A_changed_value_is_labelled_by_its_form_and_code_and_shown_in_Vietnamese_format()
    {
        var change = Assert.Single(Between(Empty.With("II/1", 1034), Empty.With("II/1", 1287)));
        Assert.Equal(new ReportChange(ReportChangeKind.Value, "II/1", "Biểu II — 1. Tổng số VBQPPL do địa phương ban hành", "1.034", "1.287"), change);
        Assert.False(change.IsAdded);
        Assert.False(change.IsRemoved);
    }

    [Fact]
    public void An_added_value_has_no_old_side_a_removed_one_no_new_side_and_a_choice_shows_its_label()
    {
        var changes = Between(Empty.With("IV/1", 3), Empty.With("IV/1.1", 2).With("I/5", 1));
        Assert.Equal(
        [
            new ReportChange(ReportChangeKind.Value, "I/5", "Biểu I — 5. Khảo sát sự hài lòng của người dân, tổ chức", null, "1 (Có)"),
            new ReportChange(ReportChangeKind.Value, "IV/1", "Biểu IV — 1. Số lượng cán bộ, công chức bị kỷ luật (cả về Đảng và chính quyền)", "3", null),
            new ReportChange(ReportChangeKind.Value, "IV/1.1", "Biểu IV — 1.1. Số cán bộ cấp xã bị kỷ luật", null, "2"),
        ], changes);
        Assert.True(changes[0].IsAdded);
        Assert.True(changes[1].IsRemoved);
    }

    [Fact]
    public void A_value_equal_after_normalisation_is_not_a_change()
    {
        var older = Empty.With("II/1", 12m).With("V/1.1", 99.8m);
        var newer = Empty.With("II/1", 12.00m).With("V/1.1", 99.80m);
        // An empty value is no value, however it came to be stored.
        newer = newer with { Values = newer.Values.SetItem("IV/1", new IndicatorValue(null, "  ")) };
        Assert.Empty(Between(older, newer));
    }

    [Fact]
    public void A_changed_and_a_removed_narrative_are_labelled_by_their_outline_item_and_section()
    {
        var older = Empty.WithNarrative("II.2", "Rà soát 12 TTHC.").WithNarrative("II.2#ton-tai", "Thiếu công chức tư pháp.");
        var newer = Empty.WithNarrative("II.2", "Rà soát 15 TTHC.");
        Assert.Equal(
        [
            new ReportChange(ReportChangeKind.Narrative, "II.2", "Mục II.2. Cải cách thủ tục hành chính (TTHC)", "Rà soát 12 TTHC.", "Rà soát 15 TTHC."),
            new ReportChange(ReportChangeKind.Narrative, "II.2#ton-tai", "Mục II.2. Cải cách thủ tục hành chính (TTHC) — Tồn tại, hạn chế, nguyên nhân",
                "Thiếu công chức tư pháp.", null),
        ], Between(older, newer));
    }

    [Fact]
    public void An_empty_narrative_equals_an_absent_one_and_surrounding_white_space_is_no_change()
    {
        var older = Empty with { Narratives = Empty.Narratives.SetItem("I", "  \n").SetItem("IV", "Đẩy mạnh chuyển đổi số.") };
        var newer = Empty.WithNarrative("IV", "Đẩy mạnh chuyển đổi số.\r\n");
        Assert.Empty(Between(older, newer));
    }

    [Fact]
    public void Narratives_follow_the_outline_with_unknown_keys_last_labelled_by_the_key()
    {
        var newer = Empty.WithNarrative("zz", "?").WithNarrative("V", "Đề xuất bổ sung biên chế.").WithNarrative("I#tich-cuc", "Chỉ đạo sát sao.")
            .WithNarrative("I", "Ban hành kế hoạch.").WithNarrative("III.1", "Hoàn thành kế hoạch.");
        var changes = Between(Empty, newer);
        Assert.Equal(["I", "I#tich-cuc", "III.1", "V", "zz"], changes.Select(c => c.Key));
        Assert.Equal(["Mục I. Công tác chỉ đạo, điều hành cải cách hành chính", "Mục I. Công tác chỉ đạo, điều hành cải cách hành chính — Mặt tích cực",
            "Mục III.1. Mặt tích cực", "Mục V. Kiến nghị, đề xuất", "zz"], changes.Select(c => c.Label));
        Assert.All(changes, c => Assert.Equal(ReportChangeKind.Narrative, c.Kind));
    }

    [Fact]
    public void A_rate_recomputed_from_changed_parts_is_listed_before_its_parts_and_marked_as_computed()
    {
        var older = Empty.With("I/2.1", 30).With("I/2.2", 15);
        var newer = Empty.With("I/2.1", 30).With("I/2.2", 20);
        Assert.Equal(
        [
            new ReportChange(ReportChangeKind.Value, "I/2",
                "Biểu I — 2. Tỷ lệ hoàn thành Kế hoạch CCHC năm (Lũy kế đến thời điểm báo cáo) (tỷ lệ tính tự động)", "50%", "66,7%"),
            new ReportChange(ReportChangeKind.Value, "I/2.2", "Biểu I — 2.2. Số nhiệm vụ đã hoàn thành", "15", "20"),
        ], Between(older, newer));
    }

    [Fact]
    public void A_rate_that_becomes_computable_is_added_and_one_that_shows_the_same_is_not_a_change()
    {
        var rate = Assert.Single(Between(Empty.With("III/3.1.1", 0).With("III/3.1.2", 0), Empty.With("III/3.1.1", 1034).With("III/3.1.2", 1034)),
            c => c.Key == "III/3.1");
        Assert.Equal((null, "100%"), (rate.Old, rate.New));
        // 1/3 and 2/6 are the same rate: only the parts changed.
        Assert.Equal(["I/2.1", "I/2.2"], Between(Empty.With("I/2.1", 3).With("I/2.2", 1), Empty.With("I/2.1", 6).With("I/2.2", 2)).Select(c => c.Key));
    }

    [Fact]
    public void Changes_follow_the_template_order_values_first_then_narratives()
    {
        var newer = (Empty with { Values = PlausibleValues.Generate(Commune, seed: 2) }).WithNarrative("II.1", "Rà soát 12 văn bản.");
        var rates = Derivation.Rates(Commune, newer.Values);
        var expected = Commune.Indicators
            .Where(i => i.Kind == IndicatorKind.Rate ? rates[i.Key] is not null : newer.Values.ContainsKey(i.Key))
            .Select(i => i.Key).Append("II.1");
        var changes = Between(Empty, newer);
        Assert.Equal(expected, changes.Select(c => c.Key));
        Assert.All(changes, c => Assert.Null(c.Old));
        Assert.Equal(ReportChangeKind.Narrative, changes[^1].Kind);
    }

    [Fact]
    public void A_value_the_template_does_not_know_is_listed_after_the_template_under_its_key()
    {
        var changes = Between(Empty.With("I/1", 4), Empty.With("I/1", 4).With("IX/9", 7));
        Assert.Equal(new ReportChange(ReportChangeKind.Value, "IX/9", "IX/9", null, "7"), Assert.Single(changes));
    }

    [Fact]
    public void Reports_of_another_template_cannot_be_compared() =>
        Assert.Throws<ArgumentException>(() => Between(Empty, Empty with { Template = new TemplateRef("xa", 1) }));
}
