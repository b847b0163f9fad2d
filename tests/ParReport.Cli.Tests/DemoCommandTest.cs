namespace ParReport.Cli.Tests;

public class DemoCommandTest
{
    [Fact]
    public async Task Demo_creates_a_province_with_districts_communes_requests_and_reports_once()
    {
        using var cli = new CliRun();
        var (exit, output, _) = await cli.RunAsync("demo", "--as-of", "05/03/2024");
        Assert.Equal(0, exit);
        Assert.Contains("Đã tạo dữ liệu mẫu: 16 đơn vị, 7 yêu cầu báo cáo, 24 báo cáo.", output);
        Assert.Contains("Người dùng demo (mật khẩu chung «Demo@2024»):", output);
        foreach (var (user, role) in new[] { ("quantri", "Quản trị"), ("captren", "Cán bộ cấp trên"), ("tonghop", "Cán bộ tổng hợp"), ("chuyenmon", "Cán bộ chuyên môn"), ("lanhdao", "Lãnh đạo") })
            Assert.Matches($@"\n  {user} +{role} — ", output.Replace("\r\n", "\n"));

        var again = await cli.RunAsync("demo", "--as-of", "05/03/2024");
        Assert.Contains("không tạo thêm", again.Output);

        var (_, list, _) = await cli.RunAsync("units", "list");
        Assert.StartsWith("tinh-minh-son\tTỉnh Minh Sơn\n  huyen-an-phu\tHuyện An Phú\n    an-phu-an-binh\tXã An Bình", list.Replace("\r\n", "\n"));
    }
}
