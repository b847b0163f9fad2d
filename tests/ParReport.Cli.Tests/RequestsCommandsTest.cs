using System.Text.Json;

namespace ParReport.Cli.Tests;

public class RequestsCommandsTest
{
    [Fact]
    public async Task A_district_asks_its_communes_for_a_period_with_its_letter_and_the_request_is_listed_and_answered_by_a_report()
    {
        using var cli = new CliRun();
        Assert.Equal(0, (await cli.RunAsync("demo", "--as-of", "05/03/2024")).Exit);
        var (exit, output, error) = await cli.RunAsync("requests", "add", "--issuer", "huyen-an-phu", "--period", "2024-6T", "--template", "xa",
            "--from", "10/12/2023", "--to", "09/06/2024", "--deadline", "12/06/2024", "--letter", "210/UBND-NV", "--letter-date", "20/05/2024");
        Assert.True(exit == 0, error);
        Assert.Contains("Đã tạo yêu cầu báo cáo 6 tháng đầu năm 2024 của Huyện An Phú (mẫu xa@2): chốt số liệu 10/12/2023 – 09/06/2024, hạn nộp 12/06/2024, gửi 4 đơn vị.", output);

        var (_, list, _) = await cli.RunAsync("requests", "list");
        Assert.Contains("huyen-an-phu\t2024-6T\txa@2\t10/12/2023 → 09/06/2024\thạn 12/06/2024\t0/4 báo cáo", list);

        var again = await cli.RunAsync("requests", "add", "--issuer", "huyen-an-phu", "--period", "2024-6T", "--template", "xa");
        Assert.Equal(1, again.Exit);
        Assert.Contains("Huyện An Phú đã gửi yêu cầu báo cáo 6 tháng đầu năm 2024; không tạo thêm.", again.Error);
    }

    [Theory]
    [InlineData("--period", "2024-Q5", "Kỳ báo cáo «2024-Q5» không hợp lệ")]
    [InlineData("--template", "khong-co", "Không có mẫu «khong-co»")]
    [InlineData("--issuer", "khong-co", "khong-co")]
    [InlineData("--from", "31/02/2024", "Ngày «31/02/2024» không đúng dạng dd/MM/yyyy.")]
    [InlineData("--letter", "5/UBND", "cần cả số (--letter) và ngày (--letter-date)")]
    [InlineData("--to", "01/06/2023", "Thời gian chốt số liệu phải nằm trong khoảng 01/12/2023 – 31/12/2024 và kết thúc trong năm 2024.")]
    [InlineData("--deadline", "01/01/1990", "Hạn nộp phải từ ngày cuối thời gian chốt số liệu (14/09/2024) đến 90 ngày sau.")]
    [InlineData("--issuer", "an-phu-an-binh", "Đơn vị không có đơn vị trực thuộc để gửi yêu cầu.")]
    [InlineData("--issuer", "tinh-minh-son", "dành cho cấp xã; các đơn vị trực thuộc là cấp huyện.")]
    public async Task Bad_arguments_are_refused_naming_them_and_nothing_is_stored(string option, string value, string message)
    {
        using var cli = new CliRun();
        await cli.RunAsync("demo", "--as-of", "05/03/2024");
        string[] args = ["requests", "add", "--issuer", "huyen-an-phu", "--period", "2024-9T", "--template", "xa"];
        var index = Array.IndexOf(args, option);
        if (index >= 0) args[index + 1] = value; else args = [.. args, option, value];
        if (option == "--from") args = [.. args, "--to", "14/09/2024"];
        if (option == "--to") args = [.. args, "--from", "01/01/2023"];
        var (exit, _, error) = await cli.RunAsync(args);
        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.DoesNotContain("2024-9T", (await cli.RunAsync("requests", "list")).Output);
    }

    [Fact]
    public async Task The_status_of_a_request_lists_each_units_state_and_counts_only_the_reports_sent()
    {
        using var cli = new CliRun();
        Assert.Equal(0, (await cli.RunAsync("demo", "--as-of", "05/03/2024")).Exit);
        var listed = (await cli.RunAsync("requests", "list")).Output.Split('\n').Single(l => l.Contains("\thuyen-an-phu\t2024-Q1\t"));
        var id = listed[..listed.IndexOf('\t')];

        var (exit, output, error) = await cli.RunAsync("requests", "status", "--request", id);

        Assert.True(exit == 0, error);
        Assert.Contains("Huyện An Phú — báo cáo quý I năm 2024, hạn nộp 14/03/2024", output);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("an-phu-an-binh\tXã An Bình\tnháp\t—\t", lines.Single(l => l.StartsWith("an-phu-an-binh\t")));
        Assert.Matches(@"^an-phu-an-hoa\tXã An Hòa\tđã gửi\t08:00 04/03/2024\tđúng hạn\ttrả lại 0 lần$", lines.Single(l => l.StartsWith("an-phu-an-hoa\t")));
        Assert.Matches(@"^an-phu-phu-thinh\tXã Phú Thịnh\tđã tiếp nhận\t08:00 04/03/2024\tđúng hạn\ttrả lại 0 lần$", lines.Single(l => l.StartsWith("an-phu-phu-thinh\t")));
        Assert.Contains("\tThị trấn An Phú\t", output);
        Assert.Contains("Đầy đủ: 2/4 (50%); đúng hạn: 2/4 (50%)", output);

        var json = await cli.RunAsync("requests", "status", "--request", id, "--json");
        Assert.Equal(0, json.Exit);
        using var document = JsonDocument.Parse(json.Output);
        var root = document.RootElement;
        Assert.Equal((int.Parse(id), 4, 2, 2), (root.GetProperty("request").GetInt32(), root.GetProperty("expected").GetInt32(), root.GetProperty("sent").GetInt32(), root.GetProperty("onTime").GetInt32()));
        Assert.Equal(0.5m, root.GetProperty("completeness").GetDecimal());
        var states = root.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("unit").GetString()!, u => u.GetProperty("status").GetString());
        Assert.Equal("Draft", states["an-phu-an-binh"]);
        Assert.Equal("Sent", states["an-phu-an-hoa"]);
        Assert.Equal("Accepted", states["an-phu-phu-thinh"]);
        Assert.Equal(4, states.Count);
    }
}
