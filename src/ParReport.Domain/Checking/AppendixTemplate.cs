using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using ParReport.Domain.Templates;
using ParReport.Domain.Text;

namespace ParReport.Domain.Checking;

/// <summary>A template inferred from an appendix, the appendix rows paired with its indicators, and the JSON file that states it.</summary>
public sealed record InferredTemplate(ReportTemplate Template, IndicatorMatch Match)
{
    internal TemplateFile File { get; init; } = null!;

    /// <summary>The template file, written only when asked for (the checker never needs it).</summary>
    public string Json => JsonSerializer.Serialize(File, AppendixTemplate.JsonOptions);
}

/// <summary>
/// Infers a template from the rows of an appendix that follows no form of the catalogue (a province's own form), so that
/// every rule of the catalogue's templates applies to it:
/// <list type="bullet">
/// <item>forms from the Roman sections (or the "Biểu mẫu N" titles), the tree from the numbering: "3.1.2" under "3.1";
/// a row without a number ("Trong đó", "-") under the numbered row above it; a number whose parent is missing
/// ("3.3.1" after "3.2") under the row above it at that depth, the usual typing slip;</item>
/// <item>a "%" row over two counted children is a rate: the whole is the "Tổng số …" child (else the first), the part the
/// next; other "%" rows are percentages;</item>
/// <item>a unit "Có = 1; Không = 0" makes a choice, "Có" requiring a count above 0 under it and "Không" none;</item>
/// <item>a counted row is part of its counted parent in the same unit (unless it is a running total, "lũy kế", and the
/// parent not), and of the sibling before it that counts the same
/// thing as a whole: "Số nhiệm vụ đã hoàn thành" of "Số nhiệm vụ đề ra", "Số TTHC … có phát sinh hồ sơ" of "Số TTHC …".</item>
/// </list>
/// Sums (partitions) and disjoint parts are not inferred: the wording does not tell them from overlapping parts.
/// </summary>
public static partial class AppendixTemplate
{
    private const string Field = "chung";

    public static InferredTemplate? Infer(IReadOnlyList<AppendixRow> rows, string name, DateOnly validFrom)
    {
        var forms = Forms(rows.Where(r => r.Label.Length > 0));
        if (forms.Count == 0) return null;
        var file = new TemplateFile
        {
            Id = "rieng", Version = 1, Name = name, Level = "rieng",
            ValidFrom = validFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Source = "Suy ra từ phụ lục của báo cáo; cần rà soát trước khi dùng làm mẫu.",
            Fields = [new FieldFile { Id = Field, Name = "Chung" }],
            Forms = forms.Select(f => new FormFile { Code = f.Code, Title = f.Title, Field = Field, Indicators = f.Nodes.Select(n => n.File).ToList() }).ToList(),
        };
        var result = TemplateParser.Parse(name, file);
        // Inference only writes what the parser accepts; a problem here is a defect of the inference, not of the report.
        var template = result.Template ?? throw new InvalidOperationException(string.Join("; ", result.Problems));
        var pairs = forms.SelectMany(f => f.Nodes.Select(n => (n.Row, template.Get(IndicatorKey.Of(f.Code, n.File.Code!))))).ToList();
        return new InferredTemplate(template, new IndicatorMatch(template, pairs, [])) { File = file };
    }

    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private sealed record Node(AppendixRow Row, IndicatorFile File, int Depth)
    {
        public string Unit => VietnameseText.Fold(Row.Unit);
        public string Label => VietnameseText.Fold(Row.Label);
    }

    private sealed record FormNodes(string Code, string Title, List<Node> Nodes);

    private static List<FormNodes> Forms(IEnumerable<AppendixRow> rows)
    {
        var forms = new List<FormNodes>();
        FormNodes? form = null;
        string? formCode = null;
        foreach (var row in rows)
        {
            if (Roman().IsMatch(row.Code) || form is null || row.FormCode != formCode)
            {
                formCode = row.FormCode;
                var code = Roman().IsMatch(row.Code) ? row.Code : row.FormCode ?? (forms.Count + 1).ToString(CultureInfo.InvariantCulture);
                while (forms.Any(f => f.Code == code)) code += "'";
                form = new FormNodes(code, Roman().IsMatch(row.Code) ? row.Label : "Phụ lục", []);
                forms.Add(form);
                if (Roman().IsMatch(row.Code)) continue;
            }
            form.Nodes.Add(Place(form.Nodes, row));
        }
        foreach (var f in forms) Relate(f.Nodes);
        return forms.Where(f => f.Nodes.Count > 0).ToList();
    }

    // The row's code and parent in the tree of its form.
    private static Node Place(List<Node> nodes, AppendixRow row)
    {
        string code;
        string? parent;
        if (Numbered().IsMatch(row.Code))
        {
            var segments = row.Code.Split('.');
            parent = ParentOf(nodes, segments);
            code = nodes.Any(n => n.File.Code == row.Code) ? $"{row.Code} ({nodes.Count(n => n.Row.Code == row.Code) + 1})" : row.Code;
        }
        else
        {
            // "Trong đó", "-", "+" or nothing: under the last numbered row, lettered after its other unnumbered children.
            var above = nodes.LastOrDefault(n => Numbered().IsMatch(n.Row.Code));
            parent = above?.File.Code;
            var letter = (char)('a' + nodes.Count(n => n.File.Parent == parent && !Numbered().IsMatch(n.Row.Code)) % 26);
            code = parent is null ? letter.ToString() : $"{parent}.{letter}";
            while (nodes.Any(n => n.File.Code == code)) code += "'";
        }
        var depth = parent is null ? 1 : nodes.First(n => n.File.Code == parent).Depth + 1;
        return new Node(row, new IndicatorFile { Code = code, Label = row.Label, Parent = parent }, depth);
    }

    private static string? ParentOf(List<Node> nodes, string[] segments)
    {
        if (segments.Length == 1) return null;
        var direct = string.Join('.', segments[..^1]);
        if (nodes.LastOrDefault(n => n.File.Code == direct) is { } found) return found.File.Code;
        // A missing parent is a typing slip ("3.3.1" under "3.2"): the row above at that depth, within the same top number.
        var slip = nodes.LastOrDefault(n => n.Depth == segments.Length - 1 && Numbered().IsMatch(n.Row.Code) && n.Row.Code.Split('.')[0] == segments[0]);
        if (slip is not null) return slip.File.Code;
        for (var length = segments.Length - 2; length > 0; length--)
            if (nodes.LastOrDefault(n => n.File.Code == string.Join('.', segments[..length])) is { } ancestor) return ancestor.File.Code;
        return null;
    }

    private static void Relate(List<Node> nodes)
    {
        var children = nodes.ToLookup(n => n.File.Parent);
        foreach (var node in nodes) Kind(node, children[node.File.Code].ToList());
        foreach (var node in nodes.Where(n => IsQuantity(n.File)))
        {
            var parent = nodes.FirstOrDefault(n => n.File.Code == node.File.Parent);
            if (parent is not null && IsQuantity(parent.File))
            {
                // A counted row under a counted row of another unit counts something else (the parser would pair their common
                // unit), and so does a running total under a count of the period ("… (lũy kế)").
                if (parent.Unit != node.Unit || (node.Label.Contains("luy ke") && !parent.Label.Contains("luy ke"))) node.File.Independent = true;
                continue;
            }
            var siblings = children[node.File.Parent].TakeWhile(n => n != node);
            if (siblings.LastOrDefault(s => IsQuantity(s.File) && s.Unit == node.Unit && IsWholeOf(s.Label, node.Label)) is { } whole)
                node.File.PartOf = whole.File.Code;
        }
    }

    private static bool IsQuantity(IndicatorFile file) => file.Kind is "count" or "money";

    private static void Kind(Node node, List<Node> children)
    {
        var file = node.File;
        var unit = node.Row.Unit.Trim();
        if (Options(unit) is { Count: >= 2 } options)
        {
            file.Kind = "choice";
            file.Options = options.Select(o => new ChoiceOptionFile
            {
                Code = o.Code, Label = o.Label,
                Requires = VietnameseText.Fold(o.Label) switch { "co" => "some", "khong" => "none", _ => null },
            }).ToList();
            return;
        }
        if (unit == "%" || (unit.Length == 0 && node.Row.Value.IsPercent))
        {
            file.Unit = IndicatorUnits.Percent;
            var counted = children.Where(c => c.Row.Unit.Trim() is { Length: > 0 } u && u != "%" && Options(u).Count == 0).ToList();
            var whole = counted.FirstOrDefault(c => c.Label.StartsWith("tong so", StringComparison.Ordinal)) ?? counted.FirstOrDefault();
            var part = counted.FirstOrDefault(c => c != whole && c.Unit == whole!.Unit);
            file.Kind = whole is null || part is null ? "percent" : "rate";
            if (part is not null) (file.Numerator, file.Denominator) = (part.File.Code, whole!.File.Code);
            return;
        }
        if (unit.Length == 0 && (children.Count > 0 || node.Row.Value.IsEmpty))
        {
            file.Kind = "group";
            return;
        }
        var known = IndicatorUnits.CountUnits.FirstOrDefault(u => VietnameseText.Fold(u) == node.Unit);
        if (VietnameseText.Fold(unit) is "trieu dong" or "trieu") (file.Kind, file.Unit) = ("money", IndicatorUnits.MillionDong);
        else (file.Kind, file.Unit) = ("count", known ?? "Số lượng");
        if (known is null && unit.Length > 0) file.Note = $"Đơn vị tính trong phụ lục: {unit}";
    }

    // A sibling before a counted row is its whole when the row extends its label ("Số TTHC đang cung cấp … có phát sinh hồ
    // sơ" of "Số TTHC đang cung cấp …"), or when it counts the same thing as a whole ("Tổng số …", "… đề ra", "… được giao",
    // "… phát hiện …") and the row a part of it ("… đã …", "… xong", "… đúng hạn", "… có mặt").
    private static bool IsWholeOf(string whole, string part)
    {
        var w = Counted(whole);
        var p = Counted(part);
        if (w.Length == 0 || p.Length == 0) return false;
        if (p.StartsWith(w + " ", StringComparison.Ordinal)) return true;
        if (HeadWord(w) == HeadWord(p) && WholeWords().IsMatch(whole) && !PartWords().IsMatch(whole) && PartWords().IsMatch(part)) return true;
        // "Số VBQPPL có kiến nghị xử lý đã được xử lý xong" of "Số VBQPPL đã kiến nghị xử lý sau kiểm tra": the part restates
        // what the whole counts (three words or more, "đã", "có", "được" aside) and then says it is done.
        var ws = Core(w);
        var ps = Core(p);
        var common = ws.Zip(ps).TakeWhile(x => x.First == x.Second).Count();
        return common >= 3 && !Done().IsMatch(string.Join(' ', ws.Skip(common))) && Done().IsMatch(string.Join(' ', ps.Skip(common)));
    }

    private static string[] Core(string counted) =>
        counted.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("da" or "co" or "duoc" or "dang")).ToArray();

    // "tong so nhiem vu duoc giao" → "nhiem vu duoc giao": what is counted, without the counting words.
    private static string Counted(string label) => CountingWords().Match(label) is { Success: true } m ? label[m.Length..] : "";

    private static string HeadWord(string counted) => counted.Split(' ', 2)[0];

    // "Có = 1; Không = 0", "Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2" → their options; empty for a unit that lists none.
    private static List<(int Code, string Label)> Options(string unit)
    {
        var matches = OptionPattern().Matches(unit);
        if (matches.Count == 0 || OptionPattern().Replace(unit, "").Any(c => !char.IsWhiteSpace(c) && c is not (';' or ','))) return [];
        var options = matches.Select(m => (Code: int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), Label: m.Groups[1].Value.Trim())).ToList();
        return options.DistinctBy(o => o.Code).Count() == options.Count ? options : [];
    }

    [GeneratedRegex(@"^[IVX]+$")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^[0-9]{1,4}(\.[0-9]{1,4})*$")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"([^=;,0-9][^=;,]*?)\s*=\s*([0-9]{1,3})(?![0-9])")]
    private static partial Regex OptionPattern();

    [GeneratedRegex(@"^(tong so luong|tong so|so luong|so) ")]
    private static partial Regex CountingWords();

    [GeneratedRegex(@"^tong so |\b(de ra|duoc giao|phat hien|can phai|du dieu kien|theo ke hoach)\b")]
    private static partial Regex WholeWords();

    [GeneratedRegex(@"\b(da|xong|dung han|dung hen|qua han|co mat|dang)\b")]
    private static partial Regex PartWords();

    [GeneratedRegex(@"\b(xong|dung han|dung hen|qua han|hoan thanh)\b")]
    private static partial Regex Done();
}
