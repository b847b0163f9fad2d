using System.Text.Json;
using ParReport.Documents;
using ParReport.Domain.Demo;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Cli.Tests;

public class CheckCommandTest
{
    private static string Seed(string name) => Path.Combine(AppContext.BaseDirectory, "seeds", name);

    [Fact]
    public async Task A_report_with_problems_is_listed_in_Vietnamese_with_exit_code_1()
    {
        using var cli = new CliRun();
        var (exit, output, _) = await cli.RunAsync("check", Seed("bao-cao-quy-I-2024-xa-phuong-dinh.txt"));
        Assert.Equal(1, exit);
        Assert.Contains("Kỳ báo cáo: quý I năm 2024", output);
        Assert.Contains("Mẫu đối chiếu: xa phiên bản 2 — khớp 68/73 dòng phụ lục", output);
        Assert.Contains("  Trích: «317/1.034 = 31%»\n  Đúng ra: (717 + 317)/1.034 = 100%", output.Replace("\r\n", "\n"));
    }

    [Fact]
    public async Task Json_output_lists_each_finding_with_severity_location_quote_expected_and_why()
    {
        using var cli = new CliRun();
        var (exit, output, _) = await cli.RunAsync("check", Seed("bao-cao-quy-I-2021-huyen-kbang.txt"), "--json");
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var choice = Assert.Single(findings, f => f.GetProperty("quote").GetString() == "1 2");
        Assert.Equal("lỗi", choice.GetProperty("severityName").GetString());
        Assert.StartsWith("phụ lục, mục 7.1", choice.GetProperty("location").GetString());
        Assert.Equal("một trong các mã: Chưa = 0; Hoàn thành = 1", choice.GetProperty("expected").GetString());
        Assert.Equal("huyen", json.RootElement.GetProperty("template").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_clean_generated_report_exits_with_0()
    {
        using var cli = new CliRun();
        var template = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 2));
        var period = new ReportingPeriod(2024, PeriodKind.HalfYear);
        var report = Report.Empty("x", period, template.Ref) with { Values = PlausibleValues.Generate(template, 42) };
        var text = ReportPlainText.Render(template, new OrgUnit("x", "Xã Bắc Sơn", UnitLevel.Commune, null),
            ReportingRequest.Create("h", period, template.Ref), report, "36/BC-UBND");
        var path = cli.WriteFile("sach.txt", string.Join('\n', text));

        var (exit, output, _) = await cli.RunAsync("check", path);
        Assert.Equal(0, exit);
        Assert.Contains("Không phát hiện lỗi.", output);
    }

    [Theory]
    [InlineData("anh.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0xFF, 0x00 }, "không phải văn bản UTF-8 hay tệp DOCX")]
    [InlineData("hong.docx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x01 }, "không phải tệp DOCX hợp lệ")]
    [InlineData("rong.txt", new byte[0], "rỗng")]
    [InlineData("ghi-chu.txt", new byte[] { 0x47, 0x61, 0x6F }, "Không nhận ra báo cáo")]
    public async Task An_unreadable_file_exits_with_2_and_a_clear_message(string name, byte[] content, string message)
    {
        using var cli = new CliRun();
        var path = Path.Combine(cli.Folder, name);
        await File.WriteAllBytesAsync(path, content);
        var (exit, _, error) = await cli.RunAsync("check", path);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task A_missing_file_exits_with_2()
    {
        using var cli = new CliRun();
        var (exit, _, error) = await cli.RunAsync("check", Path.Combine(cli.Folder, "khong-co.docx"));
        Assert.Equal(2, exit);
        Assert.Contains("Không tìm thấy tệp", error);
    }
}
