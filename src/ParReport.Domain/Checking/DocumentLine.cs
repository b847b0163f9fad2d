using ParReport.Domain.Text;

namespace ParReport.Domain.Checking;

/// <summary>One line of a report as read from a file: a paragraph, or a table row with its cells joined by tabs.</summary>
public sealed record DocumentLine(int Number, string Text)
{
    public string[] Cells => Text.Split('\t');

    /// <summary>The text folded for matching (<see cref="VietnameseText.FoldInPlace"/>), worked out once: every check reads it.</summary>
    public string Folded => field ??= VietnameseText.FoldInPlace(Text);
}
