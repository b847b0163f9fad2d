namespace ParReport.Domain.Templates;

// The JSON shape of a template file. Everything is nullable so that a missing member becomes a
// problem message naming the file and the code, not a deserialisation exception.
internal sealed class TemplateFile
{
    public string? Id { get; set; }
    public int? Version { get; set; }
    public string? Name { get; set; }
    public string? Level { get; set; }
    public string? ValidFrom { get; set; }
    public string? Source { get; set; }
    public List<FieldFile>? Fields { get; set; }
    public List<OutlineItemFile>? Outline { get; set; }
    public List<FormFile>? Forms { get; set; }
    public bool Addressed { get; set; }
}

internal sealed class FieldFile
{
    public string? Id { get; set; }
    public string? Name { get; set; }
}

internal sealed class OutlineItemFile
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public string? Field { get; set; }
    public List<string>? Prompts { get; set; }
    public List<string>? Forms { get; set; }
    public List<OutlineItemFile>? Items { get; set; }
    public bool Assess { get; set; }
    public List<OutlineChartFile>? Charts { get; set; }
    public List<string>? Lists { get; set; }
}

internal sealed class OutlineChartFile
{
    public string? Kind { get; set; }
    public string? Indicator { get; set; }
}

internal sealed class FormFile
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public string? Field { get; set; }
    public string? Outline { get; set; }
    public List<IndicatorFile>? Indicators { get; set; }
}

internal sealed class IndicatorFile
{
    public string? Code { get; set; }
    public string? Label { get; set; }
    public string? Kind { get; set; }
    public string? Unit { get; set; }
    public string? Parent { get; set; }
    public string? Field { get; set; }
    public bool Cumulative { get; set; }
    public string? Numerator { get; set; }
    public string? Denominator { get; set; }
    public List<ChoiceOptionFile>? Options { get; set; }
    public List<string>? SumOf { get; set; }
    public string? PartOf { get; set; }
    public bool Independent { get; set; }

    /// <summary>How the counted rows under this one relate to it: "partition" (they sum to it), "disjoint" (their sum is at most it), "overlapping" (each at most it, the default).</summary>
    public string? Parts { get; set; }
    public string? Note { get; set; }
    public string? Concept { get; set; }
    public string? RollUp { get; set; }
    public RegisterSourceFile? Register { get; set; }
}

/// <summary>"register": { "name": "documents", "where": ["cchc"], "sum": null, "date": "issued", "span": "flow" }.</summary>
internal sealed class RegisterSourceFile
{
    public string? Name { get; set; }
    public List<string>? Where { get; set; }
    public string? Sum { get; set; }
    public string? Date { get; set; }
    public string? Span { get; set; }
}

internal sealed class ChoiceOptionFile
{
    public int? Code { get; set; }
    public string? Label { get; set; }

    /// <summary>"some": the counts under the choice must be above 0 when it is chosen; "none": 0 or empty.</summary>
    public string? Requires { get; set; }
}
