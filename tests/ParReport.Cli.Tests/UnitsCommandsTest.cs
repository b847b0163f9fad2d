namespace ParReport.Cli.Tests;

public class UnitsCommandsTest
{
    [Fact]
    public async Task Units_import_from_a_Vietnamese_semicolon_file_with_a_BOM_and_children_before_parents()
    {
        using var cli = new CliRun();
        var path = cli.WriteFile("don-vi.csv", "\uFEFFMã;Tên đơn vị;Cấp;Mã cấp trên\n"
            + "phuong-dinh;Xã Phương Định;xa;truc-ninh\n"
            + "truc-ninh;Huyện Trực Ninh;huyen;nam-dinh\n"
            + "nam-dinh;Tỉnh Nam Định;tinh;\n");
        var (exit, output, _) = await cli.RunAsync("units", "import", path);
        Assert.Equal(0, exit);
        Assert.Contains("Đã nhập 3 đơn vị", output);

        var (_, list, _) = await cli.RunAsync("units", "list");
        Assert.Equal("nam-dinh\tTỉnh Nam Định\n  truc-ninh\tHuyện Trực Ninh\n    phuong-dinh\tXã Phương Định\n", list.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task Bad_rows_are_reported_by_line_and_nothing_is_imported()
    {
        using var cli = new CliRun();
        var path = cli.WriteFile("hong.csv", "code,name,level,parent\n"
            + "nam-dinh,Tỉnh Nam Định,tinh,\n"
            + "x2,,xa,nam-dinh\n"
            + "x3,Xã Ba,thon,nam-dinh\n"
            + "nam-dinh,Tỉnh Nam Định,tinh,\n");
        var (exit, _, error) = await cli.RunAsync("units", "import", path);
        Assert.Equal(1, exit);
        Assert.Contains("hong.csv: cột «ten»: 1 dòng: ô trống — dòng 3", error);
        Assert.Contains("hong.csv: cột «cap»: 1 dòng có «thon»: cấp không rõ, chỉ nhận tinh, huyen hoặc xa — dòng 4", error);
        Assert.Contains("hong.csv: cột «ma»: 1 dòng có «nam-dinh»: mã đã có ở một dòng trên — dòng 5", error);

        var (_, list, _) = await cli.RunAsync("units", "list");
        Assert.Equal("", list);
    }

    [Fact]
    public async Task Three_thousand_rows_alike_are_one_line_with_their_count()
    {
        using var cli = new CliRun();
        var path = cli.WriteFile("nhieu.csv", "ma,ten,cap,ma_cap_tren\n" + string.Concat(Enumerable.Range(1, 3000).Select(i => $"x{i},Xã {i},thon,\n")));
        var (exit, _, error) = await cli.RunAsync("units", "import", path);
        Assert.Equal(1, exit);
        var line = Assert.Single(error.Split('\n'), l => l.Contains("cột «cap»"));
        Assert.Equal("nhieu.csv: cột «cap»: 3.000 dòng có «thon»: cấp không rõ, chỉ nhận tinh, huyen hoặc xa — dòng 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 …", line.TrimEnd('\r'));
    }

    [Fact]
    public async Task A_row_whose_parent_is_unknown_is_reported_by_line_and_nothing_is_imported()
    {
        using var cli = new CliRun();
        var path = cli.WriteFile("hong.csv", "ma,ten,cap,ma cap tren\nnam-dinh,Tỉnh Nam Định,tinh,\nx1,Xã Một,xa,khong-co\n");
        var (exit, _, error) = await cli.RunAsync("units", "import", path);
        Assert.Equal(1, exit);
        Assert.Contains("hong.csv: dòng 3: đơn vị «x1» có đơn vị cấp trên «khong-co» không tồn tại.", error);
        Assert.Equal("", (await cli.RunAsync("units", "list")).Output);
    }

    [Fact]
    public async Task The_header_written_in_the_README_links_units_to_their_parents()
    {
        using var cli = new CliRun();
        var path = cli.WriteFile("don-vi.csv", "ma,ten,cap,ma_cap_tren\nnam-dinh,Tỉnh Nam Định,tinh,\ntruc-ninh,Huyện Trực Ninh,huyen,nam-dinh\n");
        Assert.Equal(0, (await cli.RunAsync("units", "import", path)).Exit);
        Assert.Equal("nam-dinh\tTỉnh Nam Định\n  truc-ninh\tHuyện Trực Ninh\n", (await cli.RunAsync("units", "list")).Output.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task A_row_with_missing_cells_is_reported_by_line_not_a_crash()
    {
        using var cli = new CliRun();
        var path = cli.WriteFile("thieu.csv", "ma,ten,cap,ma_cap_tren\nnam-dinh,Tỉnh Nam Định,tinh,\nx1,Xã Một\n");
        var (exit, _, error) = await cli.RunAsync("units", "import", path);
        Assert.Equal(1, exit);
        Assert.Contains("thieu.csv: cột «cap»: 1 dòng: cấp không rõ", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task An_unreachable_database_is_a_clear_message_and_exit_code_2()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(["units", "list", "--db", "Host=127.0.0.1;Port=1;Database=x;Username=x;Password=x;Timeout=2"], output, error);
        Assert.Equal(2, exit);
        Assert.StartsWith("Không làm việc được với CSDL:", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
    }

    [Fact]
    public async Task A_file_without_the_required_columns_is_refused()
    {
        using var cli = new CliRun();
        var path = cli.WriteFile("hong.csv", "ma,ten\nx,Xã\n");
        var (exit, _, error) = await cli.RunAsync("units", "import", path);
        Assert.Equal(1, exit);
        Assert.Contains("dòng 1: thiếu cột «cap»", error);
    }

    [Fact]
    public async Task A_header_with_a_name_twice_or_empty_names_is_refused_naming_it_not_a_stack_trace()
    {
        using var cli = new CliRun();
        var twice = cli.WriteFile("hai-cap.csv", "ma;ten;cap;ma cap tren;cap\nnam-dinh;Tỉnh Nam Định;tinh;;xa\n");
        var (exit, _, error) = await cli.RunAsync("units", "import", twice);
        Assert.Equal(1, exit);
        Assert.Contains("hai-cap.csv: dòng 1: tiêu đề «cap» có ở hai cột, không rõ cột nào là «cap».", error);

        var empty = cli.WriteFile("cot-trong.csv", "ma;;ten;;cap;;ma cap tren\nnam-dinh;;Tỉnh Nam Định;;tinh;;\n");
        (exit, var output, error) = await cli.RunAsync("units", "import", empty);
        Assert.True(exit == 0, error);
        Assert.Contains("Đã nhập 1 đơn vị", output);
    }
}
