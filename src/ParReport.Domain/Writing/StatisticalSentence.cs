namespace ParReport.Domain.Writing;

/// <summary>
/// A sentence written from stored numbers, the outline item it belongs to, and the key under which an official's
/// rewording is kept in the report's narrative ("II.2:ho-so").
/// </summary>
public sealed record StatisticalSentence(string OutlineCode, string Kind, string Text, string Generated)
{
    public string Key => $"{OutlineCode}:{Kind}";

    public bool IsEdited => Text != Generated;
}
