namespace ParReport.Domain.Templates;

/// <summary>
/// One version of a report template: the outline, the statistical forms and the consistency rules they imply.
/// Templates are data (JSON files); a report keeps the <see cref="Ref"/> it was made with.
/// </summary>
public sealed record ReportTemplate(
    string Id,
    int Version,
    string Name,
    string Level,
    DateOnly ValidFrom,
    string Source,
    IReadOnlyList<ResponsibleField> Fields,
    IReadOnlyList<OutlineItem> Outline,
    IReadOnlyList<Form> Forms,
    IReadOnlyList<ConsistencyRule> Rules)
{
    private readonly Dictionary<string, Indicator> _byKey =
        Forms.SelectMany(f => f.Indicators).ToDictionary(i => i.Key);

    public TemplateRef Ref => new(Id, Version);

    public IEnumerable<Indicator> Indicators => Forms.SelectMany(f => f.Indicators);

    public Indicator? Find(string key) => _byKey.GetValueOrDefault(key);

    public Indicator Get(string key) =>
        Find(key) ?? throw new KeyNotFoundException($"Template {Ref} has no indicator {key}.");

    public Form? FindForm(string code) => Forms.FirstOrDefault(f => f.Code == code);

    public string FieldName(string fieldId) => Fields.FirstOrDefault(f => f.Id == fieldId)?.Name ?? fieldId;

    /// <summary>Every outline item, depth first, in outline order.</summary>
    public IEnumerable<OutlineItem> OutlineItems => Outline.SelectMany(i => i.SelfAndDescendants());
}
