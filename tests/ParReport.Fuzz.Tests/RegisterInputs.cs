using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Spreadsheet;
using ParReport.Documents;
using ParReport.Domain.Registers;

namespace ParReport.Fuzz.Tests;

/// <summary>Register files to import: valid ones mutated, and malformed ones (headers, cells, encodings, broken workbooks, sizes).</summary>
public static partial class RegisterInputs
{
    /// <summary>A register and a file for it; every third one is given to another register than it was written for.</summary>
    public static (string Register, string Name, byte[] Content) Generate(Random random, int input)
    {
        var register = RegisterCatalog.All[random.Next(RegisterCatalog.All.Count)];
        var rows = Rows(random, register, random.Next(1, 30));
        var csv = Csv(register, rows);
        var (extension, content) = random.Next(100) switch
        {
            < 25 => ("csv", Utf8(random, Mutate.Lines(random, csv))),
            < 33 => ("csv", Mutate.Encode(random, csv)),
            < 50 => ("csv", Utf8(random, Structural(random, csv))),
            < 54 => ("csv", Mutate.Bytes(random, Encoding.UTF8.GetBytes(csv))),
            < 66 => ("xlsx", HostileXlsx(random, register, rows)),
            < 80 => ("xlsx", Mutate.Zip(random, RegisterWorkbook.Write(register, rows.Select(r => RegisterRows.Read(register, r).Row).OfType<RegisterRow>().ToList()))),
            < 85 => ("xls", Mutate.Bytes(random, Seeds.Xls)),
            _ => Rare(random, register, csv),
        };
        if (random.Next(3) == 0) register = RegisterCatalog.All[random.Next(RegisterCatalog.All.Count)];
        if (random.Next(10) == 0) extension = new[] { "csv", "xlsx", "xls", "txt" }[random.Next(4)];
        return (register.Id, $"so-{input}.{extension}", content);
    }

    /// <summary>Rows as officials type them, most valid, some not.</summary>
    private static List<Dictionary<string, string?>> Rows(Random random, Register register, int count) =>
        Enumerable.Range(0, count).Select(i => register.Columns.ToDictionary(c => c.Id, c => (string?)(random.Next(12) == 0 ? Hostile.Text(random) : c.Type switch
        {
            ColumnType.Date => c.Id == Register.Until ? (random.Next(2) == 0 ? "" : "31/12/2030") : $"{1 + i % 28:00}/{1 + i % 12:00}/2024",
            ColumnType.Number => c.Id == "year" ? "2024" : c.Id == "resolved" ? "0" : (i * 7 % 1000).ToString(),
            ColumnType.Flag => random.Next(2) == 0 ? "Có" : "Không",
            ColumnType.Choice => c.Choices[random.Next(c.Choices.Count)],
            _ => $"Nội dung {i}",
        }))).ToList();

    private static string Csv(Register register, IEnumerable<Dictionary<string, string?>> rows) =>
        string.Join(';', register.Columns.Select(c => c.Header)) + "\n"
        + string.Concat(rows.Select(r => string.Join(';', register.Columns.Select(c => Quote(r[c.Id] ?? ""))) + "\n"));

    private static string Quote(string cell) => cell.IndexOfAny([';', '"', '\n', '\r']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"") + "\"";

    private static byte[] Utf8(Random random, string text) => random.Next(2) == 0 ? Encoding.UTF8.GetBytes(text) : [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];

    /// <summary>A valid file with its header or cells made wrong the way typed files are.</summary>
    private static string Structural(Random random, string csv)
    {
        var lines = csv.TrimEnd('\n').Split('\n').ToList();
        var header = lines[0].Split(';').ToList();
        switch (random.Next(12))
        {
            case 0: header.Add(header[random.Next(header.Count)]); break;
            case 1: header[random.Next(header.Count)] = ""; break;
            case 2: header[random.Next(header.Count)] = header[random.Next(header.Count)] + new[] { " *", ":", "  ", "\u00A0" }[random.Next(4)]; break;
            case 3: lines.InsertRange(0, Enumerable.Repeat("SỔ THEO DÕI;;;", random.Next(1, 25))); break;
            case 4: return lines[0] + "\n";
            case 5: lines.RemoveAt(0); break;
            case 6: Cells(lines, random, _ => Hostile.Number(random)); break;
            case 7: Cells(lines, random, _ => new[] { "31/02/2024", "00/00/0000", "01/01/0001", "31/12/9999", "29/02/2023", "1e309", "45000", "-1", "2024-13-01", "1.5", "1.000.000.000.000", "không có" }[random.Next(12)]); break;
            case 8: Cells(lines, random, _ => "\"" + Hostile.Text(random).Replace("\"", "\"\"") + "\""); break;
            case 9: lines = lines.Select(l => l.Replace(';', new[] { ',', '\t', '|' }[random.Next(3)])).ToList(); break;
            case 10: header.Insert(0, "STT"); break;
            default: Cells(lines, random, _ => "\"unterminated" + Hostile.Text(random)); break;
        }
        lines[0] = string.Join(';', header);
        return string.Join('\n', lines) + "\n";
    }

    private static void Cells(List<string> lines, Random random, Func<int, string> value)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            if (random.Next(3) != 0) continue;
            var cells = lines[i].Split(';');
            cells[random.Next(cells.Length)] = value(i);
            lines[i] = string.Join(';', cells);
        }
    }

    /// <summary>A workbook of the register whose cells or rows are hostile: date serials out of range, missing strings, formulas, odd row numbers.</summary>
    private static byte[] HostileXlsx(Random random, Register register, List<Dictionary<string, string?>> rows)
    {
        var which = random.Next(5);
        // A workbook holds only what XML can: the hostile cells are in the XML below, not in the text.
        var table = rows.Select(r => register.Columns.Select(c => Domain.Text.TypedText.Clean(r[c.Id] ?? "")).ToArray()).Prepend(register.Columns.Select(c => c.Header).ToArray()).ToList();
        var bytes = Seeds.Workbook(table, (r, c, text) =>
        {
            if (r == 0 || random.Next(4) != 0) return null;
            return which switch
            {
                0 => new Cell { StyleIndex = 1, CellValue = new CellValue(new[] { "1e10", "-1", "2958466", "-657435", "1e308", "NaN", "", "abc", "60", "45306.5" }[random.Next(10)]) },
                1 => new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(new[] { "999999", "-1", "abc", "", "1.5" }[random.Next(5)]) },
                2 => new Cell { CellValue = new CellValue(new[] { "12.5", "1E+20", "-0", "0.1234567890123", "1e-30", "7" }[random.Next(6)]) },
                3 => new Cell { DataType = new[] { CellValues.Boolean, CellValues.Error, CellValues.Number, CellValues.Date }[random.Next(4)], CellValue = new CellValue(Hostile.Texts[random.Next(20, 70)]) },
                _ => new Cell { CellReference = new[] { "AAAAAAA1", "A0", "XFD1", "A99999999999", "" }[random.Next(5)], CellValue = new CellValue(text), DataType = CellValues.String },
            };
        });
        return random.Next(3) switch
        {
            0 => ZipXml.Rewrite(bytes, ZipXml.Worksheet, x => RowNumber().Replace(x, m => random.Next(3) == 0 ? $"<x:row r=\"{new[] { "0", "abc", "4294967296", "1048576", "25000", "", "3" }[random.Next(7)]}\"" : m.Value)),
            1 => ZipXml.Rewrite(bytes, ZipXml.Worksheet, x => x.Replace("</x:sheetData>", "</x:sheetData><x:mergeCells count=\"1\"><x:mergeCell ref=\"" + new[] { "A1:XFD1048576", "A2:A9", "B1:B2", "Z" }[random.Next(4)] + "\"/></x:mergeCells>")),
            _ => bytes,
        };
    }

    /// <summary>The rare and large: empty files, broken zips, a huge cell, more rows or columns than a register has.</summary>
    private static (string, byte[]) Rare(Random random, Register register, string csv)
    {
        var header = csv.Split('\n', 2)[0];
        return random.Next(7) switch
        {
            0 => ("xlsx", [0x50, 0x4B, 0x03, 0x04, .. Enumerable.Range(0, random.Next(0, 2000)).Select(_ => (byte)random.Next(256))]),
            1 => ("csv", random.Next(2) == 0 ? [] : [0xEF, 0xBB, 0xBF]),
            2 => ("csv", Encoding.UTF8.GetBytes(header + "\n" + string.Join(';', register.Columns.Select(_ => new string('x', 600_000))) + "\n")),
            3 => ("csv", Encoding.UTF8.GetBytes(header + "\n" + string.Concat(Enumerable.Repeat(csv.Split('\n')[1] + "\n", RegisterRows.MaxRows + 1)))),
            4 => ("csv", Encoding.UTF8.GetBytes(header + ";" + string.Join(';', Enumerable.Range(0, 5_000).Select(i => "C" + i)) + "\n" + csv.Split('\n', 2)[1])),
            5 => ("csv", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(header + "\n", 2)) + csv.Split('\n', 2)[1])),
            _ => ("csv", Encoding.UTF8.GetBytes(header + "\n" + new string('\n', 50_000) + csv.Split('\n', 2)[1])),
        };
    }

    [GeneratedRegex("<x:row r=\"\\d+\"")]
    private static partial Regex RowNumber();
}
