using ParReport.Domain.Dossiers;
using ParReport.Domain.Templates;

namespace ParReport.Documents;

/// <summary>
/// The dossier results of each field as a horizontal stacked bar (PNG): resolved early or on time, resolved late,
/// still in progress — where a reader sees at a glance which fields are late.
/// </summary>
public static class FieldChart
{
    public const int Width = 900;

    public static int Height(DossierStatistics statistics) => 140 + 42 * Math.Max(1, statistics.Rows.Count);

    /// <summary>The chart as a figure of the DOCX, under the dossier table; null when there are no dossiers.</summary>
    public static DocxReport.Figure? Figure(ReportTemplate template, DossierStatistics statistics) =>
        statistics.Rows.Count == 0 || DocxReport.DossierOutline(template) is not { } outline
            ? null
            : new DocxReport.Figure(outline, Png(statistics), Width, Height(statistics));

    public static byte[] Png(DossierStatistics statistics)
    {
        var plot = new ScottPlot.Plot();
        plot.Font.Set("DejaVu Sans");
        var rows = statistics.Rows.Reverse().ToList(); // the first field on top
        var bars = new List<ScottPlot.Bar>();
        for (var i = 0; i < rows.Count; i++)
        {
            var inTime = rows[i].Early + rows[i].OnTime;
            bars.Add(Segment(i, 0, inTime, ScottPlot.Colors.SeaGreen));
            bars.Add(Segment(i, inTime, inTime + rows[i].Late, ScottPlot.Colors.Crimson));
            bars.Add(Segment(i, inTime + rows[i].Late, rows[i].Received, ScottPlot.Colors.Gray));
        }
        var plotted = plot.Add.Bars(bars);
        plotted.Horizontal = true;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(rows.Select((r, i) => new ScottPlot.Tick(i, r.Field)).ToArray());
        plot.Axes.Bottom.Label.Text = "Hồ sơ";
        plot.Axes.Margins(left: 0, right: 0.05, bottom: 0.05, top: 0.05);
        plot.Title("Kết quả giải quyết hồ sơ TTHC theo lĩnh vực");
        plot.Legend.IsVisible = true;
        plot.Legend.ManualItems.Add(new ScottPlot.LegendItem { LabelText = "Trước hạn, đúng hạn", FillColor = ScottPlot.Colors.SeaGreen });
        plot.Legend.ManualItems.Add(new ScottPlot.LegendItem { LabelText = "Quá hạn", FillColor = ScottPlot.Colors.Crimson });
        plot.Legend.ManualItems.Add(new ScottPlot.LegendItem { LabelText = "Đang giải quyết", FillColor = ScottPlot.Colors.Gray });
        plot.Legend.Alignment = ScottPlot.Alignment.LowerRight;
        return plot.GetImageBytes(Width, Height(statistics), ScottPlot.ImageFormat.Png);
    }

    private static ScottPlot.Bar Segment(int position, int from, int to, ScottPlot.Color color) =>
        new() { Position = position, ValueBase = from, Value = to, FillColor = color, Size = 0.6 };
}
