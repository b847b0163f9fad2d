using ParReport.Domain.Checking;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Tests.Checking;

/// <summary>An appendix on a province's own form: one summary finding, and its rows checked by the template inferred from them.</summary>
public class OwnFormTest
{
    private static IReadOnlyList<Finding> Check(params string[] appendix) =>
        ReportChecker.Check(new[] { "BÁO CÁO", "Kết quả công tác cải cách hành chính quý I năm 2024", "PHỤ LỤC", "STT\tChỉ tiêu\tĐơn vị tính\tSố liệu\tGhi chú" }
            .Concat(appendix).Select((t, i) => new DocumentLine(i + 1, t)).ToList(), TemplateCatalog.BuiltIn).Findings;

    [Fact]
    public void Rates_are_recomputed_from_their_children_and_parts_kept_under_their_whole_with_one_summary_finding()
    {
        var findings = Check(
            "1\tCông tác tuyên truyền về cải cách hành chính\t\t\t",
            "1.1\tTỷ lệ hội nghị tuyên truyền đã tổ chức\t%\t90%\t",
            "1.1.1\tTổng số hội nghị tuyên truyền theo kế hoạch\tHội nghị\t10\t",
            "1.1.2\tSố hội nghị tuyên truyền đã tổ chức\tHội nghị\t8\t",
            "2\tTổng số tin bài về cải cách hành chính\tTin bài\t20\t",
            "2.1\tSố tin bài đăng trên trang thông tin điện tử của xã\tTin bài\t25\t",
            "2.2\tSố tin bài phát trên đài truyền thanh của xã\tTin bài\t12\t");

        Assert.Single(findings, f => f.Why.Contains("/7 dòng theo mẫu riêng"));
        Assert.Single(findings, f => f.Severity == Severity.Error && f.Expected == "80%" && f.Why.StartsWith("Tỷ lệ 1.1 = chỉ tiêu 1.1.2 (8) / chỉ tiêu 1.1.1 (10)"));
        Assert.Single(findings, f => f.Severity == Severity.Error && f.Why.StartsWith("Chỉ tiêu 2.1 «Số tin bài đăng trên trang thông tin điện tử của xã» (25) lớn hơn chỉ tiêu 2"));
        Assert.DoesNotContain(findings, f => f.Quote == "12");
    }

    [Fact]
    public void A_choice_by_its_unit_takes_one_of_its_codes_and_yes_needs_something_counted_under_it()
    {
        var findings = Check(
            "1\tTổ chức hội nghị đối thoại với doanh nghiệp\tCó = 1; Không = 0\t1\t",
            "1.1\tSố doanh nghiệp tham dự đối thoại\tDoanh nghiệp\t0\t",
            "2\tThành lập tổ công nghệ số cộng đồng\tCó = 1; Không = 0\t2\t",
            "3\tTổng số tin bài về cải cách hành chính\tTin bài\t20\t",
            "3.1\tSố tin bài đăng trên trang thông tin điện tử của xã\tTin bài\t15\t");
        Assert.Single(findings, f => f.Severity == Severity.Error && f.Why.StartsWith("Chỉ tiêu 1 «Tổ chức hội nghị đối thoại với doanh nghiệp» chọn «Có» nhưng chỉ tiêu 1.1"));
        Assert.Single(findings, f => f.Severity == Severity.Error && f.Expected == "một trong các mã: Có = 1; Không = 0" && f.Quote == "2");
    }

    [Fact]
    public void A_consistent_appendix_on_its_own_form_has_no_error()
    {
        var findings = Check(
            "1\tTỷ lệ hội nghị tuyên truyền đã tổ chức\t%\t80%\t",
            "1.1\tTổng số hội nghị tuyên truyền theo kế hoạch\tHội nghị\t10\t",
            "1.2\tSố hội nghị tuyên truyền đã tổ chức\tHội nghị\t8\t",
            "2\tTổng số tin bài về cải cách hành chính\tTin bài\t20\t",
            "2.1\tSố tin bài đăng trên trang thông tin điện tử của xã\tTin bài\t15\t");
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Error);
    }
}
