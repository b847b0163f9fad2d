using ParReport.Domain.Organisation;
using ParReport.Domain.Reports;

namespace ParReport.Domain.Aggregation;

/// <summary>
/// One unit expected to answer a request, with the version of its report the upper level works from: its last
/// accepted one, or one only sent (<see cref="IsAccepted"/> false); null when it has sent nothing.
/// </summary>
public sealed record UnitReport(OrgUnit Unit, Report? Report, int? Version, bool IsAccepted);
