namespace ParReport.Domain.Templates;

/// <summary>Names one version of one template; a report keeps the reference it was made with.</summary>
public sealed record TemplateRef(string Id, int Version)
{
    public override string ToString() => $"{Id}@{Version}";
}
