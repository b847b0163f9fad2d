using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ParReport.Fuzz.Tests;

/// <summary>Dossier exports to import: real ones mutated, and hostile ones (broken zips, encodings, headers, dates, sizes).</summary>
public static partial class DossierInputs
{
    private static readonly string Header = Documents.DossierCsvWriter.Header;

    public static (string Name, byte[] Content) Generate(Random random, int input)
    {
        var kind = random.Next(100);
        var rows = random.Next(1, 40);
        var csv = Seeds.DossierCsv(random.Next(1000), rows);
        var (extension, content) = kind switch
        {
            < 30 => ("csv", Utf8(random, Mutate.Lines(random, csv))),
            < 38 => ("csv", Mutate.Encode(random, csv)),
            < 50 => ("csv", Utf8(random, Structural(random, csv))),
            < 54 => ("csv", Mutate.Bytes(random, Encoding.UTF8.GetBytes(csv))),
            < 72 => ("xlsx", HostileXlsx(random, rows)),
            < 82 => ("xlsx", Mutate.Zip(random, Seeds.DossierXlsx(random.Next(1000), rows))),
            < 88 => ("xls", Mutate.Bytes(random, Seeds.Xls)),
            < 91 => ("xls", Seeds.Xls[..random.Next(Seeds.Xls.Length)]),
            _ => Rare(random, csv),
        };
        // Exports are often misnamed: the content decides, whatever the name says.
        if (random.Next(10) == 0) extension = new[] { "csv", "xlsx", "xls", "txt", "" }[random.Next(5)];
        return ($"fuzz-{input}{(extension.Length > 0 ? "." + extension : "")}", content);
    }

    private static byte[] Utf8(Random random, string text) => random.Next(2) == 0 ? Encoding.UTF8.GetBytes(text) : [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];

    /// <summary>A valid export with its header or rows made wrong the way real exports are.</summary>
    private static string Structural(Random random, string csv)
    {
        var lines = csv.TrimEnd('\n').Split('\n').ToList();
        var header = lines[0].Split(';').ToList();
        switch (random.Next(12))
        {
            case 0: header.Add(header[random.Next(header.Count)]); break;
            case 1: header[random.Next(header.Count)] = ""; break;
            case 2: header[random.Next(header.Count)] = header[random.Next(header.Count)]; break;
            case 3: lines.Insert(0, "BÁO CÁO HỒ SƠ TTHC;;;;"); lines.Insert(1, "Từ ngày 01/01/2024 đến ngày 04/03/2024"); lines.Insert(2, ""); break;
            case 4: return lines[0] + "\n";
            case 5: lines.RemoveAt(0); break;
            case 6: Rows(lines, random, 2, _ => Hostile.Number(random)); break;
            case 7: Rows(lines, random, random.Next(2, 5), _ => Hostile.Texts[random.Next(40, 55)]); break;
            case 8: Rows(lines, random, random.Next(2, 5), _ => new[] { "31/02/2024", "00/00/0000", "01/01/0001 00:00", "31/12/9999 23:59", "29/02/2023", "1e309", "45000", "-1", "99/99/9999 99:99", "32/13/2024" }[random.Next(10)]); break;
            case 9: Rows(lines, random, 0, _ => "\"" + Hostile.Text(random).Replace("\"", "\"\"") + "\""); break;
            case 10: lines = lines.Select(l => l.Replace(';', new[] { ',', '\t', '|' }[random.Next(3)])).ToList(); break;
            default: Rows(lines, random, random.Next(9), _ => "\"unterminated" + Hostile.Text(random)); break;
        }
        lines[0] = string.Join(';', header);
        return string.Join('\n', lines) + "\n";
    }

    private static void Rows(List<string> lines, Random random, int column, Func<int, string> value)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            if (random.Next(3) != 0) continue;
            var cells = lines[i].Split(';');
            if (column < cells.Length) cells[column] = value(i);
            lines[i] = string.Join(';', cells);
        }
    }

    /// <summary>A workbook whose cells are hostile: serial dates out of range, shared strings that do not exist, formulas, errors, odd references, huge merges.</summary>
    private static byte[] HostileXlsx(Random random, int rows)
    {
        var which = random.Next(7);
        var bytes = Seeds.DossierXlsx(random.Next(1000), rows, (r, c, text) =>
        {
            if (r == 0 || random.Next(4) != 0) return null;
            return which switch
            {
                0 => new Cell { StyleIndex = 1, CellValue = new CellValue(new[] { "1e10", "-1", "2958466", "2958465.9999999", "-657435", "1e308", "NaN", "INF", "", "abc", "0", "60" }[random.Next(12)]) },
                1 => new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(new[] { "999999", "-1", "abc", "", "4294967296", "1.5" }[random.Next(6)]) },
                2 => new Cell { CellFormula = new CellFormula(new[] { "1+1", "NOW()", "A1", "HYPERLINK(\"x\")", "1/0" }[random.Next(5)]), CellValue = random.Next(2) == 0 ? new CellValue("#DIV/0!") : null, DataType = random.Next(2) == 0 ? CellValues.Error : null },
                3 => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Hostile.Texts[random.Next(40, Hostile.Texts.Length)])) },
                4 => new Cell { DataType = new[] { CellValues.Boolean, CellValues.Error, CellValues.Number, CellValues.Date }[random.Next(4)], CellValue = new CellValue(Hostile.Texts[random.Next(20, 70)]) },
                5 => new Cell { CellReference = new[] { "AAAAAAA1", "A0", "1A", "A-1", "XFD1048577", "A99999999999", "", "ZZZZZ" + r }[random.Next(8)], CellValue = new CellValue(text), DataType = CellValues.String },
                _ => null,
            };
        });
        return random.Next(6) switch
        {
            0 => ZipXml.Rewrite(bytes, ZipXml.Worksheet, x => x.Replace("</x:sheetData>", "</x:sheetData><x:mergeCells count=\"2\"><x:mergeCell ref=\"A1:XFD1048576\"/><x:mergeCell ref=\"B2:" + new[] { "ZZZZZZZ999999999", "A1", "XFD1", "B" }[random.Next(4)] + "\"/></x:mergeCells>")),
            1 => ZipXml.Rewrite(bytes, ZipXml.Worksheet, x => RowNumber().Replace(x, m => random.Next(3) == 0 ? $"<x:row r=\"{new[] { "0", "-5", "abc", "4294967296", "1048577", "", "1.5" }[random.Next(7)]}\"" : m.Value)),
            2 => ZipXml.Rewrite(bytes, n => n.EndsWith("sharedStrings.xml"), x => x.Replace("<x:t>", "<x:t>" + new[] { "&#xFFFE;", "&#xD800;", "&#x1;", "\u202E", "&#x0;" }[random.Next(5)])),
            3 => ZipXml.Rewrite(bytes, n => n.EndsWith("styles.xml"), x => x.Replace("numFmtId=\"22\"", "numFmtId=\"" + new[] { "14", "0", "49", "9999", "-1" }[random.Next(5)] + "\"")),
            4 => ZipXml.Rewrite(bytes, ZipXml.Worksheet, x => x.Replace("s=\"1\"", "s=\"" + new[] { "5", "99999", "-1", "x" }[random.Next(4)] + "\"")),
            _ => bytes,
        };
    }

    /// <summary>The rare and large: broken zips and compound files, empty files, 10 MB fields, many rows of garbage.</summary>
    private static (string, byte[]) Rare(Random random, string csv) => random.Next(9) switch
    {
        0 => ("xlsx", [0x50, 0x4B, 0x03, 0x04, .. Enumerable.Range(0, random.Next(0, 2000)).Select(_ => (byte)random.Next(256))]),
        1 => ("xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. Enumerable.Range(0, random.Next(0, 4000)).Select(_ => (byte)random.Next(256))]),
        2 => ("csv", random.Next(2) == 0 ? [] : [0xEF, 0xBB, 0xBF]),
        3 => ("csv", Encoding.UTF8.GetBytes(Header + "\nH1;Đất đai;" + Hostile.Huge(random) + ";04/03/2024;;Trực tuyến\n")),
        4 => ("csv", Encoding.UTF8.GetBytes(Header + "\n" + string.Concat(Enumerable.Range(0, FuzzSize.Full ? 200_000 : 20_000).Select(i => $"G{i};{(char)('a' + i % 26)};x;y;z\n")))),
        5 => ("csv", Encoding.UTF8.GetBytes(Header + "\n" + Hostile.Huge(random).Replace('q', '\n').Replace('w', ';'))),
        6 => ("csv", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Header + "\n", 2)) + csv.Split('\n', 2)[1])),
        7 => ("csv", Encoding.UTF8.GetBytes(new string(';', 100_000) + "\n" + csv)),
        _ => ("csv", Encoding.UTF8.GetBytes(Header + ";" + string.Join(';', Enumerable.Range(0, 20_000).Select(i => "C" + i)) + "\n" + csv.Split('\n', 2)[1])),
    };

    [GeneratedRegex("<x:row r=\"\\d+\"")]
    private static partial Regex RowNumber();
}
