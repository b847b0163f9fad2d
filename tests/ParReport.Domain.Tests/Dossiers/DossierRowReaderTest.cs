using ParReport.Domain.Dossiers;
using ParReport.Domain.Text;

namespace ParReport.Domain.Tests.Dossiers;

/// <summary>The columns and values of one-stop exports as different systems word them, read by meaning.</summary>
public class DossierRowReaderTest
{
    private static readonly string[] Headers = ["Mã biên nhận", "Lĩnh vực", "Ngày nhận hồ sơ", "Thời hạn giải quyết", "Ngày trả kết quả", "Kênh tiếp nhận", "Thanh toán trực tuyến", "Phí, lệ phí"];

    private static (Dossier? Dossier, IReadOnlyList<RowError> Errors) Read(string received = "05/02/2024", string deadline = "", string resolved = "",
        string channel = "Trực tuyến", string paid = "", string fee = "")
    {
        var (columns, missing) = DossierColumns.Match(Headers);
        Assert.Empty(missing);
        return DossierRowReader.Read(2, ["H1", "Tư pháp", received, deadline, resolved, channel, paid, fee], columns!);
    }

    [Theory]
    [InlineData("Số hồ sơ", DossierColumn.Code)]
    [InlineData("Mã biên nhận", DossierColumn.Code)]
    [InlineData("THỜI HẠN GIẢI QUYẾT", DossierColumn.Deadline)]
    [InlineData("Hạn trả", DossierColumn.Deadline)]
    [InlineData("Ngày hẹn trả", DossierColumn.Deadline)]
    [InlineData("Kênh tiếp nhận", DossierColumn.Channel)]
    [InlineData("Nguồn hồ sơ", DossierColumn.Channel)]
    [InlineData("Hình thức nộp", DossierColumn.Channel)]
    [InlineData("Ngày hoàn thành", DossierColumn.Resolved)]
    [InlineData("Ngày trả kết quả", DossierColumn.Resolved)]
    [InlineData("Trạng thái hồ sơ", DossierColumn.Status)]
    public void Usual_headers_of_the_one_stop_systems_are_found(string header, DossierColumn column) =>
        Assert.Equal(column, DossierColumns.Parse(header));

    [Theory]
    [InlineData("Ngày hẹn trả kết quả giải quyết", DossierColumn.Deadline)]
    [InlineData("Ngày tiếp nhận HS", DossierColumn.Received)]
    [InlineData("Tên lĩnh vực TTHC", DossierColumn.Field)]
    public void Headers_only_like_a_usual_one_are_found_with_a_confidence_below_one(string header, DossierColumn column)
    {
        // The usual headers but the one of the column asked, which the file words its own way.
        string[] usual = ["Mã hồ sơ", "Lĩnh vực", "Ngày tiếp nhận", "Hình thức nộp"];
        var (columns, _) = DossierColumns.Match(usual.Where(h => DossierColumns.Parse(h) != column).Append(header).ToList());
        Assert.NotNull(columns);
        Assert.Equal(header, columns!.HeaderOf(column));
        Assert.InRange(columns.ConfidenceOf(column), DossierColumns.MinLikeness, 0.99);
    }

    [Theory]
    [InlineData("Số tiền")]
    [InlineData("Ghi chú trạng thái")]
    [InlineData("Ngày")]
    public void Headers_unlike_any_usual_one_are_left_unread(string header)
    {
        var (columns, _) = DossierColumns.Match(["Mã hồ sơ", "Lĩnh vực", "Ngày tiếp nhận", "Hình thức nộp", header]);
        Assert.DoesNotContain(Enum.GetValues<DossierColumn>(), c => columns!.IndexOf(c) == 4);
    }

    [Theory]
    [InlineData("Trực tuyến", SubmissionChannel.Online)]
    [InlineData("Nộp trực tuyến", SubmissionChannel.Online)]
    [InlineData("Qua mạng", SubmissionChannel.Online)]
    [InlineData("DVC toàn trình", SubmissionChannel.Online)]
    [InlineData("DVC một phần", SubmissionChannel.Online)]
    [InlineData("Dịch vụ công trực tuyến toàn trình", SubmissionChannel.Online)]
    [InlineData("Trực tiếp", SubmissionChannel.Direct)]
    [InlineData("Tại Bộ phận Một cửa", SubmissionChannel.Direct)]
    [InlineData("Bưu chính", SubmissionChannel.Postal)]
    [InlineData("Dịch vụ bưu chính công ích", SubmissionChannel.Postal)]
    [InlineData("Qua bưu điện", SubmissionChannel.Postal)]
    public void Channels_are_read_by_meaning(string text, SubmissionChannel channel) =>
        Assert.Equal(channel, Read(channel: text).Dossier!.Channel);

    [Fact]
    public void An_unknown_channel_names_the_value_and_the_words_accepted()
    {
        var error = Assert.Single(Read(channel: "Fax").Errors);
        Assert.Equal(("Kênh tiếp nhận", "Fax"), (error.Column, error.Value));
        Assert.Contains("Dịch vụ bưu chính công ích", error.Message);
    }

    [Theory]
    [InlineData("Có", true)]
    [InlineData("x", true)]
    [InlineData("1", true)]
    [InlineData("TRUE", true)]
    [InlineData("Đã thanh toán", true)]
    [InlineData("Không", false)]
    [InlineData("0", false)]
    [InlineData("FALSE", false)]
    [InlineData("Chưa", false)]
    public void Yes_and_no_are_read_in_their_usual_words(string text, bool paid) =>
        Assert.Equal(paid, Read(paid: text, fee: "5.000").Dossier!.PaidOnline);

    [Theory]
    [InlineData("05/02/2024 08:30")]
    [InlineData("5/2/2024 8:30")]
    [InlineData("05-02-2024 08:30")]
    [InlineData("5-2-2024 8:30:00")]
    [InlineData("2024-02-05T08:30:00")]
    [InlineData("2024-02-05 08:30:00.000")]
    [InlineData("2024-02-05T08:30:00+07:00")]
    [InlineData("45327.3541666667")]
    public void Dates_are_read_in_the_usual_formats_and_as_excel_serials(string text)
    {
        var dossier = Read(received: text).Dossier!;
        Assert.Equal(new DateTime(2024, 2, 5), dossier.Received.Date);
        Assert.Equal((8, 30), (dossier.Received.Hour, dossier.Received.Minute));
    }

    [Theory]
    [InlineData("12")]
    [InlineData("99999")]
    [InlineData("31/02/2024")]
    public void A_number_that_is_no_plausible_date_is_refused(string text) =>
        Assert.Contains(Read(received: text).Errors, e => e.Column == "Ngày nhận hồ sơ" && e.Value == text);

    [Theory]
    [InlineData("31/12/9999")]
    [InlineData("31/12/9999 23:59")]
    [InlineData("01/01/2101")]
    public void A_placeholder_date_far_in_the_future_is_refused_naming_the_cell(string text)
    {
        var error = Assert.Single(Read(received: text).Errors);
        Assert.Equal(("Ngày nhận hồ sơ", text, "ngày sau năm 2100 không phải ngày của một hồ sơ (ô để trống nếu không có)."), (error.Column, error.Value, error.Message));
    }

    [Fact]
    public void A_header_row_padded_to_the_last_column_of_a_sheet_is_matched_like_any_other()
    {
        var padded = Headers.Concat(Enumerable.Repeat("", 16_384 - Headers.Length - 1)).Append("Ngày hẹn trả kết quả giải quyết").ToList();
        var (columns, missing) = DossierColumns.Match(padded);
        Assert.Empty(missing);
        Assert.Equal(0, columns!.IndexOf(DossierColumn.Code));
        Assert.Equal(3, columns.IndexOf(DossierColumn.Deadline));
    }
}
