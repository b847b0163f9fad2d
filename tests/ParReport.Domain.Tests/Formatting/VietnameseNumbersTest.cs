using ParReport.Domain.Formatting;

namespace ParReport.Domain.Tests.Formatting;

public class VietnameseNumbersTest
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(1034, "1.034")]
    [InlineData(15713, "15.713")]
    [InlineData(1234567, "1.234.567")]
    [InlineData(20.5, "20,5")]
    [InlineData(3.7, "3,7")]
    [InlineData(-1034, "-1.034")]
    public void Numbers_group_thousands_with_dots_and_decimals_with_a_comma(decimal value, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.FormatNumber(value));

    [Theory]
    [InlineData(100, "100%")]
    [InlineData(99.8324958, "99,8%")]
    [InlineData(16.6666667, "16,7%")]
    [InlineData(20.46, "20,5%")]
    [InlineData(50, "50%")]
    [InlineData(0.05, "0,1%")]
    public void Percentages_are_rounded_to_one_decimal_without_a_trailing_zero(decimal value, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.FormatPercent(value));

    [Fact]
    public void A_missing_percentage_is_a_dash() => Assert.Equal("—", VietnameseNumbers.FormatPercent(null));

    [Fact]
    public void Money_is_written_in_millions_of_dong() =>
        Assert.Equal("15.713 triệu đồng", VietnameseNumbers.FormatMoney(15713));

    [Theory]
    [InlineData(1, "01")]
    [InlineData(3, "03")]
    [InlineData(0, "00")]
    [InlineData(10, "10")]
    [InlineData(1034, "1.034")]
    public void Small_counts_in_narrative_take_a_leading_zero(decimal value, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.FormatCountTwoDigits(value));

    [Theory]
    [InlineData("1.034", 1034)]
    [InlineData("1034", 1034)]
    [InlineData(" 1.234.567 ", 1234567)]
    [InlineData("01", 1)]
    [InlineData("99,8", 99.8)]
    [InlineData("99,8%", 99.8)]
    [InlineData("16,67 %", 16.67)]
    [InlineData("-3", -3)]
    [InlineData("15.713,5", 15713.5)]
    public void Typed_numbers_are_read_the_Vietnamese_way(string text, decimal expected)
    {
        var result = VietnameseNumbers.Parse(text);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("21.88", "dấu chấm")]
    [InlineData("1.03", "dấu chấm")]
    [InlineData("1,2,3", "dấu phẩy")]
    [InlineData("abc", "không phải là một số")]
    [InlineData("12,", "không phải là một số")]
    [InlineData("", "Chưa nhập số")]
    public void Ambiguous_or_malformed_numbers_are_refused_with_a_reason(string text, string reason)
    {
        var result = VietnameseNumbers.Parse(text);
        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        Assert.Contains(reason, result.Error);
    }

    [Theory]
    [InlineData(1034)]
    [InlineData(99.8)]
    [InlineData(15713.25)]
    public void Formatting_then_parsing_gives_the_number_back(decimal value) =>
        Assert.Equal(value, VietnameseNumbers.Parse(VietnameseNumbers.FormatNumber(value)).Value);
}
