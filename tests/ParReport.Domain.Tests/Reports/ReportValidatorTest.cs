using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Tests.Reports;

public class ReportValidatorTest
{
    private static readonly ReportTemplate Commune = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 1));

    private static ValidationResult Validate(params (string Key, decimal Value)[] values) =>
        ReportValidator.Validate(Commune, values.ToDictionary(v => v.Key, v => IndicatorValue.Of(v.Value)));

    [Fact]
    public void A_consistent_report_has_no_violations() =>
        Assert.True(Validate(("1/2.1", 6), ("1/2.2", 3), ("3/3.3.1", 1034), ("3/3.3.2", 1034), ("1/5", 1), ("6/1.1", 15713), ("6/1.2", 3215)).IsValid);

    [Fact]
    public void Tasks_done_cannot_exceed_tasks_set()
    {
        var violation = Assert.Single(Validate(("1/2.1", 8), ("1/2.2", 88)).Violations);
        Assert.Equal(ViolationKind.PartExceedsWhole, violation.Kind);
        Assert.Equal(["1/2.2", "1/2.1"], violation.Keys);
        Assert.Equal("Chỉ tiêu 2.2 «Số nhiệm vụ đã hoàn thành» (88) lớn hơn chỉ tiêu 2.1 «Số nhiệm vụ đề ra trong kế hoạch» (8) "
            + "trong biểu mẫu 1: phần không thể vượt quá tổng.", violation.Message);
    }

    [Fact]
    public void Dossiers_resolved_on_time_cannot_exceed_dossiers_resolved()
    {
        var violation = Assert.Single(Validate(("3/3.3.1", 1034), ("3/3.3.2", 1287)).Violations);
        Assert.Contains("3.3.2", violation.Message);
        Assert.Contains("(1.287)", violation.Message);
        Assert.Contains("(1.034)", violation.Message);
    }

    [Fact]
    public void Parts_that_partition_a_whole_must_sum_to_it()
    {
        var violation = Assert.Single(Validate(("3/1.4", 101), ("3/1.4.1", 0), ("3/1.4.2", 0), ("3/1.4.3", 100)).Violations);
        Assert.Equal(ViolationKind.PartsDoNotSum, violation.Kind);
        Assert.Equal("Chỉ tiêu 1.4 «Tổng số TTHC thuộc thẩm quyền giải quyết tại địa phương» là 101 nhưng tổng các chỉ tiêu thành phần "
            + "1.4.1 (0) + 1.4.2 (0) + 1.4.3 (100) = 100 (biểu mẫu 3).", violation.Message);
    }

    [Fact]
    public void Partly_entered_parts_may_not_already_exceed_the_whole()
    {
        var violation = Assert.Single(Validate(("6/2", 5), ("6/2.2", 4), ("6/2.3", 3)).Violations);
        Assert.Equal(ViolationKind.PartExceedsWhole, violation.Kind);
        Assert.Contains("= 7", violation.Message);
    }

    [Fact]
    public void Partly_entered_parts_within_the_whole_are_fine() =>
        Assert.True(Validate(("6/2", 5), ("6/2.2", 4)).IsValid);

    [Fact]
    public void Nested_partitions_are_checked_at_each_level()
    {
        var result = Validate(("6/2", 3), ("6/2.2", 0), ("6/2.3", 0), ("6/2.4", 2), ("6/2.5", 1), ("6/2.4.1", 1), ("6/2.4.2", 0), ("6/2.4.3", 0));
        var violation = Assert.Single(result.Violations);
        Assert.Equal(["6/2.4", "6/2.4.1", "6/2.4.2", "6/2.4.3"], violation.Keys);
    }

    [Fact]
    public void A_choice_must_be_one_of_its_options()
    {
        var violation = Assert.Single(Validate(("1/5.2", 3)).Violations);
        Assert.Equal(ViolationKind.NotAnOption, violation.Kind);
        Assert.Equal("Giá trị 3 của chỉ tiêu 5.2 «Hình thức khảo sát» (biểu mẫu 1) không phải là một lựa chọn hợp lệ; "
            + "chỉ nhận: Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2.", violation.Message);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2.5)]
    public void Counts_are_non_negative_whole_numbers(decimal value)
    {
        var violation = Assert.Single(Validate(("1/1", value)).Violations);
        Assert.Equal(ViolationKind.NotACount, violation.Kind);
        Assert.Contains("số nguyên không âm (Văn bản)", violation.Message);
    }

    [Fact]
    public void Money_may_have_decimals_but_not_be_negative()
    {
        Assert.True(Validate(("6/1.1", 15713.5m)).IsValid);
        Assert.Equal(ViolationKind.NegativeMoney, Assert.Single(Validate(("6/1.1", -1)).Violations).Kind);
    }

    [Fact]
    public void An_entered_percentage_stays_within_0_and_100() =>
        Assert.Equal(ViolationKind.PercentOutOfRange, Assert.Single(Validate(("4/1.1", 101)).Violations).Kind);

    [Fact]
    public void A_derived_rate_cannot_be_typed_in()
    {
        var violation = Assert.Single(Validate(("1/2", 31)).Violations);
        Assert.Equal(ViolationKind.NotEnterable, violation.Kind);
        Assert.Contains("tính tự động từ chỉ tiêu 2.2 và 2.1", violation.Message);
    }

    [Fact]
    public void A_value_for_an_unknown_indicator_is_reported() =>
        Assert.Equal(ViolationKind.UnknownIndicator, Assert.Single(Validate(("9/1", 1)).Violations).Kind);

    [Fact]
    public void Violations_can_be_listed_per_field()
    {
        var result = Validate(("1/2.1", 8), ("1/2.2", 88), ("1/5.2", 3));
        Assert.Single(result.For("1/2.2"));
        Assert.Single(result.For("1/5.2"));
        Assert.Empty(result.For("1/1"));
    }
}
