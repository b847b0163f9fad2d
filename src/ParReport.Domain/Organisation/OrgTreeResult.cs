namespace ParReport.Domain.Organisation;

/// <summary>The tree, or the problems that kept it from being built.</summary>
public sealed record OrgTreeResult(OrgTree? Tree, IReadOnlyList<OrgTreeProblem> Problems)
{
    public bool Succeeded => Tree is not null;
}
