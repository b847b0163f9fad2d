namespace ParReport.Domain.Workflow;

/// <summary>What a user may want to do with a unit's report; <see cref="Access.UserAccess.May"/> decides.</summary>
public enum ReportAction
{
    Read,
    /// <summary>Write one part (a form or an outline item's narrative): its assignee or the compiler.</summary>
    WritePart,
    /// <summary>Assign parts, write any part, set the document, send the report to the leader.</summary>
    Compile,
    /// <summary>Sign off the report and send it up: the unit's leader.</summary>
    SignOff,
    /// <summary>Return or accept the report: a reviewer of the unit that asked for it.</summary>
    Review,
}
