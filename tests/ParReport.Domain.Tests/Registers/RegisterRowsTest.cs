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
        Assert.Contains("«Loại văn bản»", missing);

        var (_, _, twice) = RegisterRows.ReadTable(Documents, [["Số", "Ký hiệu", "Ngày ban hành", "Loại văn bản", "Trích yếu", "Ngày"], ["1", "a", "01/01/2024", "Khác", "x", "02/01/2024"]]);
        Assert.Equal(RegisterMessages.DuplicateColumn("Ngày ban hành"), twice);

        var (_, _, none) = RegisterRows.ReadTable(Documents, [["a", "b"], ["1", "2"]]);
        Assert.Equal(RegisterMessages.NoHeader, none);
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
