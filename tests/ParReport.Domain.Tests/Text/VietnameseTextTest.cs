using ParReport.Domain.Text;

namespace ParReport.Domain.Tests.Text;

public class VietnameseTextTest
{
    [Theory]
    [InlineData("Đông Lạc", "dong lac")]
    [InlineData("  Mã   cấp trên ", "ma cap tren")]
    [InlineData("NGÀY TIẾP NHẬN", "ngay tiep nhan")]
    [InlineData("Hồ sơ", "ho so")]
    public void Folding_drops_case_diacritics_and_extra_spaces(string text, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(text));
}
