using ParReport.Domain.Organisation;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Aggregation;

/// <summary>
/// One indicator of an upper unit's report made from its units' reports. Counts and money are summed (<see cref="Sum"/>);
/// a derived rate is recomputed from the summed parts (<see cref="Rate"/>), never averaged; a percentage entered directly
/// is given as the range and median over the units that gave one, never summed; a choice as the number of units per
/// option. <see cref="Missing"/> names the units expected that gave no value, so a total never shrinks silently.
/// </summary>
public sealed record AggregateValue(
    Indicator Indicator,
    decimal? Sum,
    decimal? Rate,
    decimal? Min,
    decimal? Median,
    decimal? Max,
    IReadOnlyDictionary<int, int> ChoiceCounts,
    int Reported,
    IReadOnlyList<OrgUnit> Missing)
{
    public int Expected => Reported + Missing.Count;
}
