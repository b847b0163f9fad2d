namespace ParReport.Cli.Tests;

public class TemplatesCommandsTest
{
    [Fact]
    public async Task List_shows_every_template_version()
    {
        using var cli = new CliRun();
        var (exit, output, _) = await cli.RunAsync("templates", "list");
        Assert.Equal(0, exit);
        Assert.Contains("xa\t1\txa\t01/01/2022\t7\t", output);
        Assert.Contains("xa\t2\txa\t01/01/2023\t5\t", output);
        Assert.Contains("huyen\t1\thuyen\t01/01/2021\t7\t", output);
    }

    [Fact]
    public async Task Show_prints_the_outline_and_the_forms_with_derived_rates()
    {
        using var cli = new CliRun();
        var (exit, output, _) = await cli.RunAsync("templates", "show", "xa", "--version", "1");
        Assert.Equal(0, exit);
        Assert.Contains("  2. Cải cách thủ tục hành chính (TTHC) (Văn phòng – Thống kê) — biểu mẫu 3", output);
        Assert.Contains("BIỂU MẪU 6: Cải cách tài chính công (Tài chính – Kế toán)", output);
        Assert.Contains("2\tTỷ lệ hoàn thành Kế hoạch CCHC năm (Lũy kế đến thời điểm báo cáo)\t= 2.2 / 2.1 [lũy kế]", output);
        Assert.Contains("  5.2\tHình thức khảo sát\tTrực tuyến = 0; Phát phiếu = 1; Kết hợp = 2", output);
    }

    [Fact]
    public async Task Show_refuses_an_unknown_template()
    {
        using var cli = new CliRun();
        var (exit, _, error) = await cli.RunAsync("templates", "show", "phuong");
        Assert.Equal(2, exit);
        Assert.Contains("Không có mẫu «phuong»", error);
    }

    [Fact]
    public async Task Validate_accepts_a_shipped_template_file()
    {
        using var cli = new CliRun();
        var path = Path.Combine(AppContext.BaseDirectory, "../../../../../templates/xa-v1.json");
        var (exit, output, _) = await cli.RunAsync("templates", "validate", path);
        Assert.Equal(0, exit);
        Assert.Contains("xa-v1.json: hợp lệ — mẫu xa phiên bản 1, 7 biểu mẫu, 123 chỉ tiêu", output);
    }

    [Fact]
    public async Task Validate_lists_the_problems_of_a_malformed_file_with_its_name_and_codes()
    {
        using var cli = new CliRun();
        var path = cli.WriteFile("hong.json", """
            { "id": "xa", "version": 3, "name": "Hỏng", "level": "xa", "validFrom": "2025-01-01",
              "fields": [ { "id": "vp", "name": "Văn phòng" } ],
              "forms": [ { "code": "1", "title": "Biểu 1", "field": "vp", "indicators": [
                { "code": "2", "label": "Tỷ lệ", "kind": "rate", "unit": "%", "numerator": "2.2", "denominator": "2.1" },
                { "code": "2.2", "parent": "2", "label": "Đã xong", "kind": "count", "unit": "Nhiệm vụ" },
                { "code": "3.1", "parent": "3", "label": "Số tổ chức", "kind": "count", "unit": "Cái" } ] } ] }
            """);
        var (exit, _, error) = await cli.RunAsync("templates", "validate", path);
        Assert.Equal(1, exit);
        Assert.Contains("hong.json: chỉ tiêu/mục 1/2: mẫu số «2.1» không tồn tại.", error);
        Assert.Contains("hong.json: chỉ tiêu/mục 1/3.1: đơn vị tính «Cái» không có trong danh mục đơn vị.", error);
        Assert.Contains("hong.json: chỉ tiêu/mục 1/3.1: chỉ tiêu cha «3» không tồn tại.", error);
    }

    [Fact]
    public async Task Validate_reports_a_missing_file_without_a_stack_trace()
    {
        using var cli = new CliRun();
        var (exit, _, error) = await cli.RunAsync("templates", "validate", Path.Combine(cli.Folder, "khong-co.json"));
        Assert.Equal(2, exit);
        Assert.Contains("không tìm thấy tệp", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Infer_writes_a_template_from_a_report_appendix_that_validate_accepts()
    {
        using var cli = new CliRun();
        var target = Path.Combine(Path.GetTempPath(), $"suy-ra-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, output, error) = await cli.RunAsync("templates", "infer", Path.Combine(AppContext.BaseDirectory, "seeds", "bao-cao-quy-I-2024-xa-phuong-dinh.txt"), "-o", target);
            Assert.Equal(0, exit);
            Assert.Equal("", output);
            Assert.Contains("73 dòng phụ lục → 5 biểu mẫu, 68 chỉ tiêu (11 tỷ lệ tính từ các dòng con, 3 lựa chọn)", error);
            var json = File.ReadAllText(target);
            Assert.Contains("\"numerator\": \"3.1.2\",\n          \"denominator\": \"3.1.1\"", json.Replace("\r\n", "\n"));

            var (valid, validOutput, _) = await cli.RunAsync("templates", "validate", target);
            Assert.Equal(0, valid);
            Assert.Contains("hợp lệ — mẫu rieng phiên bản 1, 5 biểu mẫu, 68 chỉ tiêu", validOutput);
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Fact]
    public async Task Infer_refuses_a_file_without_an_appendix()
    {
        using var cli = new CliRun();
        var file = Path.Combine(Path.GetTempPath(), $"khong-phu-luc-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "BÁO CÁO\nKết quả công tác cải cách hành chính quý I năm 2024\nKhông có bảng nào.\n");
        try
        {
            var (exit, output, error) = await cli.RunAsync("templates", "infer", file);
            Assert.Equal(2, exit);
            Assert.Equal("", output);
            Assert.Contains("Không thấy bảng phụ lục", error);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
