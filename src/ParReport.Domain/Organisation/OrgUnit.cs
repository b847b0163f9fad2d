namespace ParReport.Domain.Organisation;

/// <summary>An organisation unit (UBND tỉnh, huyện or xã) and the code of the unit it reports to.</summary>
public sealed record OrgUnit(string Code, string Name, UnitLevel Level, string? ParentCode);
