using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ParReport.Fuzz.Tests;

/// <summary>Form workbooks, form and narrative posts, header mappings and API bodies, from the real ones of the demo commune's report.</summary>
public static partial class FormInputs
{
    /// <summary>The form's downloaded workbook with cells, sheets or its zip damaged.</summary>
    public static byte[] Workbook(Random random, byte[] valid)
    {
        switch (random.Next(8))
        {
            case 0: return Mutate.Zip(random, valid);
            case 1: return Mutate.Bytes(random, valid);
            case 2:
                return ZipXml.Rewrite(valid, ZipXml.Worksheet, x => x.Contains("</x:sheetData>")
                    ? x.Replace("</x:sheetData>", "</x:sheetData><x:mergeCells count=\"1\"><x:mergeCell ref=\"A1:XFD1048576\"/></x:mergeCells>")
                    : x.Replace("</sheetData>", "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:XFD1048576\"/></mergeCells>"));
            case 3: return ZipXml.Rewrite(valid, ZipXml.Worksheet, x => CellRef().Replace(x, m => random.Next(4) == 0 ? $" r=\"{new[] { "AAAAAAA1", "D0", "D-1", "1D", "D99999999999", "" }[random.Next(6)]}\"" : m.Value));
            case 4: return ZipXml.Rewrite(valid, ZipXml.Worksheet, x => Value().Replace(x, m => random.Next(3) == 0 ? $"<{m.Groups[1].Value}v>{System.Security.SecurityElement.Escape(Hostile.Number(random))}</{m.Groups[1].Value}v>" : m.Value));
            default:
                using (var stream = new MemoryStream())
                {
                    stream.Write(valid);
                    using (var document = SpreadsheetDocument.Open(stream, true))
                    {
                        var part = document.WorkbookPart!;
                        if (random.Next(6) == 0)
                        {
                            var sheet = part.Workbook.Descendants<Sheet>().First();
                            sheet.Name = new[] { "", "Biểu khác", "III ", "iii", new string('x', 31) }[random.Next(5)];
                        }
                        foreach (var cell in part.WorksheetParts.SelectMany(w => w.Worksheet.Descendants<Cell>()).Where(_ => random.Next(6) == 0).ToList())
                            Damage(random, cell);
                        part.Workbook.Save();
                    }
                    return stream.ToArray();
                }
        }
    }

    private static void Damage(Random random, Cell cell)
    {
        cell.RemoveAllChildren();
        cell.DataType = null;
        switch (random.Next(6))
        {
            case 0: cell.CellFormula = new CellFormula(new[] { "1+1", "A1*2", "NOW()", "1/0", "D5" }[random.Next(5)]); break;
            case 1: cell.DataType = CellValues.SharedString; cell.CellValue = new CellValue(new[] { "-1", "999999", "x", "" }[random.Next(4)]); break;
            case 2: cell.DataType = CellValues.InlineString; cell.InlineString = new InlineString(new Text(Hostile.Texts[random.Next(Hostile.Texts.Length)].Where(c => c >= ' ' && c < '\uD800').Aggregate("", (s, c) => s + c))); break;
            case 3: cell.DataType = new[] { CellValues.Boolean, CellValues.Error, CellValues.Date, CellValues.String }[random.Next(4)]; cell.CellValue = new CellValue(Hostile.Number(random).Where(c => c >= ' ' && c < '\uD800').Aggregate("", (s, c) => s + c)); break;
            default: cell.CellValue = new CellValue(Hostile.Number(random).Where(c => c >= ' ' && c < '\uD800').Aggregate("", (s, c) => s + c)); break;
        }
    }

    /// <summary>A form post: the form's boxes with hostile values, repeated, missing, opened values that disagree, unknown boxes.</summary>
    public static List<KeyValuePair<string, string>> FormPost(Random random, IReadOnlyList<(string Name, string Value)> boxes)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var (name, value) in boxes)
        {
            if (random.Next(3) == 0) continue;
            var hostile = name.StartsWith("v:") && random.Next(3) == 0;
            fields.Add(KeyValuePair.Create(name, hostile ? Value(random) : value));
            if (random.Next(15) == 0) fields.Add(KeyValuePair.Create(name, Value(random)));
        }
        switch (random.Next(6))
        {
            case 0: fields.Add(KeyValuePair.Create("v:" + Hostile.Text(random), Value(random))); break;
            case 1: fields.Add(KeyValuePair.Create("r:" + boxes[random.Next(boxes.Count)].Name[2..], Hostile.Text(random))); break;
            case 2: if (fields.Count > 0) fields[random.Next(fields.Count)] = KeyValuePair.Create(fields[0].Key, Hostile.Huge(random)); break;
        }
        return fields;
    }

    public static string Value(Random random) => random.Next(3) == 0 ? Hostile.Text(random) : Hostile.Number(random);

    /// <summary>The boxes of a form page and the values they hold, as a browser would post them back.</summary>
    public static List<(string Name, string Value)> Boxes(string html) =>
        Box().Matches(html).Select(m => (System.Net.WebUtility.HtmlDecode(m.Groups["name"].Value), System.Net.WebUtility.HtmlDecode(m.Groups["value"].Value))).DistinctBy(b => b.Item1).ToList();

    /// <summary>A JSON body for the values endpoint: malformed, of the wrong types, nested deep, huge, or well formed with hostile values.</summary>
    public static string ApiBody(Random random, IReadOnlyList<string> keys)
    {
        string Key() => random.Next(4) == 0 ? Hostile.Text(random) : keys[random.Next(keys.Count)];
        object? Scalar() => random.Next(9) switch
        {
            0 => null, 1 => true, 2 => random.Next(-1000, 100000), 3 => Hostile.Text(random), 4 => 1e300, 5 => new object[] { 1, 2 },
            6 => new { number = "abc" }, 7 => decimal.MaxValue, _ => new { number = random.Next(0, 500) },
        };
        switch (random.Next(10))
        {
            case 0: return new[] { "", "{", "[", "nul", "{\"form\":", "{\"form\":\"III\",\"values\":[{]}", "\"III\"", "{'form':'III'}", "{\"form\":\"III\",}", "\uFEFF{}" }[random.Next(10)];
            case 1: return string.Concat(Enumerable.Repeat("[", random.Next(60, 5000))) + string.Concat(Enumerable.Repeat("]", random.Next(0, 5000)));
            case 2: return "{\"form\":\"III\",\"values\":[" + string.Concat(Enumerable.Repeat("{\"key\":", 2000)) + "1" + string.Concat(Enumerable.Repeat("}", 2000)) + "]}";
            case 3: return JsonSerializer.Serialize(new { form = Hostile.Huge(random), values = Array.Empty<object>() });
            case 4: return "{\"form\":\"III\",\"values\":[{\"key\":\"III/1.1\",\"value\":{\"number\":" + new[] { "1e309", "NaN", "-1e400", "1" + new string('0', 500), "0x10", "Infinity", "\"1.034\"", "[]", "1.5e-400" }[random.Next(9)] + "}}]}";
            case 5: return "{\"form\":\"III\",\"form\":\"II\",\"values\":[],\"values\":{}}";
            case 6: return JsonSerializer.Serialize(new { form = Scalar(), values = Scalar() });
            default:
                return JsonSerializer.Serialize(new
                {
                    form = random.Next(5) == 0 ? Hostile.Text(random) : "III",
                    values = Enumerable.Range(0, random.Next(0, 30)).Select(_ => new Dictionary<string, object?>
                    {
                        ["key"] = random.Next(10) == 0 ? Scalar() : Key(),
                        ["original"] = random.Next(2) == 0 ? null : new Dictionary<string, object?> { ["number"] = random.Next(3) == 0 ? Scalar() : random.Next(0, 3000), ["text"] = random.Next(4) == 0 ? Hostile.Text(random) : null },
                        ["value"] = random.Next(5) == 0 ? Scalar() : new Dictionary<string, object?> { ["number"] = random.Next(3) == 0 ? Scalar() : random.Next(-10, 3000), ["text"] = random.Next(4) == 0 ? Hostile.Text(random) : null },
                        ["reason"] = random.Next(3) == 0 ? Hostile.Text(random) : null,
                    }).ToList(),
                });
        }
    }

    [GeneratedRegex("name=\"(?<name>[vo]:[^\"]+)\"[^>]*?(value=\"(?<value>[^\"]*)\")?[^>]*>")]
    private static partial Regex Box();

    [GeneratedRegex(" r=\"[A-Z]+\\d+\"")]
    private static partial Regex CellRef();

    [GeneratedRegex("<(x:)?v>[^<]*</(x:)?v>")]
    private static partial Regex Value();
}
