using ParReport.Domain.Registers;

namespace ParReport.Domain.Tests.Registers;

public sealed class RegisterRowsTest
{
    private static readonly Register Documents = RegisterCatalog.Get(RegisterCatalog.Documents);

    [Fact]
    public void A_file_is_read_under_its_header_row_past_title_rows_with_headers_as_officials_write_them()
    {
        IReadOnlyList<IReadOnlyList<string?>> table =
        [
            ["SỔ THEO DÕI VĂN BẢN CHỈ ĐẠO CCHC NĂM 2024"],
            [],
            ["STT", "Số văn bản", "ký hiệu", "NGAY BAN HANH", "Loại", "Trích yếu nội dung", "Về CCHC", "Ghi chú"],
            ["1", "05", "KH-UBND", "22/01/2024", "kế hoạch", "về cải cách hành chính năm 2024", "x", "lưu VT"],
            [null, null, null, null, null, null, null, null],
            ["2", "18", "KH-UBND", "2024-02-23", "Kế hoạch", "duy trì ISO 9001:2015", "", ""],
        ];
        var (rows, errors, fileError) = RegisterRows.ReadTable(Documents, table);

        Assert.Null(fileError);
        Assert.Empty(errors);
        Assert.Equal(2, rows.Count);
        Assert.Equal(new DateOnly(2024, 1, 22), rows[0].Date("issued"));
        Assert.Equal("Kế hoạch", rows[0].Text("type"));
        Assert.True(rows[0].Flag("cchc"));
        Assert.False(rows[1].Has("cchc"));
        Assert.Equal(new DateOnly(2024, 2, 23), rows[1].Date("issued"));
    }

    [Fact]
    public void The_outgoing_documents_register_of_Decree_30_is_read_as_offices_keep_it()
    {
        // "Sổ đăng ký văn bản đi": number and symbol in one cell, the type opening the title, no CCHC column.
        IReadOnlyList<IReadOnlyList<string?>> table =
        [
            ["SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2024"],
            ["STT", "Số, ký hiệu văn bản", "Ngày tháng văn bản", "Tên loại và trích yếu nội dung văn bản", "Người ký", "Nơi nhận"],
            ["1", "05/KH-UBND", "22/01/2024", "Kế hoạch cải cách hành chính năm 2024", "Nguyễn Văn An", "Các ban, ngành"],
            ["2", "12/QĐ-UBND", "05/02/2024", "Quyết định về việc kiện toàn Bộ phận Một cửa", "Nguyễn Văn An", "Văn phòng"],
            ["3", "31/TB-UBND", "05/03/2024", "Thông báo lịch tiếp công dân tháng 3", "Trần Bình", "Nhân dân"],
            ["4", "135/UBND-VP", "07/03/2024", "V/v báo cáo kết quả giải quyết TTHC quý I", "Trần Bình", "UBND huyện"],
        ];
        var (rows, errors, fileError) = RegisterRows.ReadTable(Documents, table);

        Assert.Null(fileError);
        Assert.Empty(errors);
        Assert.Equal(["05", "12", "31", "135"], rows.Select(r => r.Text("number")));
        Assert.Equal(["KH-UBND", "QĐ-UBND", "TB-UBND", "UBND-VP"], rows.Select(r => r.Text("symbol")));
        Assert.Equal(["Kế hoạch", "Quyết định", "Thông báo", "Công văn"], rows.Select(r => r.Text("type")));
        Assert.Equal(["về cải cách hành chính năm 2024", "về việc kiện toàn Bộ phận Một cửa", "về lịch tiếp công dân tháng 3", "V/v báo cáo kết quả giải quyết TTHC quý I"],
            rows.Select(r => r.Text("title")));
        // Without a column saying so, a document is on CCHC when its title names it.
        Assert.Equal([true, true, false, true], rows.Select(r => r.Flag("cchc")));
    }

    [Fact]
    public void Any_bad_row_refuses_the_file_and_every_error_names_its_line_column_and_value()
    {
        IReadOnlyList<IReadOnlyList<string?>> table =
        [
            ["Số", "Ký hiệu", "Ngày ban hành", "Loại văn bản", "Trích yếu"],
            ["05", "KH-UBND", "22/01/2024", "Kế hoạch", "về CCHC"],
            ["06", "KH-UBND", "31/02/2024", "Sắc lệnh", "về CCHC"],
            ["07", "", "01/03/2024", "Kế hoạch", "về CCHC"],
        ];
        var (rows, errors, fileError) = RegisterRows.ReadTable(Documents, table);

        Assert.Null(fileError);
        Assert.Empty(rows);
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Line == 3 && e.Column == "Ngày ban hành" && e.Value == "31/02/2024" && e.Message == RegisterMessages.NotADate);
        Assert.Contains(errors, e => e.Line == 3 && e.Column == "Loại văn bản" && e.Value == "Sắc lệnh" && e.Message.Contains("«Quyết định»"));
        Assert.Contains(errors, e => e.Line == 4 && e.Column == "Ký hiệu" && e.Message == RegisterMessages.Required);
    }

    [Fact]
    public void A_file_without_the_required_columns_or_with_one_twice_is_refused_by_name()
    {
        var (_, _, missing) = RegisterRows.ReadTable(Documents, [["Số", "Ngày ban hành", "Trích yếu"], ["1", "01/01/2024", "x"]]);
        Assert.Contains("«Ký hiệu»", missing);
        // The type is told by the symbol when the file has no column for it (KH-UBND: a plan).
        Assert.DoesNotContain("«Loại văn bản»", missing);

        var (_, _, twice) = RegisterRows.ReadTable(Documents, [["Số", "Ký hiệu", "Ngày ban hành", "Loại văn bản", "Trích yếu", "Ngày"], ["1", "a", "01/01/2024", "Khác", "x", "02/01/2024"]]);
        Assert.Equal(RegisterMessages.DuplicateColumn("Ngày ban hành"), twice);

        var (_, _, none) = RegisterRows.ReadTable(Documents, [["a", "b"], ["1", "2"]]);
        Assert.Equal(RegisterMessages.NoHeader(Documents), none);
    }

    [Fact]
    public void A_row_is_checked_as_a_whole_too()
    {
        var inspections = RegisterCatalog.Get(RegisterCatalog.Inspections);
        var (row, errors) = RegisterRows.Read(inspections, new Dictionary<string, string?>
        {
            ["date"] = "12/03/2024", ["unit"] = "Bộ phận Một cửa", ["kind"] = "ubnd cap xa", ["found"] = "2", ["resolved"] = "3",
        });
        Assert.Null(row);
        Assert.Equal([("resolved", RegisterMessages.ResolvedOverFound)], errors);

        var procedures = RegisterCatalog.Get(RegisterCatalog.Procedures);
        var (_, stop) = RegisterRows.Read(procedures, new Dictionary<string, string?>
        {
            ["name"] = "Đăng ký khai sinh", ["field"] = "Hộ tịch", ["level"] = "Cấp xã", ["from"] = "01/03/2024", ["until"] = "01/01/2024",
        });
        Assert.Equal(Register.Until, Assert.Single(stop).Column);
    }

    [Theory]
    [InlineData("Toàn trình", "Toàn trình")]
    [InlineData("Dịch vụ công trực tuyến toàn trình", "Toàn trình")]
    [InlineData("DVC trực tuyến một phần", "Một phần")]
    [InlineData("Dịch vụ cung cấp thông tin trực tuyến", null)]
    [InlineData("Một phần, toàn trình", null)]
    public void A_choice_is_read_from_the_words_other_systems_write_it_with(string cell, string? option)
    {
        var online = RegisterCatalog.Get(RegisterCatalog.Procedures).Column("online")!;
        Assert.Equal(option, RegisterCells.Read(online, cell).Value);
    }

    [Theory]
    [InlineData("cchc", true)]
    [InlineData("not cchc", false)]
    [InlineData("type = kế hoạch", true)]
    [InlineData("type != Kế hoạch", false)]
    [InlineData("issued <= end", true)]
    [InlineData("issued < start", false)]
    [InlineData("number >= 05", true)]
    public void Conditions_read_as_written_in_template_data(string text, bool holds)
    {
        var row = SeedRegisters.Row(RegisterCatalog.Documents, ("number", "05"), ("symbol", "KH-UBND"), ("issued", "22/01/2024"), ("type", "Kế hoạch"), ("title", "CCHC"), ("cchc", "có"));
        var condition = RegisterCondition.Parse(text)!;

        Assert.Null(condition.Problem(Documents));
        Assert.Equal(holds, condition.Holds(Documents, row, SeedRegisters.HalfYear));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not")]
    [InlineData("a b = c")]
    [InlineData("= x")]
    public void A_condition_that_cannot_be_read_is_null(string text) => Assert.Null(RegisterCondition.Parse(text));
}
