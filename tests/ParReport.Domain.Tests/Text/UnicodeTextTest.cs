using System.Text;
using System.Text.RegularExpressions;
using ParReport.Domain.Text;

namespace ParReport.Domain.Tests.Text;

/// <summary>Text from a file or a paste may hold what .NET refuses to normalise: a lone surrogate, U+FFFE.</summary>
public class UnicodeTextTest
{
    // Escaped in the attributes: a lone surrogate does not survive being stored in an attribute's metadata.
    [Theory]
    [InlineData(@"a\uFFFEb", @"a\uFFFDb")]
    [InlineData(@"x\uD800y", @"x\uFFFDy")]
    [InlineData(@"\uDC00", @"\uFFFD")]
    [InlineData(@"e\u0301\uD83D", @"\u00E9\uFFFD")]
    [InlineData(@"ok \uD83D\uDE00", @"ok \uD83D\uDE00")]
    public void Normalising_replaces_what_cannot_be_normalised_and_keeps_the_rest(string text, string expected) =>
        Assert.Equal(Regex.Unescape(expected), UnicodeText.Normalize(Regex.Unescape(text), NormalizationForm.FormC));

    [Fact]
    public void Folding_and_folding_in_place_accept_lone_surrogates_and_U_FFFE_and_keep_positions()
    {
        Assert.Equal("dat dai \uFFFD\uFFFD", VietnameseText.Fold("Đất đai \uFFFE\uD800"));
        var text = "Mã \uDC00hồ sơ\uFFFE";
        Assert.Equal(text.Length, VietnameseText.FoldInPlace(text).Length);
        Assert.Equal("ma \uFFFDho so\uFFFD", VietnameseText.FoldInPlace(text));
    }

    [Fact]
    public void Typed_text_drops_lone_surrogates_noncharacters_controls_and_bidirectional_overrides()
    {
        Assert.Equal("Xã An Bình 12", TypedText.Clean("X\u00E3 An\uD800 B\u0131nh".Replace("\u0131", "i\u0300") + "\uFFFE \u202E1\u202C\u20662\u2069\u0007"));
        Assert.Equal("dòng 1\ndòng 2\tô", TypedText.Clean("dòng 1\r\ndòng 2\tô\uDFFF"));
    }
}
