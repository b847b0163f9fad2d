using ParReport.Domain.Formatting;
using ParReport.Domain.Templates;

namespace ParReport.Documents;

/// <summary>
/// The charts an upper unit's outline item asks for (<see cref="OutlineChart"/>): its units ranked on an indicator, as
/// horizontal bars, and its own aggregate of the indicator over its periods, as a line. PNG, for the DOCX.
/// </summary>
public static class UnitsChart
{
    public const int Width = 900;

    /// <summary>The units highest first, with their values; one bar each, labelled with the Vietnamese figure.</summary>
    public static DocxReport.Figure Ranking(string outlineCode, string title, IReadOnlyList<(string Unit, decimal Value)> ranked, bool percent)
    {
        var plot = Plot(title);
        // Highest at the top: ScottPlot counts positions from the bottom.
        var bars = ranked.Select((r, i) => new ScottPlot.Bar
        {
            Position = ranked.Count - 1 - i,
            Value = (double)r.Value,
            FillColor = ScottPlot.Colors.SteelBlue,
            Label = Format(r.Value, percent),
            Orientation = ScottPlot.Orientation.Horizontal,
        }).ToList();
        var series = plot.Add.Bars(bars);
        series.Horizontal = true;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            ranked.Select((r, i) => new ScottPlot.Tick(ranked.Count - 1 - i, r.Unit)).ToArray());
        var max = ranked.Count == 0 ? 1 : (double)ranked.Max(r => r.Value);
        plot.Axes.SetLimitsX(0, percent ? 115 : Math.Max(1, max * 1.15));
        var height = 120 + 32 * Math.Max(1, ranked.Count);
        return new DocxReport.Figure(outlineCode, plot.GetImageBytes(Width, height, ScottPlot.ImageFormat.Png), Width, height);
    }

    /// <summary>One point per period, oldest first; a period without a figure leaves a gap.</summary>
    public static DocxReport.Figure Trend(string outlineCode, string title, IReadOnlyList<(string Period, decimal? Value)> points, bool percent)
    {
        const int height = 380;
        var plot = Plot(title);
        var known = points.Select((p, i) => (X: (double)i, p.Value)).Where(p => p.Value is not null).ToList();
        var line = plot.Add.Scatter(known.Select(p => p.X).ToArray(), known.Select(p => (double)p.Value!.Value).ToArray(), ScottPlot.Colors.SteelBlue);
        line.LineWidth = 2;
        line.MarkerSize = 8;
        foreach (var (x, value) in known)
        {
            var label = plot.Add.Text(Format(value!.Value, percent), x, (double)value.Value);
            label.LabelAlignment = ScottPlot.Alignment.LowerCenter;
            label.LabelFontSize = 13;
            label.OffsetY = -6;
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(points.Select((p, i) => new ScottPlot.Tick(i, p.Period)).ToArray());
        var max = known.Count == 0 ? 1 : known.Max(p => (double)p.Value!.Value);
        plot.Axes.SetLimits(-0.5, points.Count - 0.5, 0, percent ? 115 : Math.Max(1, max * 1.2));
        return new DocxReport.Figure(outlineCode, plot.GetImageBytes(Width, height, ScottPlot.ImageFormat.Png), Width, height);
    }

    private static ScottPlot.Plot Plot(string title)
    {
        var plot = new ScottPlot.Plot();
        plot.Font.Set("DejaVu Sans");
        plot.Title(title);
        return plot;
    }

    private static string Format(decimal value, bool percent) => percent ? VietnameseNumbers.FormatPercent(value) : VietnameseNumbers.FormatNumber(value);
}
