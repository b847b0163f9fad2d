using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;
using ParReport.Domain.Aggregation;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Documents;

/// <summary>
/// A request's values for analysts: one row per unit expected, one column per indicator (rates from each unit's parts),
/// the version each row comes from, and a last row with the aggregate (sums, rates from the sums). The CSV is RFC 4180
/// with invariant numbers, so that any tool reads it; the XLSX has a second header row with the labels.
/// </summary>
public static class AggregateTable
{
    private static IReadOnlyList<Indicator> Columns(ReportTemplate template) =>
        template.Indicators.Where(i => i.Kind is not (IndicatorKind.Group or IndicatorKind.Text)).ToList();

    private static decimal? Cell(Indicator indicator, Report report) =>
        indicator.Kind == IndicatorKind.Rate ? Derivation.RateOf(indicator, report.Values) : report.Number(indicator.Key);

    private static decimal? Total(AggregateValue value) => value.Indicator.Kind switch
    {
        IndicatorKind.Rate => value.Rate,
        IndicatorKind.Percent => value.Median,
        IndicatorKind.Count or IndicatorKind.Money => value.Sum,
        _ => null,
    };

    public static byte[] Csv(ReportTemplate template, IReadOnlyList<UnitReport> units, IReadOnlyList<AggregateValue> aggregate)
    {
        var columns = Columns(template);
        var text = new StringBuilder();
        void Line(IEnumerable<string> cells) => text.Append(string.Join(',', cells.Select(Quote))).Append("\r\n");
        Line(["ma_don_vi", "don_vi", "phien_ban", "da_tiep_nhan", .. columns.Select(c => c.Key)]);
        foreach (var unit in units)
            Line([unit.Unit.Code, unit.Unit.Name, unit.Version?.ToString(CultureInfo.InvariantCulture) ?? "", unit.Report is null ? "" : unit.IsAccepted ? "1" : "0",
                .. columns.Select(c => unit.Report is { } r ? Number(Cell(c, r)) : "")]);
        var totals = aggregate.ToDictionary(a => a.Indicator.Key);
        Line(["", "Tổng hợp", "", "", .. columns.Select(c => Number(totals.TryGetValue(c.Key, out var a) ? Total(a) : null))]);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx(ReportTemplate template, IReadOnlyList<UnitReport> units, IReadOnlyList<AggregateValue> aggregate)
    {
        var columns = Columns(template);
        var data = new SheetData();
        string Ref(int column, uint row) => $"{Name(column)}{row}";
        Row Header(uint index, Func<Indicator, string> text, params string[] first) =>
            new(first.Select((t, i) => Documents.Xlsx.Text(Ref(i + 1, index), t, Documents.Xlsx.BoldCell))
                .Concat(columns.Select((c, i) => Documents.Xlsx.Text(Ref(i + 5, index), text(c), Documents.Xlsx.BoldCell)))) { RowIndex = index };
        data.Append(Header(1, c => c.Key, "Mã đơn vị", "Đơn vị", "Phiên bản", "Trạng thái"));
        data.Append(Header(2, c => c.Label, "", "", "", ""));
        uint row = 3;
        Row Values(uint index, string[] first, Func<Indicator, decimal?> value) =>
            new(first.Select((t, i) => Documents.Xlsx.Text(Ref(i + 1, index), t, Documents.Xlsx.Cell))
                .Concat(columns.Select((c, i) => value(c) is { } v ? Documents.Xlsx.Number(Ref(i + 5, index), v, Documents.Xlsx.Cell) : Documents.Xlsx.Text(Ref(i + 5, index), "", Documents.Xlsx.Cell))))
            { RowIndex = index };
        foreach (var unit in units)
            data.Append(Values(row++, [unit.Unit.Code, unit.Unit.Name, unit.Version?.ToString(CultureInfo.InvariantCulture) ?? "",
                unit.Report is null ? "chưa có" : unit.IsAccepted ? "đã tiếp nhận" : "đã gửi, chưa tiếp nhận"], c => unit.Report is { } r ? Cell(c, r) : null));
        var totals = aggregate.ToDictionary(a => a.Indicator.Key);
        data.Append(Values(row, ["", "Tổng hợp", "", ""], c => totals.TryGetValue(c.Key, out var a) ? Total(a) : null));
        var widths = new DocumentFormat.OpenXml.Spreadsheet.Columns(Documents.Xlsx.Column(1, 24), Documents.Xlsx.Column(2, 28), Documents.Xlsx.Column(3, 10), Documents.Xlsx.Column(4, 22));
        return Documents.Xlsx.Workbook("Số liệu", widths, data, printTitleRow: 1);
    }

    /// <summary>1 → "A", 27 → "AA".</summary>
    internal static string Name(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26) name = (char)('A' + (column - 1) % 26) + name;
        return name;
    }

    private static string Number(decimal? value) => value is { } v ? Math.Round(v, 4).ToString(CultureInfo.InvariantCulture) : "";

    private static string Quote(string cell) => cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;
}
