namespace ParReport.Domain.Templates;

/// <summary>A template read from a file, or every problem that kept it from loading.</summary>
public sealed record TemplateLoadResult(ReportTemplate? Template, IReadOnlyList<TemplateProblem> Problems)
{
    public bool Succeeded => Template is not null;
}
