using ParReport.Domain.Formatting;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Documents;

/// <summary>
/// The on-time and online rates of a unit over its reporting periods, drawn as grouped bars (PNG), for the
/// report page and the DOCX. A period whose rate cannot be computed has no bar.
/// </summary>
public static class RateChart
{
    public sealed record Point(string Period, decimal? OnTime, decimal? Online);

    /// <summary>The points of a unit's reports, oldest first; null when no report has either rate.</summary>
    public static IReadOnlyList<Point>? History(IEnumerable<(ReportTemplate Template, Report Report)> reports)
    {
        var points = reports.OrderBy(r => r.Report.Period)
            .Select(r => new Point(r.Report.Period.Title, KeyRates.OnTime(r.Template, r.Report), KeyRates.Online(r.Template, r.Report)))
            .ToList();
        return points.Any(p => p.OnTime is not null || p.Online is not null) ? points : null;
    }

    public const int Width = 900, Height = 420;

    /// <summary>The chart as a figure of the DOCX, at the end of the outline item on administrative procedures.</summary>
    public static DocxReport.Figure? Figure(ReportTemplate template, IReadOnlyList<Point>? history) =>
        Outline(template, history) is { } outline ? new DocxReport.Figure(outline, Png(history!), Width, Height) : null;

    /// <summary>
    /// The outline item the chart goes under, or null when there is nothing to draw; without drawing it, which takes tens
    /// of milliseconds: the report page only places the image, fetched on its own.
    /// </summary>
    public static string? Outline(ReportTemplate template, IReadOnlyList<Point>? history) =>
        history is null ? null : DocxReport.DossierOutline(template);

    /// <summary>
    /// The chart as a PNG. Drawing one takes tens of milliseconds and a report page asks for it on every view, for the
    /// same few figures, so the charts last drawn are kept for the process by their points (a changed rate is a new chart);
    /// callers only read the bytes.
    /// </summary>
    public static byte[] Png(IReadOnlyList<Point> points)
    {
        var key = string.Join('\n', points.Select(p => $"{p.Period}|{p.OnTime}|{p.Online}"));
        if (Drawn.TryGetValue(key, out var png)) return png;
        if (Drawn.Count >= KeptCharts) Drawn.Clear();
        return Drawn[key] = Draw(points);
    }

    private const int KeptCharts = 1000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> Drawn = new();

    private static byte[] Draw(IReadOnlyList<Point> points)
    {
        var plot = new ScottPlot.Plot();
        plot.Font.Set("DejaVu Sans");
        var bars = new List<ScottPlot.Bar>();
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].OnTime is { } onTime) bars.Add(Bar(i * 3, onTime, ScottPlot.Colors.SteelBlue));
            if (points[i].Online is { } online) bars.Add(Bar(i * 3 + 1, online, ScottPlot.Colors.DarkOrange));
        }
        plot.Add.Bars(bars);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            points.Select((p, i) => new ScottPlot.Tick(i * 3 + 0.5, p.Period)).ToArray());
        plot.Axes.SetLimitsY(0, 135);
        plot.Axes.Left.Label.Text = "%";
        plot.Title("Tỷ lệ hồ sơ giải quyết đúng hạn và tiếp nhận trực tuyến qua các kỳ");
        plot.Legend.IsVisible = true;
        plot.Legend.ManualItems.Add(new ScottPlot.LegendItem { LabelText = "Đúng hạn (gồm trước hạn)", FillColor = ScottPlot.Colors.SteelBlue });
        plot.Legend.ManualItems.Add(new ScottPlot.LegendItem { LabelText = "Tiếp nhận trực tuyến", FillColor = ScottPlot.Colors.DarkOrange });
        plot.Legend.Alignment = ScottPlot.Alignment.UpperRight;
        return plot.GetImageBytes(Width, Height, ScottPlot.ImageFormat.Png);
    }

    private static ScottPlot.Bar Bar(double position, decimal percent, ScottPlot.Color color) => new()
    {
        Position = position,
        Value = (double)percent,
        FillColor = color,
        Label = VietnameseNumbers.FormatPercent(percent),
    };
}
