using System.Text;
using ParReport.Domain.Dossiers;
using ParReport.Domain.Periods;

namespace ParReport.Documents.Tests;

public class DossierCsvTest
{
    private static List<DossierRow> Read(string csv, bool bom = false, IReadOnlyDictionary<string, DossierColumn>? mapping = null) =>
        DossierCsv.Read(new MemoryStream((bom ? new UTF8Encoding(true).GetPreamble() : []).Concat(Encoding.UTF8.GetBytes(csv)).ToArray()), mapping).ToList();

    [Fact]
    public void A_semicolon_export_with_a_BOM_and_Vietnamese_headers_is_read_with_every_date_format()
    {
        var rows = Read(
            "Mã hồ sơ;LĨNH VỰC;Thủ tục;Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả;Hình thức nộp;Phí/lệ phí;Thanh toán trực tuyến;Mức độ hài lòng\n"
            + "H1;Tư pháp - Hộ tịch;Đăng ký khai sinh;04/03/2024 08:15;06/03/2024;05/03/2024 10:00;Trực tuyến;8.000;Có;Rất hài lòng\n"
            + "H2;Đất đai;Đăng ký biến động;2024-03-04;2024-03-20;;Trực tiếp;;;\n"
            + "H3;Đất đai;Cấp đổi;4/3/2024;;;Bưu chính công ích;0;Không;Không hài lòng\n", bom: true);
        Assert.All(rows, r => Assert.Empty(r.Errors));
        Assert.Equal(new Dossier("H1", "Tư pháp - Hộ tịch", new DateTime(2024, 3, 4, 8, 15, 0), new DateTime(2024, 3, 6), new DateTime(2024, 3, 5, 10, 0, 0),
            SubmissionChannel.Online, 8000m, true, true), rows[0].Dossier);
        Assert.Equal((SubmissionChannel.Direct, (DateTime?)null, (decimal?)null, false, (bool?)null),
            (rows[1].Dossier!.Channel, rows[1].Dossier!.Resolved, rows[1].Dossier!.Fee, rows[1].Dossier!.PaidOnline, rows[1].Dossier!.Satisfied));
        Assert.Equal((SubmissionChannel.Postal, false), (rows[2].Dossier!.Channel, rows[2].Dossier!.Satisfied));
        Assert.Equal([2, 3, 4], rows.Select(r => r.Line));
    }

    [Theory]
    [InlineData(",Tư pháp,01/03/2024,,,Trực tuyến", "Mã hồ sơ", "", "thiếu mã hồ sơ")]
    [InlineData("H1,Tư pháp,31/02/2024,,,Trực tuyến", "Ngày tiếp nhận", "31/02/2024", "không đọc được ngày")]
    [InlineData("H1,Tư pháp,05/03/2024,,04/03/2024,Trực tuyến", "Ngày có kết quả", "04/03/2024", "trước ngày tiếp nhận")]
    [InlineData("H1,Tư pháp,05/03/2024,01/01/0001,,Trực tuyến", "Ngày hẹn trả", "01/01/0001", "trước năm 1900")]
    [InlineData("H1,Tư pháp,05/03/2024,,,Qua điện thoại", "Hình thức nộp", "Qua điện thoại", "hình thức nộp không rõ")]
    [InlineData("H1,,05/03/2024,,,Trực tuyến", "Lĩnh vực", "", "thiếu lĩnh vực")]
    [InlineData("HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH,Tư pháp,05/03/2024,,,Trực tuyến,",
        "Mã hồ sơ", "HHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHHH", "dài quá 64 ký tự")]
    [InlineData("H1,Tư pháp,05/03/2024,,,Trực tuyến,\"12,345\"", "Phí/lệ phí", "12,345", "tối đa 2 chữ số thập phân")]
    [InlineData("H1,Tư pháp,05/03/2024,,,Trực tuyến,10.000.000.000.000.000", "Phí/lệ phí", "10.000.000.000.000.000", "không phải là một số không âm")]
    public void Each_bad_row_names_its_line_column_and_value(string row, string column, string value, string message)
    {
        var read = Assert.Single(Read("Mã hồ sơ,Lĩnh vực,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Hình thức nộp,Phí/lệ phí\n" + row + (row.Count(c => c == ',') == 5 ? "," : "") + "\n"));
        Assert.Null(read.Dossier);
        var error = Assert.Single(read.Errors);
        Assert.Equal((2, column, value), (error.Line, error.Column, error.Value));
        Assert.Contains(message, error.Message);
        Assert.StartsWith($"dòng 2, cột «{column}», giá trị «{value}»", error.ToString());
    }

    [Fact]
    public void A_units_own_headers_are_mapped_to_the_columns()
    {
        var mapping = new Dictionary<string, DossierColumn> { ["Số biên nhận"] = DossierColumn.Code, ["Kênh"] = DossierColumn.Channel, ["Nhóm TTHC"] = DossierColumn.Field };
        var row = Assert.Single(Read("Số biên nhận\tNhóm TTHC\tNgày tiếp nhận\tKênh\nB-1\tHộ tịch\t01/03/2024\tTrực tuyến\n", mapping: mapping));
        Assert.Equal(("B-1", "Hộ tịch", SubmissionChannel.Online), (row.Dossier!.Code, row.Dossier.Field, row.Dossier.Channel));
    }

    [Fact]
    public void A_file_without_a_required_column_is_refused_naming_it()
    {
        var error = Assert.Throws<UnreadableFileException>(() => Read("Mã hồ sơ,Ngày tiếp nhận\nH1,01/03/2024\n"));
        Assert.StartsWith("Tệp hồ sơ thiếu cột: «Lĩnh vực», «Hình thức nộp» (", error.Message);
    }

    [Fact]
    public void Title_lines_above_the_header_are_passed_over_and_the_separator_found_on_the_table()
    {
        var rows = Read("ỦY BAN NHÂN DÂN XÃ AN BÌNH\nDANH SÁCH HỒ SƠ TIẾP NHẬN QUÝ I/2024\n\n"
            + "STT,Số hồ sơ,Lĩnh vực,Ngày tiếp nhận,Hạn trả,Kênh tiếp nhận\n"
            + "1,H1,Tư pháp,04/03/2024,08/03/2024,Nộp trực tuyến\n2,H2,Đất đai,05/03/2024,,Qua bưu điện\n");
        Assert.Equal([("H1", SubmissionChannel.Online, 5), ("H2", SubmissionChannel.Postal, 6)], rows.Select(r => (r.Dossier!.Code, r.Dossier.Channel, r.Line)));
        Assert.Equal(new DateTime(2024, 3, 8), rows[0].Dossier!.Deadline);
    }

    // Windows-1258 has the letters with a circumflex, breve or horn, and the five tones as combining marks: "ồ" is "ô" + U+0300.
    private static string Windows1258Form(string text)
    {
        var result = new StringBuilder();
        foreach (var c in text)
        {
            var parts = c.ToString().Normalize(NormalizationForm.FormD);
            var tone = parts.FirstOrDefault(p => p is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323');
            result.Append(tone == default ? c.ToString() : parts.Replace(tone.ToString(), "").Normalize(NormalizationForm.FormC) + tone);
        }
        return result.ToString();
    }

    [Fact]
    public void A_file_in_the_legacy_windows_1258_code_page_is_detected_and_read_composed()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var legacy = Encoding.GetEncoding(1258);
        var csv = "Mã hồ sơ;Lĩnh vực;Ngày tiếp nhận;Hình thức nộp\nH1;Hộ tịch;04/03/2024;Trực tiếp\nH2;Đất đai;04/03/2024;Bưu chính công ích\n";
        var bytes = legacy.GetBytes(Windows1258Form(csv));
        Assert.False(System.Text.Unicode.Utf8.IsValid(bytes));
        var rows = DossierCsv.Read(new MemoryStream(bytes)).ToList();
        Assert.All(rows, r => Assert.Empty(r.Errors));
        Assert.Equal(["Hộ tịch", "Đất đai"], rows.Select(r => r.Dossier!.Field));
        Assert.True(rows[0].Dossier!.Field.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(SubmissionChannel.Postal, rows[1].Dossier!.Channel);
    }

    [Fact]
    public void Read_rows_flow_into_the_statistics_of_a_window()
    {
        var rows = Read("Mã hồ sơ,Lĩnh vực,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Hình thức nộp\n"
            + "H1,Tư pháp,04/03/2024,08/03/2024,05/03/2024,Trực tuyến\n"
            + "H2,Tư pháp,10/12/2023,20/12/2023,,Trực tiếp\n");
        var statistics = new DossierStatistics(new ReportingPeriod(2024, PeriodKind.QuarterOne).DefaultWindow);
        statistics.AddRange(rows.Select(r => r.Dossier!));
        Assert.Equal(new DossierTableRow("Tư pháp", 1, 0, 1, 1, 0, 0, 0, 1), Assert.Single(statistics.Rows));
    }
}
