namespace ParReport.Domain.Templates;

/// <summary>The specialist field (lĩnh vực) whose official reports a part of the template, e.g. "Tư pháp – Hộ tịch".</summary>
public sealed record ResponsibleField(string Id, string Name);
