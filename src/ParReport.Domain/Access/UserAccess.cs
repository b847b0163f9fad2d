using ParReport.Domain.Organisation;
using ParReport.Domain.Workflow;

namespace ParReport.Domain.Access;

/// <summary>
/// What one user may read and write: their own unit's report by any role, the reports of the units below
/// theirs as a reviewer, admin, compiler or leader (the upper level's compiler and leader make its own report from
/// them; what the units sent, never their drafts, is shown); writing only in their own unit — all of it as compiler, the parts assigned
/// to them as contributor. The leader signs the unit's report off; a reviewer of the unit that asked for a report
/// returns or accepts it.
/// </summary>
public sealed record UserAccess(string UserId, string UnitCode, IReadOnlySet<Role> Roles)
{
    public bool Is(Role role) => Roles.Contains(role);

    /// <summary>
    /// The one decision on a unit's report. <paramref name="issuerCode"/> is the unit that asked for the report (its
    /// reviewers review it); <paramref name="assigneeId"/> is who the part is given to, for <see cref="ReportAction.WritePart"/>.
    /// The report's state is not considered here: a locked report refuses writes in its writer, saying why.
    /// </summary>
    public bool May(ReportAction action, string unitCode, OrgTree tree, string? issuerCode = null, string? assigneeId = null) => action switch
    {
        ReportAction.Read => CanRead(unitCode, tree),
        ReportAction.WritePart => CanWrite(unitCode, assigneeId),
        ReportAction.Compile => CanCompile(unitCode),
        ReportAction.SignOff => unitCode == UnitCode && Is(Role.Leader),
        // The request's issuer reviews its units, also one moved elsewhere since the request was sent.
        ReportAction.Review => issuerCode is not null && issuerCode == UnitCode && Is(Role.Reviewer),
        _ => false,
    };

    /// <summary>True when <paramref name="unitCode"/> is the user's unit or below it.</summary>
    public bool Covers(string unitCode, OrgTree tree) =>
        unitCode == UnitCode || tree.AncestorsOf(unitCode).Any(a => a.Code == UnitCode);

    public bool CanRead(string unitCode, OrgTree tree) => unitCode == UnitCode || (ReadsBelow && Covers(unitCode, tree));

    /// <summary>Whether the user reads what the units below theirs send: all but contributors, who only fill their own unit's parts.</summary>
    public bool ReadsBelow => Is(Role.Reviewer) || Is(Role.Admin) || Is(Role.Compiler) || Is(Role.Leader);

    /// <summary>Assigns parts, writes any part and marks parts done.</summary>
    public bool CanCompile(string unitCode) => unitCode == UnitCode && Is(Role.Compiler);

    /// <summary>Writes a part of the unit's report assigned to <paramref name="assigneeId"/> (null: to nobody).</summary>
    public bool CanWrite(string unitCode, string? assigneeId) =>
        CanCompile(unitCode) || (unitCode == UnitCode && Is(Role.Contributor) && assigneeId == UserId);

    /// <summary>Sets the number, date and signer of the unit's report document, and issues its assignment letter: its compiler or its leader.</summary>
    public bool CanSetDocument(string unitCode) => CanCompile(unitCode) || (unitCode == UnitCode && Is(Role.Leader));

    /// <summary>Imports the one-stop shop's dossiers of the unit.</summary>
    public bool CanImportDossiers(string unitCode) => unitCode == UnitCode && (Is(Role.Compiler) || Is(Role.Contributor));

    /// <summary>Keeps the unit's registers (its documents, tasks, inspections, procedures, staffing): those who fill its report.</summary>
    public bool CanKeepRegisters(string unitCode) => unitCode == UnitCode && (Is(Role.Compiler) || Is(Role.Contributor));

    /// <summary>Asks the units below the user's for a period's report: the unit's compiler, reviewer or admin, where there are units below.</summary>
    public bool CanSendRequests(OrgTree tree) => (Is(Role.Compiler) || Is(Role.Reviewer) || Is(Role.Admin)) && tree.ChildrenOf(UnitCode).Any();

    public bool CanManageUsers(string unitCode, OrgTree tree) => Is(Role.Admin) && Covers(unitCode, tree);
}
