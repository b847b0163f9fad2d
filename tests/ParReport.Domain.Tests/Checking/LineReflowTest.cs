using ParReport.Domain.Checking;

namespace ParReport.Domain.Tests.Checking;

public class LineReflowTest
{
    private static IReadOnlyList<string> Reflow(params string[] lines) =>
        LineReflow.Reflow(lines.Select((t, i) => new DocumentLine(i + 1, t))).Select(l => l.Text).ToList();

    [Fact]
    public void A_hard_wrapped_paragraph_is_joined_and_keeps_the_number_of_its_first_line()
    {
        var lines = LineReflow.Reflow([new(1, "Tổng số hồ sơ tiếp nhận là 1.034 hồ sơ,"), new(2, "trong đó trực tuyến 517 hồ sơ."), new(3, "Kết quả giải quyết đạt 100%.")]);
        Assert.Equal(["Tổng số hồ sơ tiếp nhận là 1.034 hồ sơ, trong đó trực tuyến 517 hồ sơ.", "Kết quả giải quyết đạt 100%."], lines.Select(l => l.Text));
        Assert.Equal([1, 3], lines.Select(l => l.Number));
    }

    [Fact]
    public void A_row_laid_out_with_spaces_is_read_as_cells_and_its_wrapped_label_goes_back_into_it()
    {
        Assert.Equal(["4.1\tTổng số nhiệm vụ được giao\tNhiệm vụ\t29", "4.2\tSố nhiệm vụ đã hoàn thành đúng hạn\tNhiệm vụ\t20"],
            Reflow("4.1   Tổng số nhiệm vụ được    Nhiệm vụ    29", "giao", "4.2  Số nhiệm vụ đã hoàn thành đúng hạn   Nhiệm vụ   20"));
    }

    [Fact]
    public void Headings_items_and_sentences_that_end_are_not_joined()
    {
        string[] lines = ["I. CÔNG TÁC CHỈ ĐẠO", "Ủy ban nhân dân xã đã ban hành kế hoạch.", "- tuyên truyền", "a) kiểm tra", "Văn bản số 12"];
        Assert.Equal(lines, Reflow(lines));
    }

    [Fact]
    public void A_table_in_columns_of_spaces_keeps_its_empty_cells_its_unnumbered_rows_and_the_wrapped_rest_of_its_cells()
    {
        Assert.Equal(
        [
            "1.3.1\tTổng số nhiệm vụ được giao\t\t1",
            "3.1.3\tTổng số TTHC đang có hiệu lực\tThủ tục\t487",
            "Trong đó\tSố TTHC cấp sở:\tThủ tục\t",
            "\tSố TTHC cấp huyện:\tThủ tục\t315",
            "4.2.1\tTổng số biên chế được giao trong năm\tCơ quan, đơn vị\t78",
        ], Reflow(
            "1.3.1      Tổng số nhiệm vụ được giao                    1",
            "3.1.3      Tổng số TTHC đang có hiệu lực      Thủ tục    487",
            "Trong đó   Số TTHC cấp sở:                    Thủ tục",
            "           Số TTHC cấp huyện:                 Thủ tục    315",
            "4.2.1      Tổng số biên chế được giao         Cơ quan,   78",
            "           trong năm                          đơn vị"));
    }
}
