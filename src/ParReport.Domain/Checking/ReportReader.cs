using System.Globalization;
using System.Text.RegularExpressions;
using ParReport.Domain.Periods;
using ParReport.Domain.Text;

namespace ParReport.Domain.Checking;

/// <summary>
/// Reads a report given as lines (paragraphs, and table rows with tab-separated cells): the header's number
/// and date, the period in the title, the narrative with its numbered sections, and the appendix table
/// — also when page breaks repeat its header row.
/// </summary>
public static partial class ReportReader
{
    public static ReportDocument Read(IReadOnlyList<DocumentLine> lines)
    {
        var appendixStart = lines.ToList().FindIndex(l => AppendixTitle().IsMatch(Fold(l)));
        if (appendixStart < 0) appendixStart = lines.Count;
        var body = lines.Take(appendixStart).ToList();
        var appendix = lines.Skip(appendixStart).ToList();

        var number = body.Take(20).Select(l => DocumentNumber().Match(l.Text)).FirstOrDefault(m => m.Success)?.Groups[1].Value.Trim();
        var dateLine = body.Take(20).FirstOrDefault(l => LongDate().IsMatch(l.Text) && !l.Text.TrimStart().StartsWith("Thực hiện", StringComparison.Ordinal));
        var date = dateLine is null ? null : ToDate(LongDate().Match(dateLine.Text));
        var attachmentLine = appendix.FirstOrDefault(l => Fold(l).Contains("kem theo bao cao"));
        var attachmentDate = attachmentLine is null || !ShortDate().Match(attachmentLine.Text).Success ? null : ToDate(ShortDate().Match(attachmentLine.Text));

        var (headings, narrative) = ReadNarrative(body);
        return new ReportDocument(lines, number, dateLine, date, FindPeriod(body), FindWindow(body), attachmentLine, attachmentDate,
            headings, narrative, ReadAppendix(appendix));
    }

    private static string Fold(DocumentLine line) => VietnameseText.FoldInPlace(line.Text.Replace("*", "").Trim());

    private static DateOnly? ToDate(Match m)
    {
        var (d, mo, y) = (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value));
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    /// <summary>The period named in the title, which follows the line "BÁO CÁO".</summary>
    private static ReportingPeriod? FindPeriod(List<DocumentLine> body)
    {
        var title = body.FindIndex(l => Fold(l) == "bao cao");
        var candidates = title < 0 ? body.Take(10) : body.Skip(title + 1).Take(3);
        foreach (var line in candidates)
        {
            var text = Fold(line);
            var year = PeriodYear().Match(text);
            if (!year.Success) continue;
            var y = int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture);
            if (QuarterOne().IsMatch(text)) return new ReportingPeriod(y, PeriodKind.QuarterOne);
            if (text.Contains("6 thang")) return new ReportingPeriod(y, PeriodKind.HalfYear);
            if (text.Contains("9 thang") || QuarterThree().IsMatch(text)) return new ReportingPeriod(y, PeriodKind.NineMonths);
            return new ReportingPeriod(y, PeriodKind.Year);
        }
        return null;
    }

    /// <summary>The cut-off window stated in the text: "từ ngày 15/12/2023 đến ngày 07/03/2024", "từ ngày 10 tháng 12 của năm 2021 đến ngày 09 tháng 6 năm 2022".</summary>
    private static CutOffWindow? FindWindow(List<DocumentLine> body)
    {
        foreach (var line in body)
        {
            var m = StatedWindow().Match(Fold(line));
            if (!m.Success) continue;
            DateOnly? Day(int g) => int.TryParse(m.Groups[g].Value, out var d) && int.TryParse(m.Groups[g + 1].Value, out var mo) && int.TryParse(m.Groups[g + 2].Value, out var y)
                && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
            if (Day(1) is { } from && Day(4) is { } to && from <= to) return new CutOffWindow(from, to);
        }
        return null;
    }

    private static (List<Heading>, List<(DocumentLine, string)>) ReadNarrative(List<DocumentLine> body)
    {
        var headings = new List<Heading>();
        var narrative = new List<(DocumentLine, string)>();
        var started = false;
        string? roman = null, section = null;
        foreach (var line in body)
        {
            var text = line.Text.Replace("*", "").Trim();
            var romanMatch = RomanHeading().Match(text);
            if (romanMatch.Success)
            {
                started = true;
                roman = romanMatch.Groups[1].Value;
                section = roman;
                headings.Add(new Heading(line, roman, null));
                continue;
            }
            var numbered = NumberedHeading().Match(text);
            if (started && numbered.Success && roman is not null)
            {
                section = $"{roman}.{numbered.Groups[1].Value}";
                headings.Add(new Heading(line, numbered.Groups[1].Value, roman));
                continue;
            }
            if (text.Length > 0) narrative.Add((line, section ?? "đầu văn bản"));
        }
        return (headings, narrative);
    }

    private static List<AppendixRow> ReadAppendix(List<DocumentLine> appendix)
    {
        var rows = new List<AppendixRow>();
        string? form = null;
        foreach (var line in appendix)
        {
            var folded = Fold(line);
            var formTitle = FormTitle().Match(folded);
            if (formTitle.Success) { form = formTitle.Groups[1].Value; continue; }
            if (!line.Text.Contains('\t')) continue;
            var cells = line.Cells.Select(c => c.Trim()).ToArray();
            if (cells.Length < 2 || IsHeaderRow(cells)) continue;
            string Cell(int i) => i < cells.Length ? cells[i] : "";
            if (Cell(1).Length == 0 && Cell(0).Length == 0) continue;
            rows.Add(new AppendixRow(line.Number, form, Cell(0), Cell(1).Replace("<i>", "").Replace("</i>", "").Trim(), Cell(2).Replace("<i>", "").Replace("</i>", ""),
                StatedValue.Parse(Cell(3)), Cell(4)));
        }
        return rows;
    }

    private static bool IsHeaderRow(string[] cells)
    {
        var first = VietnameseText.Fold(cells[0]);
        var second = cells.Length > 1 ? VietnameseText.Fold(cells[1]) : "";
        return first == "stt" || (first.Length == 0 && second is "don vi tinh" or "ket qua thong ke") || second.StartsWith("chi tieu thong ke", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(phu luc|bieu mau thong ke)\b")]
    private static partial Regex AppendixTitle();

    [GeneratedRegex(@"^bieu mau (\d+)\b")]
    private static partial Regex FormTitle();

    [GeneratedRegex(@"Số:\s*(\S[^\t]*)")]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")]
    private static partial Regex LongDate();

    [GeneratedRegex(@"ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})")]
    private static partial Regex ShortDate();

    [GeneratedRegex(@"tu ngay (\d{1,2})(?:/| thang )(\d{1,2})(?:/| cua nam | nam )(\d{4}) den ngay (\d{1,2})(?:/| thang )(\d{1,2})(?:/| nam )(\d{4})")]
    private static partial Regex StatedWindow();

    [GeneratedRegex(@"nam (\d{4})")]
    private static partial Regex PeriodYear();

    [GeneratedRegex(@"\bquy i\b")]
    private static partial Regex QuarterOne();

    [GeneratedRegex(@"\bquy iii\b")]
    private static partial Regex QuarterThree();

    [GeneratedRegex(@"^([IVX]+)\.\s+\S")]
    private static partial Regex RomanHeading();

    [GeneratedRegex(@"^(\d+)\.\s+\p{Lu}")]
    private static partial Regex NumberedHeading();
}
