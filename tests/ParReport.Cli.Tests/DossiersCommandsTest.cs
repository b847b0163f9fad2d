using System.Text.Json;

namespace ParReport.Cli.Tests;

public class DossiersCommandsTest
{
    private const string Header = "Mã hồ sơ;Lĩnh vực;Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả;Hình thức nộp\n";

    private static async Task<CliRun> WithUnitAsync()
    {
        var cli = new CliRun();
        var units = cli.WriteFile("don-vi.csv", "ma,ten,cap,ma_cap_tren\nbac-son,Xã Bắc Sơn,xa,\n");
        Assert.Equal(0, (await cli.RunAsync("units", "import", units)).Exit);
        return cli;
    }

    [Fact]
    public async Task A_good_file_is_imported_and_counted_for_a_window()
    {
        using var cli = await WithUnitAsync();
        var file = cli.WriteFile("ho-so.csv", Header
            + "H1;Tư pháp - Hộ tịch;04/03/2024;08/03/2024;05/03/2024;Trực tuyến\n"
            + "H2;Tư pháp - Hộ tịch;05/03/2024;08/03/2024;08/03/2024;Trực tiếp\n"
            + "H3;Đất đai;10/12/2023;20/12/2023;;Trực tuyến\n");
        var (exit, output, _) = await cli.RunAsync("dossiers", "import", file, "--unit", "bac-son");
        Assert.Equal(0, exit);
        Assert.Contains("Đã nhập từ ho-so.csv: 3 hồ sơ mới, 0 hồ sơ cập nhật theo mã.", output);

        var stats = await cli.RunAsync("dossiers", "stats", "--unit", "bac-son", "--from", "15/12/2023", "--to", "14/03/2024");
        Assert.Equal(0, stats.Exit);
        Assert.Contains("1\tĐất đai\t1\t0\t0\t1\t0\t0\t0\t0\t1\t0\t1", stats.Output);
        Assert.Contains("2\tTư pháp - Hộ tịch\t2\t1\t1\t0\t2\t1\t1\t0\t0\t0\t0", stats.Output);
        Assert.Contains("Tỷ lệ giải quyết đúng hạn (gồm trước hạn): 100%; tiếp nhận trực tuyến: 50%", stats.Output);

        var json = await cli.RunAsync("dossiers", "stats", "--unit", "bac-son", "--from", "15/12/2023", "--to", "14/03/2024", "--json");
        using var document = JsonDocument.Parse(json.Output);
        var total = document.RootElement.GetProperty("rows").EnumerateArray().Last();
        Assert.Equal(("Tổng cộng", 3, 2), (total.GetProperty("field").GetString(), total.GetProperty("received").GetInt32(), total.GetProperty("resolved").GetInt32()));
    }

    [Fact]
    public async Task A_file_with_bad_rows_imports_nothing_unless_good_rows_only_is_asked()
    {
        using var cli = await WithUnitAsync();
        var file = cli.WriteFile("ho-so.csv", Header
            + "H1;Tư pháp;04/03/2024;08/03/2024;05/03/2024;Trực tuyến\n"
            + "H2;Tư pháp;05/03/2024;08/03/2024;01/03/2024;Trực tuyến\n");
        var refused = await cli.RunAsync("dossiers", "import", file, "--unit", "bac-son");
        Assert.Equal(1, refused.Exit);
        Assert.Contains("ho-so.csv: dòng 3, cột «Ngày có kết quả», giá trị «01/03/2024»: ngày có kết quả trước ngày tiếp nhận.", refused.Error);
        Assert.Contains("Không nhập hồ sơ nào: 1 dòng lỗi.", refused.Error);
        Assert.Contains("\tTổng cộng\t0\t", (await cli.RunAsync("dossiers", "stats", "--unit", "bac-son", "--from", "01/01/2024", "--to", "31/03/2024")).Output);

        var partial = await cli.RunAsync("dossiers", "import", file, "--unit", "bac-son", "--good-rows-only");
        Assert.Equal(1, partial.Exit);
        Assert.Contains("1 hồ sơ mới, 0 hồ sơ cập nhật theo mã, bỏ qua 1 dòng lỗi.", partial.Output);
        Assert.Contains("dòng 3, cột «Ngày có kết quả»", partial.Error);
    }

    [Fact]
    public async Task Importing_the_same_file_twice_updates_and_never_counts_a_dossier_twice()
    {
        using var cli = await WithUnitAsync();
        var file = cli.WriteFile("ho-so.csv", Header + "H1;Tư pháp;04/03/2024;08/03/2024;05/03/2024;Trực tuyến\n");
        await cli.RunAsync("dossiers", "import", file, "--unit", "bac-son");
        var again = await cli.RunAsync("dossiers", "import", file, "--unit", "bac-son");
        Assert.Contains("0 hồ sơ mới, 1 hồ sơ cập nhật theo mã.", again.Output);
        Assert.Contains("\tTổng cộng\t1\t", (await cli.RunAsync("dossiers", "stats", "--unit", "bac-son", "--from", "01/01/2024", "--to", "31/03/2024")).Output);
    }

    [Fact]
    public async Task A_units_own_headers_are_mapped_once_and_remembered()
    {
        using var cli = await WithUnitAsync();
        var file = cli.WriteFile("rieng.csv", "Số biên nhận;Nhóm thủ tục;Ngày tiếp nhận;Kênh\nB1;Hộ tịch;04/03/2024;Trực tuyến\n");
        var first = await cli.RunAsync("dossiers", "import", file, "--unit", "bac-son", "--map", "Số biên nhận=mã hồ sơ", "--map", "Nhóm thủ tục=Field", "--map", "Kênh=hinh thuc nop");
        Assert.Equal(0, first.Exit);
        var second = cli.WriteFile("rieng-2.csv", "Số biên nhận;Nhóm thủ tục;Ngày tiếp nhận;Kênh\nB2;Hộ tịch;05/03/2024;Trực tiếp\n");
        var (exit, output, _) = await cli.RunAsync("dossiers", "import", second, "--unit", "bac-son");
        Assert.Equal(0, exit);
        Assert.Contains("1 hồ sơ mới", output);

        var bad = await cli.RunAsync("dossiers", "import", second, "--unit", "bac-son", "--map", "Kênh=màu sắc");
        Assert.Equal(2, bad.Exit);
        Assert.Contains("«Kênh=màu sắc» không phải dạng «tiêu đề=cột»", bad.Error);
    }

    [Theory]
    [InlineData("Mã hồ sơ;Ngày tiếp nhận\nH1;01/03/2024\n", "bac-son", "thiếu cột: «Lĩnh vực», «Hình thức nộp»")]
    [InlineData(Header + "H1;Tư pháp;04/03/2024;;;Trực tuyến\n", "khong-co", "Không có đơn vị mã «khong-co»")]
    public async Task A_file_or_unit_that_cannot_be_used_exits_with_2(string content, string unit, string message)
    {
        using var cli = await WithUnitAsync();
        var (exit, _, error) = await cli.RunAsync("dossiers", "import", cli.WriteFile("x.csv", content), "--unit", unit);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
    }
}
