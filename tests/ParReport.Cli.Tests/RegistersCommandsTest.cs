using ParReport.Documents;
using ParReport.Domain.Registers;

namespace ParReport.Cli.Tests;

public class RegistersCommandsTest
{
    private const string Header = "Nhóm;Số được giao;Số có mặt;Trình độ đại học trở lên;Áp dụng từ ngày;Hết áp dụng từ ngày\n";

    private static async Task<CliRun> WithUnitAsync()
    {
        var cli = new CliRun();
        var units = cli.WriteFile("don-vi.csv", "ma,ten,cap,ma_cap_tren\nbac-son,Xã Bắc Sơn,xa,\n");
        Assert.Equal(0, (await cli.RunAsync("units", "import", units)).Exit);
        return cli;
    }

    [Fact]
    public async Task A_file_is_imported_listed_and_a_file_with_a_bad_row_refused_whole_with_exit_1()
    {
        using var cli = await WithUnitAsync();
        var good = cli.WriteFile("bien-che.csv", "BIÊN CHẾ NĂM 2024\n" + Header
            + "Cán bộ;11;11;9;01/01/2021;\n"
            + "Công chức;10;9;9;01/01/2021;\n");
        var (exit, output, error) = await cli.RunAsync("registers", "import", "bac-son", "staffing", good);
        Assert.Equal((0, ""), (exit, error));
        Assert.Contains("Đã nhập 2 dòng từ bien-che.csv, thay cho 0 dòng trước đó.", output);

        var bad = cli.WriteFile("bien-che-loi.csv", Header
            + "Cán bộ;11;12;9;01/01/2024;01/01/2023\n"
            + "Viên chức;3;3;;;\n");
        var refused = await cli.RunAsync("registers", "import", "bac-son", "staffing", bad);
        Assert.Equal(1, refused.Exit);
        Assert.Contains(RegisterMessages.FileRefused("bien-che-loi.csv", 2), refused.Error);
        Assert.Contains("cột «Nhóm»: 1 dòng có «Viên chức»", refused.Error);
        Assert.Contains("cột «Hết áp dụng từ ngày»: 1 dòng có «01/01/2023»: " + RegisterMessages.UntilBeforeFrom("01/01/2024") + " — dòng 2", refused.Error);

        var list = await cli.RunAsync("registers", "list", "bac-son");
        Assert.Equal(0, list.Exit);
        Assert.Contains("staffing\t2\tBiên chế cán bộ, công chức", list.Output);
        Assert.Contains("documents\t0\t", list.Output);
        var rows = await cli.RunAsync("registers", "list", "bac-son", "staffing");
        Assert.Equal(["Nhóm\tSố được giao\tSố có mặt\tTrình độ đại học trở lên\tTrung cấp lý luận chính trị trở lên\tÁp dụng từ ngày\tHết áp dụng từ ngày",
            "Cán bộ\t11\t11\t9\t\t01/01/2021\t", "Công chức\t10\t9\t9\t\t01/01/2021\t"], rows.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task The_template_is_written_and_an_unknown_unit_register_or_file_is_exit_2()
    {
        using var cli = await WithUnitAsync();
        var path = Path.Combine(cli.Folder, "mau.xlsx");

        var written = await cli.RunAsync("registers", "template", "procedures", path);
        Assert.Equal(0, written.Exit);
        await using (var file = File.OpenRead(path))
            Assert.Equal("Mã thủ tục", RegisterFile.Read(file)[RegisterWorkbook.HeaderRow - 1][0]);

        var file2 = cli.WriteFile("kiem-tra.csv", "Ngày kiểm tra;Đơn vị được kiểm tra;Loại đơn vị\n10/01/2024;Công an xã;UBND cấp xã\n");
        var unknownUnit = await cli.RunAsync("registers", "import", "khong-co", "inspections", file2);
        var unknownRegister = await cli.RunAsync("registers", "import", "bac-son", "so-khac", file2);
        var noFile = await cli.RunAsync("registers", "import", "bac-son", "inspections", Path.Combine(cli.Folder, "khong-co.csv"));
        var noHeader = await cli.RunAsync("registers", "import", "bac-son", "documents", file2);
        var noTemplate = await cli.RunAsync("registers", "template", "so-khac", path);

        Assert.Equal((2, "Không có đơn vị mã «khong-co». Xem: parreport units list"), (unknownUnit.Exit, unknownUnit.Error.Trim()));
        Assert.Equal((2, RegisterMessages.UnknownRegister("so-khac")), (unknownRegister.Exit, unknownRegister.Error.Trim()));
        Assert.Equal(2, noFile.Exit);
        Assert.Equal((2, $"kiem-tra.csv: {RegisterMessages.NoHeader(RegisterCatalog.Get(RegisterCatalog.Documents))}"), (noHeader.Exit, noHeader.Error.Trim()));
        Assert.Equal(2, noTemplate.Exit);
        Assert.Equal(0, (await cli.RunAsync("registers", "import", "bac-son", "inspections", file2)).Exit);
    }
}
