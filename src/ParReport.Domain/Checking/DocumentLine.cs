namespace ParReport.Domain.Checking;

/// <summary>One line of a report as read from a file: a paragraph, or a table row with its cells joined by tabs.</summary>
public sealed record DocumentLine(int Number, string Text)
{
    public string[] Cells => Text.Split('\t');
}
