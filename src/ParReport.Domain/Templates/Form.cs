namespace ParReport.Domain.Templates;

/// <summary>A statistical form (biểu mẫu) of the appendix: its indicators in the order the form prints them.</summary>
public sealed record Form(string Code, string Title, string Field, string? OutlineCode, IReadOnlyList<Indicator> Indicators)
{
    public Indicator? Find(string code) => Indicators.FirstOrDefault(i => i.Code == code);

    public IEnumerable<Indicator> ChildrenOf(string? parentCode) => Indicators.Where(i => i.ParentCode == parentCode);

    /// <summary>Nesting depth of an indicator in the form (0 for a top-level row).</summary>
    public int DepthOf(Indicator indicator)
    {
        var depth = 0;
        for (var parent = indicator.ParentCode; parent is not null; parent = Find(parent)?.ParentCode) depth++;
        return depth;
    }
}
