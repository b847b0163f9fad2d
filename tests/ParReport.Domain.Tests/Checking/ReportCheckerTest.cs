using ParReport.Domain.Checking;
using ParReport.Domain.Periods;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Tests.Checking;

public class ReportCheckerTest
{
    private static CheckResult Check(string seed) => ReportChecker.Check(Seeds.Lines(seed), TemplateCatalog.BuiltIn);

    private static Finding Single(CheckResult result, string quote, string why) =>
        Assert.Single(result.Findings, f => f.Quote == quote && f.Why.Contains(why));

    [Fact]
    public void Phuong_Dinh_is_read_as_a_commune_report_of_quarter_one_2024_on_template_version_2()
    {
        var result = Check(Seeds.PhuongDinh);
        Assert.Equal(new TemplateRef("xa", 2), result.Template);
        Assert.Equal("quý I năm 2024", result.Period!.Label);
        Assert.Equal(68, result.MatchedRows);
        Assert.Equal(new CutOffWindow(new DateOnly(2023, 12, 15), new DateOnly(2024, 3, 7)), result.StatedWindow);
    }

    [Fact]
    public void The_Binh_Lang_directive_states_its_overridden_window_in_words()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "seeds", "cong-van-de-cuong-bieu-mau-xa-binh-lang-2022.txt")).Select((l, i) => new DocumentLine(i + 1, l)).ToList();
        var result = ReportChecker.Check(lines, TemplateCatalog.BuiltIn);
        Assert.Equal(new CutOffWindow(new DateOnly(2021, 12, 10), new DateOnly(2022, 6, 9)), result.StatedWindow);
        Assert.Equal(new TemplateRef("xa", 1), result.Template);
    }

    [Fact]
    public void Channels_or_timings_stated_with_their_whole_in_one_sentence_may_not_add_up_to_more_than_it()
    {
        // A report of no seed's wording: 180 + 80 = 260 received of 250; 230 + 5 = 235 of 240 resolved is possible.
        string[] text =
        [
            "ỦY BAN NHÂN DÂN XÃ ĐÔNG HẢI",
            "BÁO CÁO Kết quả công tác cải cách hành chính quý I năm 2025",
            "I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
            "Tổng số hồ sơ tiếp nhận là 250 hồ sơ, trong đó: tiếp nhận trực tuyến 180 hồ sơ; tiếp nhận trực tiếp 80 hồ sơ.",
            "Số hồ sơ đã giải quyết là 240 hồ sơ, trong đó: giải quyết đúng hạn 230 hồ sơ; trễ hạn 5 hồ sơ.",
            "Đã giải quyết 100 hồ sơ, trong đó trước hạn 60 hồ sơ, đúng hạn 30 hồ sơ, trễ hạn 20 hồ sơ.",
        ];

        var findings = ReportChecker.Check(text.Select((t, i) => new DocumentLine(i + 1, t)).ToList(), TemplateCatalog.BuiltIn).Findings
            .Where(f => f.Why.Contains("không thể lớn hơn tổng số")).ToList();

        Assert.Equal([4, 6], findings.Select(f => f.Line));
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.StartsWith("Các phần không trùng nhau số hồ sơ tiếp nhận trực tuyến (180) + số hồ sơ tiếp nhận trực tiếp (80) = 260 lớn hơn số hồ sơ tiếp nhận (250)", findings[0].Why);
        Assert.Equal("≥ 260", findings[0].Expected);
        Assert.Contains("= 110", findings[1].Why);
    }

    [Fact]
    public void Without_an_appendix_a_rate_in_the_text_is_held_to_the_texts_own_counts()
    {
        string[] text =
        [
            "ỦY BAN NHÂN DÂN XÃ ĐÔNG HẢI",
            "BÁO CÁO Kết quả công tác cải cách hành chính quý I năm 2025",
            "I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
            "Số hồ sơ đã giải quyết là 240 hồ sơ, trong đó: giải quyết trước hạn 30 hồ sơ; đúng hạn 200 hồ sơ; trễ hạn 10 hồ sơ.",
            "Tỷ lệ giải quyết đúng hạn đạt 92%.",
            "Tỷ lệ hồ sơ đúng hạn đạt 96%.",
        ];

        var findings = ReportChecker.Check(text.Select((t, i) => new DocumentLine(i + 1, t)).ToList(), TemplateCatalog.BuiltIn).Findings
            .Where(f => f.Why.Contains("chính các số nó nêu")).ToList();

        // (30 + 200) / 240 = 95,8 %: 92 % is wrong, 96 % is it at the text's precision.
        var finding = Assert.Single(findings);
        Assert.Equal(5, finding.Line);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("96%", finding.Expected);
        Assert.Contains("230 trên 240", finding.Why);
    }

    [Fact]
    public void Disjoint_parts_over_their_whole_and_a_survey_without_forms_are_errors_in_an_existing_report()
    {
        // Phương Định with its tasks 4.1–4.4 and its survey changed: 20 + 20 + 16 = 56 tasks of 29, "Có" with 0 forms.
        var changed = new Dictionary<string, string>
        {
            ["4.1\tTổng số nhiệm vụ được giao\tNhiệm vụ\t0\t"] = "4.1\tTổng số nhiệm vụ được giao\tNhiệm vụ\t29\t",
            ["4.2\tSố nhiệm vụ đã hoàn thành đúng hạn\tNhiệm vụ\t0\t"] = "4.2\tSố nhiệm vụ đã hoàn thành đúng hạn\tNhiệm vụ\t20\t",
            ["4.3\tSố nhiệm vụ đã hoàn thành nhưng quá hạn\tNhiệm vụ\t0\t"] = "4.3\tSố nhiệm vụ đã hoàn thành nhưng quá hạn\tNhiệm vụ\t20\t",
            ["4.4\tSố nhiệm vụ quá hạn nhưng chưa hoàn thành\tNhiệm vụ\t0\t"] = "4.4\tSố nhiệm vụ quá hạn nhưng chưa hoàn thành\tNhiệm vụ\t16\t",
            ["5.1\tSố lượng phiếu khảo sát\tSố lượng\t1.034\t"] = "5.1\tSố lượng phiếu khảo sát\tSố lượng\t0\t",
        };
        var lines = Seeds.Lines(Seeds.PhuongDinh).Select(l => changed.TryGetValue(l.Text, out var text) ? l with { Text = text } : l).ToList();
        Assert.Equal(5, lines.Count(l => changed.ContainsValue(l.Text)));

        var findings = ReportChecker.Check(lines, TemplateCatalog.BuiltIn).Findings;
        Assert.Contains(findings, f => f.Severity == Severity.Error && f.Why.StartsWith("Các chỉ tiêu 4.2 (20) + 4.3 (20) + 4.4 (16) = 56 là các phần không trùng nhau của chỉ tiêu 4.1"));
        Assert.Contains(findings, f => f.Severity == Severity.Error && f.Why.Contains("chọn «Có» nhưng chỉ tiêu 5.1 «Số lượng phiếu khảo sát» là 0"));
        Assert.DoesNotContain(Check(Seeds.PhuongDinh).Findings, f => f.Why.Contains("không trùng nhau") || f.Why.Contains("chọn «"));
    }

    [Theory]
    [InlineData("Kết quả thực hiện công tác cải cách hành chính năm 2024", "Thực hiện Kế hoạch, UBND xã báo cáo kết quả CCHC quý I năm 2024 như sau:", "quý I năm 2024")]
    [InlineData("Kết quả công tác cải cách hành chính", "quý I năm 2024", "quý I năm 2024")]
    [InlineData("Kết quả công tác cải cách hành chính năm 2024", "Thực hiện Kế hoạch số 12/KH-UBND ngày 10 tháng 1 năm 2024, UBND xã báo cáo như sau:", "năm 2024")]
    [InlineData("Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024", "Thực hiện Kế hoạch CCHC năm 2024, UBND xã báo cáo như sau:", "6 tháng đầu năm 2024")]
    public void The_period_is_read_from_the_title_and_the_opening_a_quarter_before_its_bare_year(string title, string opening, string period)
    {
        var lines = new[] { "Số: 1/BC-UBND", "An Bình, ngày 20 tháng 3 năm 2024", "BÁO CÁO", title, opening, "I. CÔNG TÁC CHỈ ĐẠO" }
            .Select((t, i) => new DocumentLine(i + 1, t)).ToList();
        Assert.Equal(period, ReportReader.Read(lines).Period!.Label);
    }

    [Theory]
    [InlineData("Tổng biên chế được giao là 12 công chức.", "Biên chế được giao 10 người hoạt động không chuyên trách.", false)]
    [InlineData("Tổng biên chế được giao là 12 cán bộ, công chức.", "Trong đó biên chế được giao là 5 cán bộ.", false)]
    [InlineData("Tổng biên chế được giao là 12 công chức.", "Biên chế được giao là 11 công chức.", true)]
    public void Figures_are_compared_only_when_they_count_the_same_subject(string first, string second, bool inconsistent)
    {
        var lines = new[] { "BÁO CÁO", "Kết quả công tác cải cách hành chính quý I năm 2024", "II. KẾT QUẢ THỰC HIỆN", "4. Cải cách chế độ công vụ", first, second }
            .Select((t, i) => new DocumentLine(i + 1, t)).ToList();
        var findings = ReportChecker.Check(lines, TemplateCatalog.BuiltIn).Findings;
        Assert.Equal(inconsistent, findings.Any(f => f.Quote.Contains("biên chế được giao", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void A_report_signed_before_its_stated_cut_off_is_warned()
    {
        var lines = new[] { "Số: 1/BC-UBND", "An Bình, ngày 01 tháng 3 năm 2024", "BÁO CÁO", "Kết quả công tác cải cách hành chính quý I năm 2024",
            "I. CÔNG TÁC CHỈ ĐẠO", "Số liệu tính từ ngày 15/12/2023 đến ngày 14/03/2024." }.Select((t, i) => new DocumentLine(i + 1, t)).ToList();
        var finding = Assert.Single(ReportChecker.Check(lines, TemplateCatalog.BuiltIn).Findings);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("trước ngày chốt số liệu 14/03/2024", finding.Why);
    }

    [Fact]
    public void Phuong_Dinh_on_time_rate_leaves_out_the_717_early_resolutions()
    {
        var finding = Single(Check(Seeds.PhuongDinh), "317/1.034 = 31%", "bỏ sót 717 hồ sơ giải quyết trước hạn");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("(717 + 317)/1.034 = 100%", finding.Expected);
        Assert.StartsWith("phụ lục, mục 3.1", finding.Location);
    }

    [Fact]
    public void Phuong_Dinh_online_dossiers_of_II_6_contradict_the_1034_of_II_2()
    {
        var findings = Check(Seeds.PhuongDinh).Findings.Where(f => f.Quote == "hồ sơ trực tuyến đã tiếp nhận và giải quyết là 1.287/1.363 hồ sơ").ToList();
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal("mục II.6", f.Location));
        Assert.All(findings, f => Assert.Equal("1.034", f.Expected));
        Assert.Contains(findings, f => f.Why.Contains("số hồ sơ tiếp nhận trực tuyến") && f.Why.Contains("mục II.2"));
        Assert.Contains(findings, f => f.Why.Contains("số hồ sơ tiếp nhận)"));
    }

    [Theory]
    [InlineData("27/101 =26%", "27%", "27/27 = 100%", "2.1.2", "2.1.1")]
    [InlineData("74/101 =74%", "73%", "74/74 = 100%", "2.2.2", "2.2.1")]
    public void Phuong_Dinh_online_service_rates_disagree_with_their_parts_and_their_rounding(string quote, string rounded, string fromParts, string numerator, string denominator)
    {
        var result = Check(Seeds.PhuongDinh);
        Assert.Equal(rounded, Single(result, quote, "làm tròn").Expected);
        var parts = Single(result, quote, "theo mẫu phải là");
        Assert.Equal(fromParts, parts.Expected);
        Assert.Contains($"chỉ tiêu {numerator}", parts.Why);
        Assert.Contains($"chỉ tiêu {denominator}", parts.Why);
    }

    [Fact]
    public void Phuong_Dinh_text_claims_100_percent_on_time_against_the_appendixs_317_of_1034()
    {
        var finding = Assert.Single(Check(Seeds.PhuongDinh).Findings, f => f.Why.StartsWith("Văn bản nêu 100%"));
        Assert.Equal("mục III.1", finding.Location);
        Assert.Equal("31%", finding.Expected);
        Assert.Contains("317/1.034", finding.Why);
        Assert.StartsWith("trước hạn và đúng hạn", finding.Quote);
    }

    [Fact]
    public void Phuong_Dinh_complaints_numbered_3_3_x_under_3_2_are_a_numbering_warning()
    {
        var finding = Single(Check(Seeds.PhuongDinh), "3.3.1", "không có mục cha 3.3");
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Phuong_Dinh_correct_rates_raise_no_alarm()
    {
        var quotes = Check(Seeds.PhuongDinh).Findings.Select(f => f.Quote).ToList();
        Assert.DoesNotContain("16,67%", quotes);
        Assert.DoesNotContain("184/184= 100%", quotes);
        Assert.DoesNotContain("1.034/1.034 = 100%", quotes);
    }

    [Fact]
    public void Kbang_is_read_as_a_district_report_of_quarter_one_2021()
    {
        var result = Check(Seeds.Kbang);
        Assert.Equal(new TemplateRef("huyen", 1), result.Template);
        Assert.Equal("84/BC-UBND", result.DocumentNumber);
        Assert.Equal(new DateOnly(2020, 3, 10), result.Date);
        Assert.Equal("quý I năm 2021", result.Period!.Label);
    }

    [Fact]
    public void Kbang_is_dated_a_year_before_its_own_period()
    {
        var result = Check(Seeds.Kbang);
        var beforePeriod = Single(result, "ngày 10 tháng 3 năm 2020", "trước khi kỳ báo cáo bắt đầu (ngày 15/12/2020)");
        Assert.Equal(5, beforePeriod.Line);
        var againstAppendix = Single(result, "ngày 10 tháng 3 năm 2020", "ngày 10/3/2021");
        Assert.Equal("ngày 10 tháng 3 năm 2021", againstAppendix.Expected);
    }

    [Fact]
    public void Kbang_states_314_district_procedures_in_the_text_and_315_in_the_appendix()
    {
        var finding = Single(Check(Seeds.Kbang), "cấp huyện có 314 TTHC", "số TTHC cấp huyện");
        Assert.Equal("315", finding.Expected);
        Assert.Equal("mục II.2", finding.Location);
        Assert.Contains("Số TTHC cấp huyện", finding.Why);
    }

    [Fact]
    public void Kbang_coded_choice_1_2_is_not_one_of_its_options()
    {
        var finding = Single(Check(Seeds.Kbang), "1 2", "lựa chọn mã hóa");
        Assert.Equal("một trong các mã: Chưa = 0; Hoàn thành = 1", finding.Expected);
        Assert.StartsWith("phụ lục, mục 7.1", finding.Location);
    }

    [Fact]
    public void Kbang_repeats_section_III()
    {
        var finding = Single(Check(Seeds.Kbang), "III. PHƯƠNG HƯỚNG, NHIỆM VỤ CCHC TRONG QUÝ II NĂM 2021", "đã dùng");
        Assert.Equal("mục IV", finding.Expected);
    }

    [Fact]
    public void Kbang_ambiguous_21_88_is_flagged_not_guessed() =>
        Assert.Equal(Severity.Warning, Single(Check(Seeds.Kbang), "21.88", "Không đọc được").Severity);

    [Fact]
    public void A_number_grouped_with_a_comma_is_flagged_as_misread()
    {
        var lines = new[] { "BÁO CÁO", "Kết quả công tác cải cách hành chính quý I năm 2024", "Phụ lục",
            "STT\tChỉ tiêu thống kê\tĐơn vị tính\tSố liệu\tGhi chú", "III\tCẢI CÁCH TTHC\t\t\t",
            "3.1.1\tTổng số hồ sơ TTHC đã giải quyết xong\tHồ sơ\t1,034\t" }.Select((t, i) => new DocumentLine(i + 1, t)).ToList();
        var finding = Assert.Single(ReportChecker.Check(lines, TemplateCatalog.BuiltIn).Findings, f => f.Quote == "1,034");
        Assert.Equal(("1,034", "1.034", Severity.Warning), (finding.Quote, finding.Expected, finding.Severity));
    }

    [Fact]
    public void A_part_greater_than_its_whole_in_the_text_is_an_error()
    {
        var lines = new[] { "BÁO CÁO", "Kết quả công tác cải cách hành chính năm 2024", "I. CÔNG TÁC CHỈ ĐẠO", "Đã hoàn thành 88/8 nhiệm vụ, ngày 15/12/2024." }
            .Select((t, i) => new DocumentLine(i + 1, t)).ToList();
        var finding = Assert.Single(ReportChecker.Check(lines, TemplateCatalog.BuiltIn).Findings, f => f.Quote == "88/8");
        Assert.Equal("mục I", finding.Location);
        Assert.Equal(4, finding.Line);
    }

    [Fact]
    public void A_percentage_stated_after_its_parts_must_agree_with_them()
    {
        var lines = new[] { "BÁO CÁO", "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024", "I. KẾT QUẢ",
            "Tổng số hồ sơ tiếp nhận trong kỳ là 597 hồ sơ, trong đó 596 hồ sơ trực tuyến, đạt 98%.",
            "Đã hoàn thành 03/06 nhiệm vụ, đạt 50%." }.Select((t, i) => new DocumentLine(i + 1, t)).ToList();
        var finding = Assert.Single(ReportChecker.Check(lines, TemplateCatalog.BuiltIn).Findings);
        Assert.Equal(4, finding.Line);
        Assert.Equal("100%", finding.Expected);
        Assert.Contains("596/597", finding.Why);
    }

    [Fact]
    public void Days_and_shares_of_a_quantity_are_not_taken_for_contradictions()
    {
        var lines = new[] { "BÁO CÁO", "Kết quả công tác cải cách hành chính quý I năm 2024", "I. KẾT QUẢ",
            "Ngày 29/12, UBND xã ban hành kế hoạch; số liệu tính từ 15/12 đến 14/3; tổng đài hỗ trợ 24/7.",
            "Đã tiếp nhận 1.034 hồ sơ, lĩnh vực Tư pháp tiếp nhận 985 hồ sơ; thanh toán trực tuyến 278 hồ sơ.",
            "Trong đó 300 hồ sơ trực tuyến một phần và 296 hồ sơ trực tuyến toàn trình.",
            "Đã hoàn thành 03/06 nhiệm vụ, 03 nhiệm vụ còn lại đạt 80% khối lượng." }.Select((t, i) => new DocumentLine(i + 1, t)).ToList();
        Assert.Empty(ReportChecker.Check(lines, TemplateCatalog.BuiltIn).Findings);
    }

    [Fact]
    public void The_total_row_of_the_dossier_table_is_the_sum_of_its_fields()
    {
        var lines = new[]
        {
            "BÁO CÁO", "Công tác cải cách hành chính 6 tháng đầu năm 2024", "I. KẾT QUẢ",
            "1\tTư pháp\t100\t60\t40\t0\t90\t50\t40\t0\t10\t10\t0",
            "2\tĐất đai\t30\t10\t20\t0\t20\t5\t15\t0\t10\t10\t0",
            "\tTổng cộng\t140\t70\t60\t0\t110\t55\t55\t0\t20\t20\t0",
        }.Select((t, i) => new DocumentLine(i + 1, t)).ToList();
        var findings = ReportChecker.Check(lines, TemplateCatalog.BuiltIn).Findings;
        Assert.Contains(findings, f => f.Line == 6 && f.Why == "Cột (3) của dòng tổng là 140 nhưng tổng các lĩnh vực là 130." && f.Expected == "130");
        Assert.Contains(findings, f => f.Line == 6 && f.Why.Contains("(3) = (4) + (5) + (6)"));
    }

    [Fact]
    public void The_dossier_table_by_field_must_satisfy_its_identities()
    {
        var lines = new[]
        {
            "BÁO CÁO", "Công tác cải cách hành chính 6 tháng đầu năm 2024", "I. KẾT QUẢ",
            "1\tTư pháp\t598\t596\t1\t1\t593\t593\t0\t0\t5\t5\t0",
            "2\tĐất đai\t10\t8\t1\t0\t7\t5\t2\t0\t3\t2\t1",
        }.Select((t, i) => new DocumentLine(i + 1, t)).ToList();
        var finding = Assert.Single(ReportChecker.Check(lines, TemplateCatalog.BuiltIn).Findings);
        Assert.Equal(5, finding.Line);
        Assert.Contains("(3) = (4) + (5) + (6)", finding.Why);
        Assert.Equal("9", finding.Expected);
    }
}
