namespace ParReport.Domain.Organisation;

/// <summary>Why a unit cannot be placed in the tree, in Vietnamese, with the unit's code.</summary>
public sealed record OrgTreeProblem(string UnitCode, string Message);
