namespace ParReport.Domain.Templates;

/// <summary>
/// One version of a report template: the outline, the statistical forms and the consistency rules they imply.
/// Templates are data (JSON files); a report keeps the <see cref="Ref"/> it was made with. <see cref="Addressed"/>: the
/// report opens with "Kính gửi:" its upper level.
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
    IReadOnlyList<ConsistencyRule> Rules,
    bool Addressed = false)
{
    // Built on first use for the forms it was built from, so a copy made with `with { Forms = … }` rebuilds it.
    private sealed record Index(IReadOnlyList<Form> Forms, Dictionary<string, Indicator> ByKey);
    private Index? _index;

    private Dictionary<string, Indicator> ByKey
    {
        get
        {
            var index = _index;
            if (index is null || !ReferenceEquals(index.Forms, Forms))
                _index = index = new Index(Forms, Forms.SelectMany(f => f.Indicators).ToDictionary(i => i.Key));
            return index.ByKey;
        }
    }

    public TemplateRef Ref => new(Id, Version);

    public IEnumerable<Indicator> Indicators => Forms.SelectMany(f => f.Indicators);

    public Indicator? Find(string key) => ByKey.GetValueOrDefault(key);

    public Indicator Get(string key) =>
        Find(key) ?? throw new KeyNotFoundException($"Template {Ref} has no indicator {key}.");

    /// <summary>The first indicator holding a quantity ("dossiers-received"), or null when the template has none.</summary>
    public Indicator? FindByConcept(string concept) => Indicators.FirstOrDefault(i => i.Concept == concept);

    /// <summary>The first derived rate whose numerator holds a quantity ("dossiers-on-time" → the on-time rate).</summary>
    public Indicator? RateOfConcept(string numeratorConcept) => Indicators.FirstOrDefault(i => i.Kind == IndicatorKind.Rate
        && Find(IndicatorKey.Of(i.FormCode, i.Numerator!))?.Concept == numeratorConcept);

    /// <summary>
    /// The indicator of this (the units') template that an upper template's indicator rolls up (<see cref="Indicator.RollUp"/>):
    /// the concept's own, or for a percentage the rate whose numerator holds it; null when there is none.
    /// </summary>
    public Indicator? RolledUpBy(Indicator upper) => upper.RollUp is not { } concept ? null
        : upper.Kind == IndicatorKind.Percent ? RateOfConcept(concept) : FindByConcept(concept);

    public Form? FindForm(string code) => Forms.FirstOrDefault(f => f.Code == code);

    public string FieldName(string fieldId) => Fields.FirstOrDefault(f => f.Id == fieldId)?.Name ?? fieldId;

    /// <summary>Every outline item, depth first, in outline order.</summary>
    public IEnumerable<OutlineItem> OutlineItems => Outline.SelectMany(i => i.SelfAndDescendants());
}
