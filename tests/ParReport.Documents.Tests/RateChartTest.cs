namespace ParReport.Documents.Tests;

public class RateChartTest
{
    [Fact]
    public void The_rate_chart_is_a_PNG_of_the_agreed_size()
    {
        var png = RateChart.Png([new("Năm 2023", 96.4m, 88.1m), new("6 tháng 2024", 100m, 99.8m), new("9 tháng 2024", null, 97m)]);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.Take(4));
        // Width and height are the big-endian integers at bytes 16–23 of the IHDR chunk.
        Assert.Equal(RateChart.Width, (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]);
        Assert.Equal(RateChart.Height, (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23]);
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts"));
        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "artifacts", "bieu-do-ty-le.png"), png);
    }

    [Fact]
    public void A_chart_of_the_same_points_is_drawn_once_and_a_changed_rate_draws_anew()
    {
        RateChart.Point[] points = [new("Quý I/2023", 91.5m, 70.25m), new("Quý I/2024", 93m, 71m)];
        var first = RateChart.Png(points);
        Assert.Same(first, RateChart.Png([.. points]));
        var changed = RateChart.Png([points[0], points[1] with { Online = 72m }]);
        Assert.NotSame(first, changed);
        Assert.NotEqual(first, changed);
    }
}
