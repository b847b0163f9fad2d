using ParReport.Domain.Organisation;

namespace ParReport.Domain.Workflow;

/// <summary>One unit that must answer a request, on the upper level's board. <see cref="Started"/> is false while the unit has stored nothing for it.</summary>
public sealed record BoardRow(OrgUnit Unit, ReportProgress Progress, bool Started, Timeliness Timeliness)
{
    public bool IsSent => ReportStatuses.IsSent(Progress.Status);
}
