namespace ParReport.Domain.Templates;

/// <summary>All loaded templates, every version of each, looked up by id and version.</summary>
public sealed class TemplateCatalog
{
    private readonly Dictionary<TemplateRef, ReportTemplate> _templates;

    public TemplateCatalog(IEnumerable<ReportTemplate> templates) =>
        _templates = templates.ToDictionary(t => t.Ref);

    public IReadOnlyCollection<ReportTemplate> All => _templates.Values;

    public ReportTemplate? Find(TemplateRef reference) => _templates.GetValueOrDefault(reference);

    public ReportTemplate Get(TemplateRef reference) =>
        Find(reference) ?? throw new KeyNotFoundException($"No template {reference}.");

    /// <summary>The newest version of a template valid on a date (the one a new report should use).</summary>
    public ReportTemplate? Current(string id, DateOnly on) => _templates.Values
        .Where(t => t.Id == id && t.ValidFrom <= on)
        .MaxBy(t => t.Version);

    /// <summary>The templates shipped in the repository's templates/ folder, embedded in this assembly.</summary>
    /// <exception cref="InvalidOperationException">A shipped template is malformed: a build defect, not user input.</exception>
    public static TemplateCatalog BuiltIn { get; } = LoadBuiltIn();

    private static TemplateCatalog LoadBuiltIn()
    {
        var assembly = typeof(TemplateCatalog).Assembly;
        var results = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("templates/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return TemplateParser.Parse(name["templates/".Length..], reader.ReadToEnd());
            })
            .ToList();
        var problems = results.SelectMany(r => r.Problems).Select(p => p.ToString()).ToList();
        problems.AddRange(results.Where(r => r.Template is not null).GroupBy(r => r.Template!.Ref).Where(g => g.Count() > 1)
            .Select(g => $"Template {g.Key} is defined more than once."));
        if (problems.Count > 0)
            throw new InvalidOperationException("Built-in templates are malformed:\n" + string.Join("\n", problems));
        return new TemplateCatalog(results.Select(r => r.Template!));
    }
}
