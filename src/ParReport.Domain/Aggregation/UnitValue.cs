using ParReport.Domain.Organisation;

namespace ParReport.Domain.Aggregation;

/// <summary>One unit's value behind an aggregate: what it gave (a rate: its own rate from its parts), from which version, accepted or only sent.</summary>
public sealed record UnitValue(OrgUnit Unit, decimal? Value, int? Version, bool IsAccepted);
