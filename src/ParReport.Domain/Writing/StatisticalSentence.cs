namespace ParReport.Domain.Writing;

/// <summary>A sentence written from stored numbers, and the outline item it belongs to.</summary>
public sealed record StatisticalSentence(string OutlineCode, string Text);
