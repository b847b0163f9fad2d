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
        var title = body.FindIndex(l => Fold(l) == "bao cao");
        var dateLine = body.Take(title < 0 ? 20 : title).FirstOrDefault(l => PlaceDate().IsMatch(l.Text.Replace("*", "").Trim()));
        var date = dateLine is null ? null : ToDate(LongDate().Match(dateLine.Text));
        var attachmentLine = appendix.FirstOrDefault(l => Fold(l).Contains("kem theo bao cao"));
        var attachmentDate = attachmentLine is null ? null
            : ShortDate().Match(attachmentLine.Text) is { Success: true } shortDate ? ToDate(shortDate)
            : LongDate().Match(attachmentLine.Text) is { Success: true } longDate ? ToDate(longDate) : null;

        var (headings, narrative) = ReadNarrative(body);
        return new ReportDocument(lines, FindIssuer(body), title >= 0, number, dateLine, date, FindPeriod(body, title), FindWindow(body), attachmentLine, attachmentDate,
            headings, narrative, ReadAppendix(appendix));
    }

    private static string Fold(DocumentLine line) => line.Folded.Replace("*", "").Trim();

    private static DateOnly? ToDate(Match m) => ToDate(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value);

    private static DateOnly? ToDate(string day, string month, string year) =>
        int.TryParse(day, out var d) && int.TryParse(month, out var mo) && int.TryParse(year, out var y)
        && y is >= 1900 and <= 2200 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;

    /// <summary>The issuing body from the header ("ỦY BAN NHÂN DÂN" over "XÃ BÌNH LÃNG").</summary>
    private static string? FindIssuer(List<DocumentLine> body)
    {
        var top = body.Take(12).Select(l => l.Text.Replace("*", "").Trim()).Where(t => t.Length > 0).ToList();
        var at = top.FindIndex(t => VietnameseText.Fold(t) is "uy ban nhan dan" or "uy ban nhan dan xa" or "uy ban nhan dan huyen");
        return at >= 0 && at + 1 < top.Count && !top[at + 1].StartsWith("Số", StringComparison.Ordinal) ? $"Ủy ban nhân dân {top[at + 1]}" : null;
    }

    /// <summary>
    /// The period named in the title, which follows the line "BÁO CÁO" ("quý I năm 2024", "6 tháng đầu năm 2024", "quý I/2024"),
    /// or in the opening under it. A quarter, a half or nine months is preferred to the bare year of the same year: a title
    /// wrapped or worded loosely ("… năm 2024") over an opening that says "quý I năm 2024" is a report of the quarter.
    /// </summary>
    private static ReportingPeriod? FindPeriod(List<DocumentLine> body, int title)
    {
        var candidates = title < 0 ? body.Take(12) : body.Skip(title + 1).Where(l => l.Text.Trim().Length > 0).Take(8);
        var found = new List<ReportingPeriod?>();
        foreach (var line in candidates)
            foreach (Match m in PeriodPattern().Matches(Fold(line)))
            {
                if (!int.TryParse(m.Groups["year"].Value, out var year) || year is < 1990 or > 2200) continue;
                var kind = m.Groups["kind"].Value;
                // Quý II, IV: no period of the regime; it stands for none.
                found.Add(kind.StartsWith("quy", StringComparison.Ordinal) && kind != "quy i" && kind != "quy iii" ? null : new ReportingPeriod(year, kind switch
                {
                    "quy i" => PeriodKind.QuarterOne,
                    "quy iii" or "9 thang" => PeriodKind.NineMonths,
                    _ when kind.StartsWith("6 thang", StringComparison.Ordinal) => PeriodKind.HalfYear,
                    _ => PeriodKind.Year,
                }));
            }
        if (found.Count == 0 || found[0] is null) return null;
        var first = found[0]!;
        return found.OfType<ReportingPeriod>().FirstOrDefault(p => p.Year == first.Year && p.Kind != PeriodKind.Year) ?? first;
    }

    /// <summary>The cut-off window stated in the text: "từ ngày 15/12/2023 đến ngày 07/03/2024", "từ ngày 10 tháng 12 của năm 2021 đến ngày 09 tháng 6 năm 2022".</summary>
    private static CutOffWindow? FindWindow(List<DocumentLine> body)
    {
        foreach (var line in body)
        {
            var m = StatedWindow().Match(Fold(line));
            if (!m.Success) continue;
            DateOnly? Day(int g) => ToDate(m.Groups[g].Value, m.Groups[g + 1].Value, m.Groups[g + 2].Value);
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
        var lastLine = 0; // the last line that went into a row: a continuation must follow it directly
        foreach (var line in appendix)
        {
            var formTitle = FormTitle().Match(Fold(line));
            if (formTitle.Success) { form = formTitle.Groups[1].Value; continue; }
            // A blank line (a page break) does not part a row from its rest.
            if (line.Text.Trim().Length == 0 && lastLine == line.Number - 1) lastLine = line.Number;
            if (!line.Text.Contains('\t')) continue;
            var cells = line.Cells.Select(c => c.Replace("<i>", "").Replace("</i>", "").Trim()).ToArray();
            string Cell(int i) => i < cells.Length ? cells[i] : "";
            // A form's title written as a table row: "1 | Biểu mẫu 1: Công tác chỉ đạo điều hành CCHC".
            var titleCell = FormTitle().Match(VietnameseText.FoldInPlace(Cell(1)));
            if (titleCell.Success) { form = titleCell.Groups[1].Value; continue; }
            if (cells.Length < 2 || IsHeaderRow(cells) || IsDossierRow(cells)) continue;
            // Options of a unit written one per line ("Chưa = 0", "Đang làm = 1", …) continue the unit of the row above.
            var continues = rows.Count > 0 && lastLine == line.Number - 1;
            if (Cell(0).Length == 0 && Cell(1).Length == 0 && Cell(3).Length == 0 && Cell(2).Length > 0 && continues)
            {
                rows[^1] = rows[^1] with { Unit = $"{rows[^1].Unit}; {Cell(2)}" };
                lastLine = line.Number;
                continue;
            }
            if (Cell(1).Length == 0 && Cell(0).Length == 0) continue;
            // A label split by a page break continues on a row with nothing else (or the rest of its number, "."): join it to the row above.
            if (Cell(0) is "" or "." && Cell(2).Length == 0 && Cell(3).Length == 0 && continues)
            {
                rows[^1] = rows[^1] with { Label = $"{rows[^1].Label} {Cell(1)}" };
                lastLine = line.Number;
                continue;
            }
            rows.Add(new AppendixRow(line.Number, form, Cell(0), Cell(1), Cell(2), StatedValue.Parse(Cell(3)), Cell(4)));
            lastLine = line.Number;
        }
        return rows;
    }

    /// <summary>A row of the dossier table by field (13 columns of numbers), checked on its own.</summary>
    public static bool IsDossierRow(string[] cells) =>
        cells.Length >= 13 && cells.Skip(2).Take(11).All(c => c.Trim().Length > 0 && c.Trim().All(ch => ch is >= '0' and <= '9' or '.'));

    private static bool IsHeaderRow(string[] cells)
    {
        var first = VietnameseText.Fold(cells[0]);
        var second = cells.Length > 1 ? VietnameseText.Fold(cells[1]) : "";
        // The header's second line alone ("Đơn vị tính | Số liệu"), however its cells were laid out, has no figure.
        var words = cells.Select(c => VietnameseText.Fold(c.Trim())).ToList();
        if (words.Any(c => c is "don vi tinh" or "so lieu" or "ket qua thong ke" or "so luong/ty le" or "so luong/ ty le") && !cells.Any(c => c.Any(char.IsAsciiDigit)))
            return true;
        return first is "stt" or "tt"
            || second.StartsWith("chi tieu thong ke", StringComparison.Ordinal) || second is "noi dung" or "chi tieu"
            || cells.All(c => ColumnNumber().IsMatch(c.Trim()));
    }

    [GeneratedRegex(@"^\(?[0-9]{1,2}\)?$|^$")]
    private static partial Regex ColumnNumber();

    [GeneratedRegex(@"^(phu luc|bieu mau thong ke)\b")]
    private static partial Regex AppendixTitle();

    [GeneratedRegex(@"^bieu mau ([0-9]+)\b")]
    private static partial Regex FormTitle();

    [GeneratedRegex(@"Số:\s*(\S[^\t]*)")]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"ngày\s+([0-9]{1,2})\s+tháng\s+([0-9]{1,2})\s+năm\s+([0-9]{4})")]
    private static partial Regex LongDate();

    [GeneratedRegex(@"ngày\s+([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")]
    private static partial Regex ShortDate();

    [GeneratedRegex(@"tu ngay ([0-9]{1,2})(?:/| thang )([0-9]{1,2})(?:/| cua nam | nam )([0-9]{4}) den ngay ([0-9]{1,2})(?:/| thang )([0-9]{1,2})(?:/| nam )([0-9]{4})")]
    private static partial Regex StatedWindow();

    [GeneratedRegex(@"(?<kind>quy (?:iv|iii|ii|i)|6 thang(?: dau)?|9 thang|(?<![0-9] thang )nam)\b(?:[^0-9]{0,40}?nam |\s*/\s*| )(?<year>[0-9]{4})\b|(?<kind>nam) (?<year>[0-9]{4})\b")]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"^[^0-9,]{1,40}, ngày\s+[0-9]{1,2}\s+tháng\s+[0-9]{1,2}\s+năm\s+[0-9]{4}")]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"^([IVX]+)\.\s+\S")]
    private static partial Regex RomanHeading();

    [GeneratedRegex(@"^([0-9]{1,3})\.\s+\p{Lu}")]
    private static partial Regex NumberedHeading();
}
