using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParReport.Storage;

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
    public async Task A_dry_run_shows_the_columns_found_with_samples_and_stores_nothing_and_a_missing_deadline_is_no_data()
    {
        using var cli = await WithUnitAsync();
        var file = cli.WriteFile("khac.csv", "Số biên nhận;Tên lĩnh vực;Ngày nhận hồ sơ;Ngày trả kết quả giải quyết;Nguồn hồ sơ;Ghi chú\n"
            + "B1;Đất đai;04/03/2024;05/03/2024;Nộp trực tuyến;\n"
            + "B2;Đất đai;05/03/2024;;Tại Bộ phận Một cửa;gọi lại\n"
            + "Tổng cộng;;;;;2 hồ sơ\n");

        var dry = await cli.RunAsync("dossiers", "import", file, "--unit", "bac-son", "--dry-run");
        Assert.Equal(0, dry.Exit);
        Assert.Contains("  Mã hồ sơ ← «Số biên nhận»: B1 · B2", dry.Output);
        Assert.Contains("  Ngày có kết quả ← «Ngày trả kết quả giải quyết» (gần đúng", dry.Output);
        Assert.Contains("Không tìm thấy cột: Ngày hẹn trả, Trạng thái, Phí/lệ phí, Thanh toán trực tuyến, Mức độ hài lòng.", dry.Output);
        Assert.Contains("Tiêu đề không dùng: «Ghi chú»", dry.Output);
        Assert.Contains("Tệp không có cột «Ngày hẹn trả»: không có dữ liệu về số hồ sơ giải quyết trước hạn", dry.Output);
        Assert.Contains("\tTổng cộng\t0\t", (await cli.RunAsync("dossiers", "stats", "--unit", "bac-son", "--from", "01/01/2024", "--to", "31/03/2024")).Output);

        var imported = await cli.RunAsync("dossiers", "import", file, "--unit", "bac-son");
        Assert.Equal(0, imported.Exit);
        Assert.Contains("khac.csv: Tệp không có cột «Ngày hẹn trả»", imported.Error);
        var stats = await cli.RunAsync("dossiers", "stats", "--unit", "bac-son", "--from", "01/01/2024", "--to", "31/03/2024");
        Assert.Contains("1\tĐất đai\t2\t1\t1\t0\t1\tkhông có dữ liệu\tkhông có dữ liệu\tkhông có dữ liệu\t1\tkhông có dữ liệu\tkhông có dữ liệu", stats.Output);
        Assert.Contains("Tỷ lệ giải quyết đúng hạn (gồm trước hạn): —", stats.Output);
        Assert.Contains("2 hồ sơ không có hạn giải quyết", stats.Output);
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
        Assert.Contains("ho-so.csv: cột «Ngày có kết quả»: 1 dòng có «01/03/2024»: ngày có kết quả trước ngày tiếp nhận — dòng 3", refused.Error);
        Assert.Contains("Không nhập hồ sơ nào: 1 dòng lỗi.", refused.Error);
        Assert.Contains("\tTổng cộng\t0\t", (await cli.RunAsync("dossiers", "stats", "--unit", "bac-son", "--from", "01/01/2024", "--to", "31/03/2024")).Output);

        var list = cli.WriteFile("loi.csv", "");
        await cli.RunAsync("dossiers", "import", file, "--unit", "bac-son", "--errors", list);
        Assert.Equal(["dong,cot,gia_tri,loi", "3,Ngày có kết quả,01/03/2024,ngày có kết quả trước ngày tiếp nhận."],
            File.ReadAllText(list).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        var partial = await cli.RunAsync("dossiers", "import", file, "--unit", "bac-son", "--good-rows-only");
        Assert.Equal(1, partial.Exit);
        Assert.Contains("1 hồ sơ mới, 0 hồ sơ cập nhật theo mã, bỏ qua 1 dòng lỗi.", partial.Output);
        Assert.Contains("cột «Ngày có kết quả»: 1 dòng", partial.Error);
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

    [Fact]
    public async Task Headers_given_for_a_file_that_is_refused_are_not_remembered_and_a_column_is_named_not_numbered()
    {
        using var cli = await WithUnitAsync();
        var refused = cli.WriteFile("thieu.csv", "Mã tra cứu;Ngày tiếp nhận\nB1;04/03/2024\n");
        var (exit, _, error) = await cli.RunAsync("dossiers", "import", refused, "--unit", "bac-son", "--map", "Mã tra cứu=mã hồ sơ");
        Assert.Equal(2, exit);
        Assert.Contains("thieu.csv: Tệp hồ sơ thiếu cột", error);
        var later = cli.WriteFile("sau.csv", "Mã tra cứu;Lĩnh vực;Ngày tiếp nhận;Hình thức nộp\nB1;Hộ tịch;04/03/2024;Trực tuyến\n");
        Assert.Equal(2, (await cli.RunAsync("dossiers", "import", later, "--unit", "bac-son")).Exit);

        var numbered = await cli.RunAsync("dossiers", "import", later, "--unit", "bac-son", "--map", "Mã tra cứu=-0");
        Assert.Equal(2, numbered.Exit);
        Assert.Contains("«Mã tra cứu=-0» không phải dạng «tiêu đề=cột»", numbered.Error);
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

    [Fact]
    public async Task An_import_updates_a_draft_reports_dossier_figures_but_never_those_of_a_report_already_sent()
    {
        using var cli = new CliRun();
        Assert.Equal(0, (await cli.RunAsync("demo", "--as-of", "05/03/2024")).Exit);
        // The demo's figures were typed by officials, and its quý I request is long past due by this machine's clock: the
        // dossier figures of An Hòa's report (sent) and An Bình's (draft) are made an earlier import's, and the deadline
        // next month, so that only the state tells them apart.
        await using (var db = Database.Create(cli.ConnectionString))
        {
            var request = await db.Requests.SingleAsync(r => r.PeriodCode == "2024-Q1" && r.IssuerUnit.Code == "huyen-an-phu");
            request.Deadline = DateOnly.FromDateTime(DateTime.Now).AddDays(30);
            await db.SaveChangesAsync();
            string[] units = ["an-phu-an-hoa", "an-phu-an-binh"];
            Assert.Equal(8, await db.IndicatorValues
                .Where(v => DossierKeys.Contains(v.Key) && db.Reports.Any(r => r.Id == v.ReportId && r.RequestId == request.Id && units.Contains(r.Unit.Code)))
                .ExecuteUpdateAsync(set => set.SetProperty(v => v.Source, "Hồ sơ TTHC: tệp mot-cua-thang-1.csv")));
        }
        var sent = await ValuesAsync(cli, "an-phu-an-hoa");
        var draft = await ValuesAsync(cli, "an-phu-an-binh");
        var file = cli.WriteFile("mot-cua-thang-2.csv", Header
            + "H1;Hộ tịch;05/02/2024;15/02/2024;08/02/2024;Trực tuyến\n"
            + "H2;Hộ tịch;06/02/2024;15/02/2024;16/02/2024;Trực tiếp\n"
            + "H3;Đất đai;07/02/2024;20/02/2024;;Trực tuyến\n");

        var toSent = await cli.RunAsync("dossiers", "import", file, "--unit", "an-phu-an-hoa");

        Assert.Equal(0, toSent.Exit);
        Assert.Contains("3 hồ sơ mới", toSent.Output);
        Assert.DoesNotContain("Đã cập nhật", toSent.Output);
        Assert.Equal(sent, await ValuesAsync(cli, "an-phu-an-hoa"));
        Assert.Equal(2, await StatusAsync(cli, "an-phu-an-hoa"));

        var toDraft = await cli.RunAsync("dossiers", "import", file, "--unit", "an-phu-an-binh");

        Assert.Equal(0, toDraft.Exit);
        Assert.Contains("Đã cập nhật 4 chỉ tiêu hồ sơ trong các báo cáo đang lập của đơn vị.", toDraft.Output);
        // Resolved 2 (one of them late), received 3 of which 2 online.
        var updated = await ValuesAsync(cli, "an-phu-an-binh");
        Assert.Equal((2m, 1m, 3m, 2m), (updated["III/3.1.1"], updated["III/3.1.2"], updated["V/2.4.1"], updated["V/2.4.2"]));
        Assert.NotEqual(draft, updated);
        Assert.Equal(draft.Where(v => !DossierKeys.Contains(v.Key)), updated.Where(v => !DossierKeys.Contains(v.Key)));
    }

    /// <summary>The indicators of the commune template that the dossiers answer: resolved, on time, received, online.</summary>
    private static readonly string[] DossierKeys = ["III/3.1.1", "III/3.1.2", "V/2.4.1", "V/2.4.2"];

    /// <summary>The numbers of a unit's quý I/2024 report, by key.</summary>
    private static async Task<SortedDictionary<string, decimal>> ValuesAsync(CliRun cli, string unit)
    {
        await using var db = Database.Create(cli.ConnectionString);
        return new(await db.IndicatorValues.Where(v => v.Number != null && db.Reports.Any(r => r.Id == v.ReportId && r.Unit.Code == unit && r.Request.PeriodCode == "2024-Q1"))
            .ToDictionaryAsync(v => v.Key, v => v.Number!.Value), StringComparer.Ordinal);
    }

    private static async Task<int> StatusAsync(CliRun cli, string unit)
    {
        await using var db = Database.Create(cli.ConnectionString);
        return await db.Reports.Where(r => r.Unit.Code == unit && r.Request.PeriodCode == "2024-Q1").Select(r => r.Status).SingleAsync();
    }
}
