using ParReport.Domain.Dossiers;
using ParReport.Domain.Periods;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Tests.Dossiers;

/// <summary>
/// A column an export lacks never becomes a number: without deadlines no dossier is early, on time or late; without
/// result dates none is resolved or in progress; without fees, payments or evaluations their rates are not given.
/// Statuses beyond resolved and in progress are counted in their own columns, in none of the thirteen.
/// </summary>
public class MissingColumnsTest
{
    private static readonly CutOffWindow Window = new(new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31));
    private static readonly ReportTemplate Template = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 2));

    /// <summary>Reads rows of a file with the given headers, every row valid, into statistics of the window.</summary>
    private static (DossierStatistics Statistics, DossierUnknowns Unknowns) Count(string[] headers, params string[][] rows)
    {
        var (columns, missing) = DossierColumns.Match(headers);
        Assert.Empty(missing);
        var statistics = new DossierStatistics(Window);
        var batch = new DossierBatch();
        foreach (var (row, i) in rows.Select((r, i) => (r, i)))
            Assert.True(DossierRowReader.ReadInto(i + 2, new StringCells(row), columns!, batch), string.Join("; ", batch.Errors));
        statistics.Add(batch);
        return (statistics, batch.Unknowns);
    }

    [Fact]
    public void Without_a_deadline_column_no_dossier_is_early_on_time_or_late_and_nothing_on_time_flows_into_the_report()
    {
        var (s, unknowns) = Count(["Mã hồ sơ", "Lĩnh vực", "Ngày tiếp nhận", "Ngày trả kết quả", "Hình thức nộp", "Phí, lệ phí", "Thanh toán trực tuyến", "Mức độ hài lòng"],
            ["H1", "Đất đai", "02/01/2024", "05/01/2024", "Trực tuyến", "0", "", ""],
            ["H2", "Đất đai", "03/01/2024", "", "Trực tiếp", "0", "", ""]);

        Assert.Equal(DossierUnknowns.Deadline, unknowns);
        var total = s.Total;
        Assert.Equal((2, 1, 1), (total.Received, total.Resolved, total.InProgress));
        Assert.Equal(new int?[] { 2, 1, 1, 0, 1, null, null, null, 1, null, null }, total.Cells);
        Assert.Equal("không có dữ liệu", DossierTableRow.Show(total.Cells[6]));
        Assert.Null(s.OnTimeRate);
        Assert.Equal(50m, s.OnlineRate);
        var filled = DossierIndicators.Values(Template, s);
        Assert.DoesNotContain(filled.Keys, k => Template.Get(k).Concept == "dossiers-on-time");
        Assert.Contains(filled.Keys, k => Template.Get(k).Concept == "dossiers-resolved");
        Assert.Contains(s.Notes, n => n.StartsWith("2 hồ sơ không có hạn giải quyết"));
        Assert.Contains("Ngày hẹn trả", Assert.Single(DossierColumns.Unavailable(unknowns)));
    }

    [Fact]
    public void Without_a_result_date_neither_resolved_nor_in_progress_nor_carried_over_is_claimed()
    {
        var (s, unknowns) = Count(["Mã hồ sơ", "Lĩnh vực", "Ngày tiếp nhận", "Ngày hẹn trả", "Hình thức nộp"],
            ["H1", "Đất đai", "20/12/2023", "10/01/2024", "Trực tuyến"],
            ["H2", "Đất đai", "03/01/2024", "10/01/2024", "Trực tiếp"]);

        Assert.True(unknowns.HasFlag(DossierUnknowns.Resolution));
        Assert.Equal(new int?[] { null, 0, 1, null, null, null, null, null, null, null, null }, s.Total.Cells);
        Assert.Null(s.OnTimeRate);
        Assert.DoesNotContain(DossierIndicators.Values(Template, s).Keys, k => Template.Get(k).Concept is "dossiers-resolved" or "dossiers-on-time");
        Assert.Contains(DossierColumns.Unavailable(unknowns), u => u.Contains("«Ngày có kết quả»"));
    }

    [Fact]
    public void Without_fee_payment_or_evaluation_columns_their_rates_are_not_given_and_the_file_says_so()
    {
        var (s, unknowns) = Count(["Mã hồ sơ", "Lĩnh vực", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày có kết quả", "Hình thức nộp"],
            ["H1", "Đất đai", "02/01/2024", "10/01/2024", "05/01/2024", "Trực tuyến"]);

        Assert.Equal(DossierUnknowns.Fee | DossierUnknowns.Payment | DossierUnknowns.Evaluation, unknowns);
        Assert.Equal(100m, s.OnTimeRate);
        Assert.Null(s.OnlinePaymentRate);
        Assert.Null(s.SatisfactionRate);
        Assert.Equal(3, DossierColumns.Unavailable(unknowns).Count);
        Assert.Equal(2, s.Notes.Count);
    }

    [Fact]
    public void A_fee_given_as_yes_or_no_counts_the_dossiers_with_a_fee()
    {
        var (s, _) = Count(["Mã hồ sơ", "Lĩnh vực", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày có kết quả", "Hình thức nộp", "Phí, lệ phí", "Thanh toán trực tuyến", "Đánh giá"],
            ["H1", "Đất đai", "02/01/2024", "10/01/2024", "05/01/2024", "Trực tuyến", "Có", "Có", "Hài lòng"],
            ["H2", "Đất đai", "02/01/2024", "10/01/2024", "05/01/2024", "Trực tuyến", "Có", "Không", ""],
            ["H3", "Đất đai", "02/01/2024", "10/01/2024", "05/01/2024", "Trực tuyến", "Không", "", ""],
            ["H4", "Đất đai", "02/01/2024", "10/01/2024", "05/01/2024", "Trực tuyến", "Miễn phí", "", ""]);

        Assert.Equal(50m, s.OnlinePaymentRate);
        Assert.Equal(100m, s.SatisfactionRate);
        Assert.Empty(s.Notes);
    }

    [Theory]
    [InlineData("Công dân rút hồ sơ", DossierStatus.Withdrawn)]
    [InlineData("Đã rút", DossierStatus.Withdrawn)]
    [InlineData("Từ chối tiếp nhận", DossierStatus.Refused)]
    [InlineData("Không đủ điều kiện giải quyết", DossierStatus.Refused)]
    [InlineData("Yêu cầu bổ sung", DossierStatus.Paused)]
    [InlineData("Chờ bổ sung hồ sơ", DossierStatus.Paused)]
    [InlineData("Tạm dừng", DossierStatus.Paused)]
    [InlineData("Đã hủy", DossierStatus.Cancelled)]
    [InlineData("Hủy", DossierStatus.Cancelled)]
    [InlineData("Đã trả kết quả", DossierStatus.Ordinary)]
    [InlineData("Đang giải quyết", DossierStatus.Ordinary)]
    [InlineData("Chờ trả kết quả", DossierStatus.Ordinary)]
    public void Statuses_are_read_by_meaning(string status, DossierStatus expected)
    {
        var (columns, _) = DossierColumns.Match(["Mã hồ sơ", "Lĩnh vực", "Ngày tiếp nhận", "Hình thức nộp", "Trạng thái"]);
        var (dossier, errors) = DossierRowReader.Read(2, ["H1", "Đất đai", "02/01/2024", "Trực tuyến", status], columns!);
        Assert.Empty(errors);
        Assert.Equal(expected, dossier!.Status);
    }

    [Fact]
    public void An_unknown_status_is_refused_naming_the_value_and_the_words_accepted()
    {
        var (columns, _) = DossierColumns.Match(["Mã hồ sơ", "Lĩnh vực", "Ngày tiếp nhận", "Hình thức nộp", "Trạng thái"]);
        var error = Assert.Single(DossierRowReader.Read(2, ["H1", "Đất đai", "02/01/2024", "Trực tuyến", "Xyz"], columns!).Errors);
        Assert.StartsWith("dòng 2, cột «Trạng thái», giá trị «Xyz»: trạng thái không rõ (nhận: Đã trả kết quả", error.ToString());
    }

    [Fact]
    public void Withdrawn_refused_paused_and_cancelled_dossiers_count_in_their_own_columns_and_in_none_of_the_thirteen()
    {
        var (s, _) = Count(["Mã hồ sơ", "Lĩnh vực", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày có kết quả", "Hình thức nộp", "Trạng thái"],
            ["H1", "Đất đai", "02/01/2024", "10/01/2024", "05/01/2024", "Trực tuyến", "Đã trả kết quả"],
            ["H2", "Đất đai", "02/01/2024", "10/01/2024", "", "Trực tuyến", "Rút hồ sơ"],
            ["H3", "Đất đai", "02/01/2024", "10/01/2024", "", "Trực tiếp", "Từ chối"],
            ["H4", "Đất đai", "02/01/2024", "10/01/2024", "", "Trực tiếp", "Yêu cầu bổ sung"],
            ["H5", "Đất đai", "02/01/2024", "10/01/2024", "04/01/2024", "Trực tiếp", "Hủy"]);

        var total = s.Total;
        Assert.Equal((1, 1, 0), (total.Received, total.Resolved, total.InProgress));
        Assert.Equal(new[] { 1, 1, 1, 1 }, total.SetAside);
        Assert.Equal(100m, s.OnTimeRate);
        Assert.Equal("Không tính vào các cột (3)–(13): rút hồ sơ: 1 hồ sơ; từ chối, không đủ điều kiện: 1 hồ sơ; tạm dừng, chờ bổ sung: 1 hồ sơ; hủy: 1 hồ sơ.",
            Assert.Single(s.Notes, n => n.StartsWith("Không tính")));
    }

    [Fact]
    public void Statuses_and_unknowns_survive_packing_and_a_batch_of_the_earlier_format_is_read_as_ordinary_and_known()
    {
        var batch = new DossierBatch();
        batch.Add(2, new Dossier("H1", "Đất đai", new DateTime(2024, 1, 2), null, null, SubmissionChannel.Online)
            { Status = DossierStatus.Paused, Unknowns = DossierUnknowns.Deadline | DossierUnknowns.Evaluation, FeeCharged = true });
        batch.Add(3, new Dossier("H2", "Đất đai", new DateTime(2024, 1, 3), new DateTime(2024, 1, 9), null, SubmissionChannel.Direct, 5000m));
        var (figures, codes) = (batch.PackFigures(), batch.PackCodes());

        var read = new DossierBatch();
        read.Unpack(figures, codes);
        Assert.Equal(batch[0], read[0]);
        Assert.Equal(batch[1], read[1]);

        // Version 1: the same bytes without the states column (after the flags, before the one fee).
        var earlier = figures.ToList();
        earlier[0] = 1;
        earlier.RemoveRange(figures.Length - 8 - 2, 2);
        read.Unpack(earlier.ToArray(), codes);
        Assert.Equal((DossierStatus.Ordinary, DossierUnknowns.None), (read.StatusOf(0), read.UnknownsOf(0) & DossierUnknowns.Deadline));
        Assert.Equal(5000m, read[1].Fee);
    }

    [Theory]
    [InlineData("", "Tổng cộng")]
    [InlineData("Tổng số: 2", "")]
    [InlineData("Cộng", "")]
    public void A_row_of_totals_is_neither_a_dossier_nor_an_error(string first, string second)
    {
        var (columns, _) = DossierColumns.Match(["Mã hồ sơ", "Lĩnh vực", "Ngày tiếp nhận", "Hình thức nộp"]);
        var batch = new DossierBatch();
        Assert.True(DossierRowReader.ReadInto(2, new StringCells(["H1", "Đất đai", "02/01/2024", "Trực tuyến"]), columns!, batch));
        Assert.True(DossierRowReader.ReadInto(3, new StringCells([first, second, "", "2"]), columns!, batch));
        Assert.Equal((1, 0), (batch.Count, batch.Refused));
        // A dossier with a code and a date is never taken for totals, whatever its field is called.
        Assert.False(DossierRowReader.IsTotal(new StringCells(["Tổng hợp-01", "Tổng hợp", "02/01/2024", "Trực tuyến"]), columns!));
    }
}
