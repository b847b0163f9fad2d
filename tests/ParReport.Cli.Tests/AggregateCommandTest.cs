using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;

namespace ParReport.Cli.Tests;

public class AggregateCommandTest
{
    private static async Task<string> DemoRequestAsync(CliRun cli)
    {
        Assert.Equal(0, (await cli.RunAsync("demo", "--as-of", "05/03/2024")).Exit);
        var listed = (await cli.RunAsync("requests", "list")).Output.Split('\n').Single(l => l.Contains("\thuyen-an-phu\t2024-Q1\t"));
        return listed[..listed.IndexOf('\t')];
    }

    [Fact]
    public async Task The_aggregate_of_a_request_is_printed_as_text_and_json_and_written_as_xlsx()
    {
        using var cli = new CliRun();
        var id = await DemoRequestAsync(cli);

        var (exit, output, error) = await cli.RunAsync("aggregate", "--request", id);
        Assert.True(exit == 0, error);
        Assert.Contains("Huyện An Phú — tổng hợp số liệu quý I năm 2024, mẫu xa@2", output);
        Assert.Contains("Số liệu tổng hợp từ 1/4 xã: Xã Phú Thịnh (phiên bản 1).", output);
        Assert.Matches(@"III/3\.1\.1\tTổng số hồ sơ TTHC đã giải quyết xong\t[\d.]+\t\(thiếu 3/4 xã: ", output);

        var json = await cli.RunAsync("aggregate", "--request", id, "--sent", "--json");
        Assert.Equal(0, json.Exit);
        using var document = JsonDocument.Parse(json.Output);
        var root = document.RootElement;
        Assert.True(root.GetProperty("includesSent").GetBoolean());
        Assert.Equal(2, root.GetProperty("units").EnumerateArray().Count(u => u.GetProperty("version").ValueKind == JsonValueKind.Number));
        var resolved = root.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("key").GetString() == "III/3.1.1");
        Assert.Equal((2, 4), (resolved.GetProperty("reported").GetInt32(), resolved.GetProperty("expected").GetInt32()));

        var file = Path.Combine(cli.Folder, "tong-hop.xlsx");
        Assert.Equal(0, (await cli.RunAsync("aggregate", "--request", id, "-o", file)).Exit);
        using var workbook = SpreadsheetDocument.Open(file, false);
        Assert.Equal(7, workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count());
    }

    [Fact]
    public async Task The_roll_up_of_a_province_or_the_whole_country_is_printed_as_text_and_json()
    {
        using var cli = new CliRun();
        var id = await DemoRequestAsync(cli);
        var request = await cli.RunAsync("aggregate", "--request", id, "--sent", "--json");

        var (exit, output, error) = await cli.RunAsync("aggregate", "--unit", ParReport.Domain.Demo.DemoOrganisation.ProvinceCode, "--period", "2024-Q1", "--template", "xa", "--sent");
        Assert.True(exit == 0, error);
        Assert.Contains("— tổng hợp số liệu quý I năm 2024 của mọi đơn vị cấp dưới, mẫu xa@2", output);
        Assert.Matches(@"III/3\.1\.1\tTổng số hồ sơ TTHC đã giải quyết xong\t[\d.]+", output);

        var json = await cli.RunAsync("aggregate", "--period", "2024-Q1", "--template", "xa", "--sent", "--json");
        Assert.True(json.Exit == 0, json.Error);
        using var nation = JsonDocument.Parse(json.Output);
        using var one = JsonDocument.Parse(request.Output);
        Assert.Equal(JsonValueKind.Null, nation.RootElement.GetProperty("request").ValueKind);
        Assert.Equal(JsonValueKind.Null, nation.RootElement.GetProperty("issuer").ValueKind);
        // Every district's communes, the one district's among them.
        var units = nation.RootElement.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("code").GetString()).ToList();
        Assert.Superset(one.RootElement.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("code").GetString()).ToHashSet(), units.ToHashSet());
        Assert.True(units.Count > one.RootElement.GetProperty("units").GetArrayLength());
    }

    [Theory]
    [InlineData("Cần --request", "aggregate", "--unit", "tinh", "--period", "2024-Q1")]
    [InlineData("Cần --request", "aggregate", "--request", "1", "--period", "2024-Q1", "--template", "xa")]
    [InlineData("Kỳ báo cáo «2024-X» không hợp lệ", "aggregate", "--period", "2024-X", "--template", "xa")]
    [InlineData("Không có yêu cầu báo cáo quý I năm 2024 nào theo mẫu «khong»", "aggregate", "--period", "2024-Q1", "--template", "khong")]
    public async Task A_roll_up_needs_a_period_and_a_template_that_were_asked(string message, params string[] args)
    {
        using var cli = new CliRun();
        await DemoRequestAsync(cli);
        var (exit, _, error) = await cli.RunAsync(args);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
    }

    [Theory]
    [InlineData("999", "Không có yêu cầu báo cáo mã 999.")]
    [InlineData("1", "chỉ ghi được tệp .xlsx hoặc .csv", "-o", "tong-hop.pdf")]
    public async Task A_bad_request_or_file_is_named_with_exit_2(string id, string message, params string[] more)
    {
        using var cli = new CliRun();
        await DemoRequestAsync(cli);
        var (exit, _, error) = await cli.RunAsync(["aggregate", "--request", id, .. more]);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
    }
}
