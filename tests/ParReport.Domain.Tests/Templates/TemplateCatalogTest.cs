using ParReport.Domain.Templates;

namespace ParReport.Domain.Tests.Templates;

/// <summary>
/// The shipped templates against the seed forms. Each expected listing is "code unit" per row, transcribed
/// from the seed document named above it; a choice's unit is its options ("Có = 1; Không = 0"), a group
/// without a unit is its code alone.
/// </summary>
public class TemplateCatalogTest
{
    private static readonly TemplateCatalog Catalog = TemplateCatalog.BuiltIn;

    private static string Listing(ReportTemplate template, string form) =>
        string.Join(" | ", template.FindForm(form)!.Indicators.Select(i => $"{i.Code} {i.UnitText}".TrimEnd()));

    [Fact]
    public void Every_shipped_template_loads() =>
        Assert.Equal(["huyen@1", "xa@1", "xa@2"], Catalog.All.Select(t => t.Ref.ToString()).Order());

    [Fact]
    public void Two_versions_of_the_commune_template_coexist_and_the_newest_valid_one_is_current()
    {
        Assert.Equal(1, Catalog.Current("xa", new DateOnly(2022, 6, 9))!.Version);
        Assert.Equal(2, Catalog.Current("xa", new DateOnly(2024, 3, 14))!.Version);
        Assert.Contains(Catalog.Get(new("xa", 1)).Indicators, i => i.Label.Contains("mức độ 3"));
        Assert.DoesNotContain(Catalog.Get(new("xa", 2)).Indicators, i => i.Label.Contains("mức độ 3"));
        Assert.Contains(Catalog.Get(new("xa", 2)).Indicators, i => i.Label.Contains("toàn trình"));
    }

    // Seed: cong-van-de-cuong-bieu-mau-xa-binh-lang-2022.txt, Biểu mẫu 1–7.
    [Theory]
    [InlineData("1", "1 Văn bản | 2 % | 2.1 Nhiệm vụ | 2.2 Nhiệm vụ | 3 | 3.1 Tổ chức | 3.2 Cá nhân | 3.3 % | 3.3.1 Vấn đề | 3.3.2 Vấn đề | 4 | 4.1 Nhiệm vụ | 4.2 Nhiệm vụ | 4.3 Nhiệm vụ | 4.4 Nhiệm vụ | 5 Có = 1; Không = 0 | 5.1 Phiếu | 5.2 Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2 | 6 Không = 0; Có = 1")]
    [InlineData("2", "1 | 1.1 Văn bản | 1.2 Văn bản | 2 | 2.1 Văn bản | 2.2 % | 2.2.1 Văn bản | 2.2.2 Văn bản | 3 | 3.1 Văn bản | 3.2 % | 3.2.1 Văn bản | 3.2.2 Văn bản")]
    [InlineData("3", "1 Thủ tục | 1.1 Thủ tục | 1.2 Thủ tục | 1.3 Thủ tục | 1.4 Thủ tục | 1.4.1 Thủ tục | 1.4.2 Thủ tục | 1.4.3 Thủ tục | 2 | 2.1 Thủ tục | 2.2 Thủ tục | 2.3 Thủ tục | 3 | 3.1 % | 3.1.1 Hồ sơ | 3.1.2 Hồ sơ | 3.2 % | 3.2.1 Hồ sơ | 3.2.2 Hồ sơ | 3.3 % | 3.3.1 Hồ sơ | 3.3.2 Hồ sơ | 3.4 % | 3.4.1 PAKN | 3.4.2 PAKN")]
    [InlineData("4", "1 | 1.1 % | 1.2 Tổ chức | 2 | 2.1 Người | 2.2 Người | 2.3 Người | 2.4 Người | 2.5 % | 3 | 3.1 Người | 3.2 Người | 3.3 Người | 3.4 %")]
    [InlineData("5", "1 | 1.1 Cán bộ, công chức | 1.2 Cán bộ, công chức | 1.3 Cán bộ, công chức | 2 | 2.1 Người | 2.2 Người | 2.3 Người | 3 | 3.1 Người | 3.2 Người")]
    [InlineData("6", "1 % | 1.1 Triệu đồng | 1.2 Triệu đồng | 2 Đơn vị | 2.2 Đơn vị | 2.3 Đơn vị | 2.4 Đơn vị | 2.4.1 Đơn vị | 2.4.2 Đơn vị | 2.4.3 Đơn vị | 2.5 Đơn vị | 2.6 Đơn vị")]
    [InlineData("7", "1 Chưa = 0; Hoàn thành = 1 | 2 Chưa có = 0; 2 cấp = 1; 3 cấp = 2 | 3 % | 4 Chưa = 0; Đang làm = 1; Hoàn thành = 2 | 5 | 5.1 | 5.1.1 % | 5.2 % | 5.2.1 % | 5.3 | 5.3.1 % | 6 | 6.4 % | 6.4.1 Thủ tục | 6.4.2 Thủ tục | 6.4.3 Thủ tục | 6.5 % | 6.5.1 Thủ tục | 6.5.2 Thủ tục | 6.5.3 Thủ tục | 6.6 % | 6.6.1 Thủ tục | 6.6.2 Thủ tục | 6.7 % | 6.7.1 Hồ sơ | 6.7.2 Hồ sơ | 6.8 % | 6.8.1 Thủ tục | 6.8.2 Thủ tục")]
    public void The_commune_template_version_1_matches_the_Binh_Lang_forms(string form, string expected) =>
        Assert.Equal(expected, Listing(Catalog.Get(new("xa", 1)), form));

    // Seed: bao-cao-quy-I-2024-xa-phuong-dinh.txt, Phụ lục 2 (its "3.3.1/3.3.2" under 3.2 and its unnumbered rows numbered here).
    [Theory]
    [InlineData("I", "1 Văn bản | 2 % | 2.1 Nhiệm vụ | 2.2 Nhiệm vụ | 3 | 3.1 Cơ quan, đơn vị | 3.2 Cơ quan, đơn vị | 3.3 % | 3.3.1 Vấn đề | 3.3.2 Vấn đề | 4 | 4.1 Nhiệm vụ | 4.2 Nhiệm vụ | 4.3 Nhiệm vụ | 4.4 Nhiệm vụ | 5 Có = 1; Không = 0 | 5.1 Số lượng | 5.2 Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2 | 6 Không = 0; Có = 1")]
    [InlineData("II", "1 Văn bản | 1.1 Văn bản | 2 | 2.1 Văn bản | 2.2 % | 2.2.1 Văn bản | 2.2.2 Văn bản | 3 | 3.1 Văn bản | 3.2 % | 3.2.1 Văn bản | 3.2.2 Văn bản")]
    [InlineData("III", "1 Thủ tục | 1.1 Thủ tục | 1.2 Thủ tục | 2 | 2.1 Thủ tục | 2.2 Thủ tục | 2.3 Thủ tục | 3 | 3.1 % | 3.1.1 Hồ sơ | 3.1.2 Hồ sơ | 3.2 % | 3.2.1 PAKN | 3.2.2 PAKN")]
    [InlineData("IV", "1 Người | 1.1 Người | 1.2 Người")]
    [InlineData("V", "1 | 1.1 % | 2 | 2.1 % | 2.1.1 Thủ tục | 2.1.2 Thủ tục | 2.1.3 Thủ tục | 2.2 % | 2.2.1 Thủ tục | 2.2.2 Thủ tục | 2.2.3 Thủ tục | 2.3 % | 2.3.1 Thủ tục | 2.3.2 Thủ tục | 2.4 % | 2.4.1 Hồ sơ | 2.4.2 Hồ sơ | 2.5 % | 2.5.1 Thủ tục | 2.5.2 Thủ tục")]
    public void The_commune_template_version_2_matches_the_Phuong_Dinh_appendix(string form, string expected) =>
        Assert.Equal(expected, Listing(Catalog.Get(new("xa", 2)), form));

    // Seed: bao-cao-quy-I-2021-huyen-kbang.txt, Phụ lục ("Trong đó" rows numbered below their total; 1.3.x and 5.4
    // print no unit there and take the unit of the same rows in the commune form).
    [Theory]
    [InlineData("1", "1 | 1.1 | 1.1.1 Nhiệm vụ | 1.1.2 Nhiệm vụ | 1.1.3 Văn bản | 1.2 | 1.2.1 Cơ quan, đơn vị | 1.2.2 Cơ quan, đơn vị | 1.2.3 Vấn đề | 1.2.4 Vấn đề | 1.3 | 1.3.1 Nhiệm vụ | 1.3.2 Nhiệm vụ | 1.3.3 Nhiệm vụ | 1.4 | 1.4.1 Số lượng | 1.4.2 Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2 | 1.5 Không = 0; Có = 1")]
    [InlineData("2", "2 | 2.1 Văn bản | 2.2 Văn bản | 2.3 Văn bản | 2.4 Văn bản | 2.5 Văn bản")]
    [InlineData("3", "3 | 3.1 | 3.1.1 Thủ tục | 3.1.2 Thủ tục | 3.1.3 Thủ tục | 3.1.3.1 Thủ tục | 3.1.3.2 Thủ tục | 3.1.3.3 Thủ tục | 3.2 | 3.2.1 Thủ tục | 3.2.2 Thủ tục | 3.3 | 3.3.1 Thủ tục | 3.3.2 Thủ tục | 3.3.3 % | 3.3.4 % | 3.4 | 3.4.1 % | 3.4.2 % | 3.4.3 % | 3.4.4 % | 3.4.5 % | 3.5 | 3.5.1 Thủ tục | 3.5.2 Thủ tục | 3.5.3 Thủ tục")]
    [InlineData("4", "4 | 4.2 | 4.2.1 Người | 4.2.2 Người | 4.2.3 Người | 4.2.4 Người | 4.2.5 % | 4.3 | 4.3.1 Người | 4.3.2 Người | 4.3.3 Người | 4.3.4 %")]
    [InlineData("5", "5 | 5.1 | 5.1.1 Cơ quan, đơn vị | 5.1.2 Cơ quan, đơn vị | 5.1.3 Cơ quan, đơn vị | 5.2 | 5.2.1 Người | 5.2.2 Người | 5.2.3 Người | 5.2.4 Người | 5.2.5 Người | 5.3 | 5.3.1 Đã thực hiện = 1; Chưa thực hiện = 0 | 5.3.2 Người | 5.3.3 Người | 5.3.4 Người | 5.4 Người | 5.4.1 Người | 5.4.2 Người | 5.4.3 Người | 5.4.4 Người")]
    [InlineData("6", "6 | 6.1 Cơ quan, đơn vị | 6.2 Cơ quan, đơn vị | 6.3 Cơ quan, đơn vị | 6.4 Cơ quan, đơn vị | 6.5 Cơ quan, đơn vị")]
    [InlineData("7", "7 | 7.1 Chưa = 0; Hoàn thành = 1 | 7.2 Chưa có = 0; 2 cấp = 1; 3 cấp = 2 | 7.3 Chưa = 0; Đang làm = 1; Hoàn thành = 2 | 7.4 % | 7.5 Chưa = 0; Đang làm = 1; Hoàn thành = 2 | 7.6 | 7.6.1 | 7.6.1.1 % | 7.6.1.2 % | 7.6.1.3 % | 7.6.2 Văn bản | 7.6.2.1 % | 7.6.2.2 % | 7.7 | 7.7.1 % | 7.7.2 % | 7.7.3 % | 7.8 | 7.8.1 TTHC | 7.8.2 TTHC | 7.8.3 % | 7.8.4 %")]
    public void The_district_template_matches_the_Kbang_appendix(string form, string expected) =>
        Assert.Equal(expected, Listing(Catalog.Get(new("huyen", 1)), form));

    [Fact]
    public void The_commune_outline_has_sections_I_to_V_with_the_six_results_of_section_II()
    {
        var template = Catalog.Get(new("xa", 1));
        Assert.Equal(["I", "II", "III", "IV", "V"], template.Outline.Select(i => i.Code));
        Assert.Equal(["II.1", "II.2", "II.3", "II.4", "II.5", "II.6"], template.Outline[1].Items.Select(i => i.Code));
        Assert.Equal(["III.1", "III.2"], template.Outline[2].Items.Select(i => i.Code));
        Assert.Equal(8, template.OutlineItems.Single(i => i.Code == "II.6").Prompts.Count);
    }

    [Fact]
    public void Each_commune_form_belongs_to_the_field_the_Binh_Lang_directive_assigns_it()
    {
        var template = Catalog.Get(new("xa", 1));
        Assert.Equal(["vp-tk", "tp-ht", "vp-tk", "vp-tk", "vp-tk", "tc-kt", "vh-xh"], template.Forms.Select(f => f.Field));
        Assert.Equal(["Văn phòng – Thống kê", "Tư pháp – Hộ tịch", "Tài chính – Kế toán", "Văn hóa – Xã hội"], template.Fields.Select(f => f.Name));
        Assert.All(template.Forms, f => Assert.Contains(template.OutlineItems, o => o.Code == f.OutlineCode && o.FormCodes.Contains(f.Code)));
    }

    [Fact]
    public void Plan_completion_and_financial_autonomy_are_cumulative_from_the_start_of_the_year()
    {
        var template = Catalog.Get(new("xa", 1));
        Assert.Equal(["1/2", "1/2.1", "1/2.2", "6/2", "6/2.2", "6/2.3", "6/2.4", "6/2.4.1", "6/2.4.2", "6/2.4.3", "6/2.5", "6/2.6"],
            template.Indicators.Where(i => i.Cumulative).Select(i => i.Key));
    }

    [Fact]
    public void Derived_rates_name_their_parts()
    {
        var rate = Catalog.Get(new("xa", 1)).Get("3/3.3");
        Assert.Equal(IndicatorKind.Rate, rate.Kind);
        Assert.Equal(("3.3.2", "3.3.1"), (rate.Numerator, rate.Denominator));
    }
}
