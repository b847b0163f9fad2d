using System.Globalization;
using System.Text.Json;
using ParReport.Domain.Registers;

namespace ParReport.Domain.Templates;

/// <summary>
/// Reads a template from its JSON text and checks it: unknown parents, derived rates without proper parts,
/// duplicate codes, cycles, unknown units or kinds. Every problem is reported, naming the file and the code.
/// </summary>
public static class TemplateParser
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelt member ("parnet") would silently drop a rule; refuse it instead.
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Dictionary<string, IndicatorKind> Kinds = new(StringComparer.Ordinal)
    {
        ["group"] = IndicatorKind.Group, ["count"] = IndicatorKind.Count, ["money"] = IndicatorKind.Money,
        ["rate"] = IndicatorKind.Rate, ["percent"] = IndicatorKind.Percent, ["choice"] = IndicatorKind.Choice,
        ["text"] = IndicatorKind.Text,
    };

    public static TemplateLoadResult Parse(string fileName, string json)
    {
        TemplateFile? file;
        try
        {
            file = JsonSerializer.Deserialize<TemplateFile>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            return Failed(new TemplateProblem(fileName, null, TemplateMessages.InvalidJson(e.Message)));
        }
        if (file is null) return Failed(new TemplateProblem(fileName, null, TemplateMessages.Missing("id")));
        // A list holding null ("outline": [null]) would reach the checks below as an item without members.
        using (var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }))
            if (NullInList(document.RootElement, "") is { } path) return Failed(new TemplateProblem(fileName, null, TemplateMessages.NullItem(path)));
        return Parse(fileName, file);
    }

    /// <summary>Where a list of the file holds null ("outline[2].items[0]"), or null.</summary>
    private static string? NullInList(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray()
            .Select((item, i) => item.ValueKind == JsonValueKind.Null ? $"{path}[{i}]" : NullInList(item, $"{path}[{i}]")).FirstOrDefault(p => p is not null),
        JsonValueKind.Object => element.EnumerateObject()
            .Select(member => NullInList(member.Value, path.Length == 0 ? member.Name : $"{path}.{member.Name}")).FirstOrDefault(p => p is not null),
        _ => null,
    };

    /// <summary>Checks and builds a template already in its file shape (one inferred from an appendix).</summary>
    internal static TemplateLoadResult Parse(string fileName, TemplateFile file) => new Builder(fileName, file).Build();

    private static TemplateLoadResult Failed(TemplateProblem problem) => new(null, [problem]);

    private sealed class Builder(string fileName, TemplateFile file)
    {
        private readonly List<TemplateProblem> _problems = [];
        private HashSet<string> _fieldIds = [];
        private HashSet<string> _formCodes = [];
        private readonly List<(string Item, OutlineChart Chart)> _charts = [];

        private void Problem(string? code, string message) => _problems.Add(new TemplateProblem(fileName, code, message));

        public TemplateLoadResult Build()
        {
            if (string.IsNullOrWhiteSpace(file.Id)) Problem(null, TemplateMessages.Missing("id"));
            if (file.Version is null) Problem(null, TemplateMessages.Missing("version"));
            if (string.IsNullOrWhiteSpace(file.Name)) Problem(null, TemplateMessages.Missing("name"));
            if (string.IsNullOrWhiteSpace(file.Level)) Problem(null, TemplateMessages.Missing("level"));
            var validFrom = DateOnly.MinValue;
            if (file.ValidFrom is null) Problem(null, TemplateMessages.Missing("validFrom"));
            else if (!DateOnly.TryParseExact(file.ValidFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out validFrom))
                Problem(null, TemplateMessages.BadDate(file.ValidFrom));

            var fields = BuildFields();
            _formCodes = (file.Forms ?? []).Select(f => f.Code ?? "").ToHashSet();
            var outline = BuildOutline(file.Outline ?? [], new HashSet<string>());
            var forms = BuildForms(out var rules);
            CheckCharts(forms);

            if (_problems.Count > 0) return new TemplateLoadResult(null, _problems);
            var template = new ReportTemplate(file.Id!, file.Version!.Value, file.Name!, file.Level!, validFrom,
                file.Source ?? "", fields, outline, forms, rules, file.Addressed);
            return new TemplateLoadResult(template, []);
        }

        private List<ResponsibleField> BuildFields()
        {
            var fields = new List<ResponsibleField>();
            foreach (var f in file.Fields ?? [])
            {
                if (string.IsNullOrWhiteSpace(f.Id) || string.IsNullOrWhiteSpace(f.Name)) { Problem(null, TemplateMessages.Missing("fields[].id/name")); continue; }
                if (fields.Any(x => x.Id == f.Id)) Problem(null, TemplateMessages.DuplicateField(f.Id));
                else fields.Add(new ResponsibleField(f.Id, f.Name));
            }
            if (fields.Count == 0) Problem(null, TemplateMessages.Missing("fields"));
            _fieldIds = fields.Select(f => f.Id).ToHashSet();
            return fields;
        }

        private List<OutlineItem> BuildOutline(List<OutlineItemFile> items, HashSet<string> seen)
        {
            var result = new List<OutlineItem>();
            foreach (var item in items)
            {
                if (string.IsNullOrWhiteSpace(item.Code) || string.IsNullOrWhiteSpace(item.Title))
                {
                    Problem(item.Code, TemplateMessages.Missing("outline[].code/title"));
                    continue;
                }
                if (!seen.Add(item.Code)) Problem(item.Code, TemplateMessages.DuplicateOutline(item.Code));
                if (item.Field is not null && !_fieldIds.Contains(item.Field)) Problem(item.Code, TemplateMessages.UnknownField(item.Field));
                foreach (var form in item.Forms ?? [])
                    if (!_formCodes.Contains(form)) Problem(item.Code, TemplateMessages.UnknownForm(form));
                result.Add(new OutlineItem(item.Code, item.Title, item.Field, item.Prompts ?? [], item.Forms ?? [],
                    BuildOutline(item.Items ?? [], seen), item.Assess) { Charts = BuildCharts(item), Lists = BuildLists(item) });
            }
            return result;
        }

        private List<string> BuildLists(OutlineItemFile item)
        {
            foreach (var list in item.Lists ?? [])
                if (!RegisterLists.Kinds.Contains(list)) Problem(item.Code, TemplateMessages.UnknownList(list, RegisterLists.Kinds));
            return item.Lists ?? [];
        }

        private List<OutlineChart> BuildCharts(OutlineItemFile item)
        {
            var charts = new List<OutlineChart>();
            foreach (var chart in item.Charts ?? [])
            {
                if (string.IsNullOrWhiteSpace(chart.Indicator)) { Problem(item.Code, TemplateMessages.Missing("outline[].charts[].indicator")); continue; }
                if (!Enum.TryParse<OutlineChartKind>(chart.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
                {
                    Problem(item.Code, TemplateMessages.UnknownChartKind(chart.Kind));
                    continue;
                }
                charts.Add(new OutlineChart(kind, chart.Indicator));
                _charts.Add((item.Code!, charts[^1]));
            }
            return charts;
        }

        // A chart shows the units' figures, so its indicator must say which concept of theirs it rolls up.
        private void CheckCharts(List<Form> forms)
        {
            // Forms refused for their own problems are not among these; a key twice is reported there, never here.
            var indicators = new Dictionary<string, Indicator>();
            foreach (var i in forms.SelectMany(f => f.Indicators)) indicators.TryAdd(i.Key, i);
            foreach (var (item, chart) in _charts)
                if (!indicators.TryGetValue(chart.IndicatorKey, out var indicator)) Problem(item, TemplateMessages.UnknownPart("biểu đồ: chỉ tiêu", chart.IndicatorKey));
                else if (indicator.RollUp is null) Problem(item, TemplateMessages.ChartNeedsRollUp(chart.IndicatorKey));
        }

        private List<Form> BuildForms(out List<ConsistencyRule> rules)
        {
            rules = [];
            var forms = new List<Form>();
            var outlineCodes = OutlineCodes(file.Outline ?? []).ToHashSet();
            if (file.Forms is null || file.Forms.Count == 0) Problem(null, TemplateMessages.Missing("forms"));
            var seenForms = new HashSet<string>();
            foreach (var form in file.Forms ?? [])
            {
                if (string.IsNullOrWhiteSpace(form.Code) || string.IsNullOrWhiteSpace(form.Title) || string.IsNullOrWhiteSpace(form.Field))
                {
                    Problem(form.Code, TemplateMessages.Missing("forms[].code/title/field"));
                    continue;
                }
                if (!seenForms.Add(form.Code)) Problem(form.Code, TemplateMessages.DuplicateForm(form.Code));
                if (!_fieldIds.Contains(form.Field)) Problem(form.Code, TemplateMessages.UnknownField(form.Field));
                if (form.Outline is not null && !outlineCodes.Contains(form.Outline)) Problem(form.Code, TemplateMessages.UnknownOutline(form.Outline));
                var built = new FormBuilder(this, form).Build(rules);
                if (built is not null) forms.Add(built);
            }
            return forms;
        }

        private static IEnumerable<string> OutlineCodes(List<OutlineItemFile> items) =>
            items.SelectMany(i => OutlineCodes(i.Items ?? []).Prepend(i.Code ?? ""));

        private sealed class FormBuilder(Builder owner, FormFile form)
        {
            private readonly Dictionary<string, IndicatorFile> _rows = new(StringComparer.Ordinal);
            private readonly Dictionary<string, IndicatorKind> _kinds = new(StringComparer.Ordinal);

            private string Ref(string code) => $"{form.Code}/{code}";

            private void Problem(string code, string message) => owner.Problem(Ref(code), message);

            public Form? Build(List<ConsistencyRule> rules)
            {
                var rows = form.Indicators ?? [];
                var problemsBefore = owner._problems.Count;
                foreach (var row in rows)
                {
                    if (string.IsNullOrWhiteSpace(row.Code)) { owner.Problem(form.Code, TemplateMessages.Missing("indicators[].code")); continue; }
                    if (!_rows.TryAdd(row.Code, row)) Problem(row.Code, TemplateMessages.DuplicateCode(form.Code!));
                    if (string.IsNullOrWhiteSpace(row.Label)) Problem(row.Code, TemplateMessages.Missing("label"));
                    if (row.Kind is null || !Kinds.TryGetValue(row.Kind, out var kind)) Problem(row.Code, TemplateMessages.UnknownKind(row.Kind ?? ""));
                    else _kinds[row.Code] = kind;
                }
                foreach (var row in _rows.Values) CheckRow(row);
                CheckCycles();
                if (owner._problems.Count > problemsBefore) return null;

                var indicators = rows.Where(r => r.Code is not null).Select(BuildIndicator).ToList();
                InferRules(rules);
                return new Form(form.Code!, form.Title!, form.Field!, form.Outline, indicators);
            }

            private void CheckRow(IndicatorFile row)
            {
                var code = row.Code!;
                if (row.Unit is not null && !IndicatorUnits.IsKnown(row.Unit)) Problem(code, TemplateMessages.UnknownUnit(row.Unit));
                if (!_kinds.TryGetValue(code, out var kind)) return;
                if (row.Unit is null || IndicatorUnits.IsKnown(row.Unit))
                    if (!IndicatorUnits.Fits(kind, row.Unit)) Problem(code, TemplateMessages.UnitDoesNotFit(row.Unit, row.Kind!));
                if (row.Parent is not null && !_rows.ContainsKey(row.Parent)) Problem(code, TemplateMessages.UnknownParent(row.Parent));
                if (row.Field is not null && !owner._fieldIds.Contains(row.Field)) Problem(code, TemplateMessages.UnknownField(row.Field));

                if (kind == IndicatorKind.Rate)
                {
                    if (row.Numerator is null || row.Denominator is null) Problem(code, TemplateMessages.RateNeedsParts);
                    else
                    {
                        var numeratorOk = CheckQuantity(code, "tử số", row.Numerator);
                        var denominatorOk = CheckQuantity(code, "mẫu số", row.Denominator);
                        if (numeratorOk && denominatorOk && _rows[row.Numerator].Unit != _rows[row.Denominator].Unit)
                            Problem(code, TemplateMessages.PartsDifferentUnits(_rows[row.Numerator].Unit!, _rows[row.Denominator].Unit!));
                    }
                }
                else if (row.Numerator is not null || row.Denominator is not null) Problem(code, TemplateMessages.PartsOnlyForRate);

                if (kind == IndicatorKind.Choice)
                {
                    var options = row.Options ?? [];
                    if (options.Count < 2 || options.Any(o => o.Code is null || string.IsNullOrWhiteSpace(o.Label)))
                        Problem(code, TemplateMessages.ChoiceNeedsOptions);
                    foreach (var duplicate in options.Where(o => o.Code is not null).GroupBy(o => o.Code!.Value).Where(g => g.Count() > 1))
                        Problem(code, TemplateMessages.DuplicateOption(duplicate.Key));
                }
                else if (row.Options is not null) Problem(code, TemplateMessages.OptionsOnlyForChoice);

                if (row.SumOf is not null)
                {
                    if (!IsQuantity(code)) Problem(code, TemplateMessages.SumNeedsQuantity);
                    foreach (var part in row.SumOf) CheckQuantity(code, "thành phần", part);
                }
                if (row.PartOf is not null) CheckQuantity(code, "chỉ tiêu tổng", row.PartOf);
                if (row.Parts is not null && (row.Parts is not ("partition" or "disjoint" or "overlapping") || !IsQuantity(code)))
                    Problem(code, TemplateMessages.BadParts(row.Parts));
                foreach (var option in row.Options ?? [])
                    if (option.Requires is not (null or "some" or "none")) Problem(code, TemplateMessages.BadRequires(option.Requires));
            }

            private bool IsQuantity(string code) =>
                _kinds.TryGetValue(code, out var k) && k is IndicatorKind.Count or IndicatorKind.Money;

            private bool CheckQuantity(string code, string role, string referenced)
            {
                if (!_rows.ContainsKey(referenced)) { Problem(code, TemplateMessages.UnknownPart(role, referenced)); return false; }
                if (!IsQuantity(referenced)) { Problem(code, TemplateMessages.PartNotQuantity(role, referenced)); return false; }
                return true;
            }

            private void CheckCycles()
            {
                var reported = new HashSet<string>();
                foreach (var start in _rows.Keys)
                {
                    var path = new List<string> { start };
                    for (var parent = _rows[start].Parent; parent is not null && _rows.TryGetValue(parent, out var row); parent = row.Parent)
                    {
                        if (parent == start)
                        {
                            // Report each cycle once, from the first of its members met.
                            if (!path.Any(reported.Contains)) Problem(start, TemplateMessages.Cycle(string.Join(" → ", path.Append(start))));
                            reported.UnionWith(path);
                            break;
                        }
                        if (path.Contains(parent)) break;
                        path.Add(parent);
                    }
                }
            }

            private Indicator BuildIndicator(IndicatorFile row) => new(
                form.Code!,
                row.Code!,
                row.Label!,
                _kinds[row.Code!],
                row.Unit,
                row.Parent,
                InheritedField(row),
                InheritedCumulative(row),
                row.Numerator,
                row.Denominator,
                row.Options?.Select(o => new ChoiceOption(o.Code!.Value, o.Label!)).ToList(),
                row.Note,
                row.Concept,
                row.RollUp,
                row.Independent,
                RegisterSource(row));

            private RegisterSource? RegisterSource(IndicatorFile row)
            {
                if (row.Register is not { } file) return null;
                var where = (file.Where ?? []).Select(w => (Text: w, Condition: RegisterCondition.Parse(w))).ToList();
                foreach (var bad in where.Where(w => w.Condition is null)) Problem(row.Code!, TemplateMessages.BadRegister($"điều kiện «{bad.Text}» không đọc được"));
                if (file.Span is not (null or "flow" or "stock")) Problem(row.Code!, TemplateMessages.BadRegister($"«span» là «flow» hoặc «stock», không phải «{file.Span}»"));
                var source = new RegisterSource(file.Name ?? "", where.Select(w => w.Condition).OfType<RegisterCondition>().ToList(), file.Sum, file.Date, file.Span == "stock");
                foreach (var problem in source.Problems()) Problem(row.Code!, TemplateMessages.BadRegister(problem));
                if (_kinds.GetValueOrDefault(row.Code!) is not (IndicatorKind.Count or IndicatorKind.Money)) Problem(row.Code!, TemplateMessages.BadRegister("chỉ chỉ tiêu đếm hoặc tiền mới lấy từ sổ"));
                return source;
            }

            private string InheritedField(IndicatorFile row)
            {
                for (IndicatorFile? r = row; r is not null; r = r.Parent is null ? null : _rows[r.Parent])
                    if (r.Field is not null) return r.Field;
                return form.Field!;
            }

            private bool InheritedCumulative(IndicatorFile row)
            {
                for (IndicatorFile? r = row; r is not null; r = r.Parent is null ? null : _rows[r.Parent])
                    if (r.Cumulative) return true;
                return false;
            }

            // A rate's numerator is part of its denominator; a whole with "sumOf" is partitioned by those parts, one
            // with "parts" by its counted children and the rows "partOf" it (a partition sums to it, disjoint parts sum
            // to at most it); otherwise a counted child of a counted parent in the same unit is a part of it
            // ("independent" opts out). A choice's option that "requires" some or none applies to the counts under it.
            private void InferRules(List<ConsistencyRule> rules)
            {
                foreach (var row in _rows.Values)
                {
                    var code = row.Code!;
                    if (row.Parts is "partition" or "disjoint" && IsQuantity(code))
                    {
                        var parts = _rows.Values.Where(r => (r.PartOf ?? r.Parent) == code && IsQuantity(r.Code!) && !r.Independent).Select(r => Ref(r.Code!)).ToList();
                        if (parts.Count > 0)
                            rules.Add(row.Parts == "partition" ? new SumOfParts(Ref(code), parts) : new PartsAtMost(Ref(code), parts));
                    }
                    if (_kinds.GetValueOrDefault(code) == IndicatorKind.Choice)
                        foreach (var option in (row.Options ?? []).Where(o => o.Requires is "some" or "none" && o.Code is not null))
                            foreach (var counted in _rows.Values.Where(r => r.Parent == code && IsQuantity(r.Code!)))
                                rules.Add(new ChoiceRequires(Ref(code), option.Code!.Value, Ref(counted.Code!), option.Requires == "some"));
                }

                var pairs = new HashSet<(string, string)>();
                void Part(string part, string whole)
                {
                    if (pairs.Add((part, whole))) rules.Add(new PartOfWhole(Ref(part), Ref(whole)));
                }

                foreach (var row in _rows.Values)
                {
                    var code = row.Code!;
                    if (_kinds[code] == IndicatorKind.Rate) Part(row.Numerator!, row.Denominator!);
                    if (row.SumOf is { Count: > 0 }) rules.Add(new SumOfParts(Ref(code), row.SumOf.Select(Ref).ToList()));
                    if (row.PartOf is not null) { Part(code, row.PartOf); continue; }
                    if (row.Independent || row.Parent is null || !IsQuantity(code) || !IsQuantity(row.Parent)) continue;
                    var parent = _rows[row.Parent];
                    if (parent.Unit != row.Unit) continue;
                    if (parent.SumOf is not null || parent.Parts == "partition") continue;
                    Part(code, row.Parent);
                }
            }
        }
    }
}
