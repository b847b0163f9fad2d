namespace ParReport.Domain.Templates;

/// <summary>
/// A section of the report outline (đề cương), e.g. "II.2 Cải cách thủ tục hành chính": its title, the points
/// the narrative must cover, the forms whose numbers belong to it, and the field responsible for it.
/// <see cref="Assess"/> asks the official to assess the item too: its positive side and its shortcomings with their causes.
/// </summary>
public sealed record OutlineItem(
    string Code,
    string Title,
    string? Field,
    IReadOnlyList<string> Prompts,
    IReadOnlyList<string> FormCodes,
    IReadOnlyList<OutlineItem> Items,
    bool Assess = false)
{
    /// <summary>The charts of the units below that the item prints after its text (upper units' templates only).</summary>
    public IReadOnlyList<OutlineChart> Charts { get; init; } = [];

    /// <summary>The lists its text states that the unit's registers generate (<see cref="Registers.RegisterLists.Kinds"/>).</summary>
    public IReadOnlyList<string> Lists { get; init; } = [];

    /// <summary>The number printed before the title: "II" for "II", "2" for "II.2".</summary>
    public string Number => Code.Contains('.') ? Code[(Code.LastIndexOf('.') + 1)..] : Code;

    /// <summary>The heading as reports print it: "II. KẾT QUẢ …" for a section, "2. Cải cách …" for an item under it.</summary>
    public string Heading => Code.Contains('.') ? $"{Number}. {Title}" : $"{Number}. {Title.ToUpperInvariant()}";

    /// <summary>This item and all items under it, in outline order.</summary>
    public IEnumerable<OutlineItem> SelfAndDescendants() => Items.SelectMany(i => i.SelfAndDescendants()).Prepend(this);
}
