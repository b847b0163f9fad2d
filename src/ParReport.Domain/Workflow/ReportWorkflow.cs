using ParReport.Domain.Access;
using ParReport.Domain.Organisation;

namespace ParReport.Domain.Workflow;

/// <summary>
/// The states a report goes through and who moves it: nháp → chờ ký (the compiler, once every part is done and
/// nothing is inconsistent; the compiler or leader may call it back) → đã gửi (the leader signs off) → trả lại or
/// đã tiếp nhận (a reviewer of the unit that asked); an accepted report may be reopened with a reason.
/// </summary>
public static class ReportWorkflow
{
    public static ReportStatus Target(ReportTransition transition) => transition switch
    {
        ReportTransition.SendToLeader => ReportStatus.AwaitingSignOff,
        ReportTransition.CallBack => ReportStatus.Draft,
        ReportTransition.SignOff => ReportStatus.Sent,
        ReportTransition.Return or ReportTransition.Reopen => ReportStatus.Returned,
        ReportTransition.Accept => ReportStatus.Accepted,
        _ => throw new ArgumentOutOfRangeException(nameof(transition)),
    };

    /// <summary>Whether the transition may start from a state.</summary>
    public static bool StartsFrom(ReportTransition transition, ReportStatus status) => transition switch
    {
        ReportTransition.SendToLeader => ReportStatuses.IsEditable(status),
        ReportTransition.CallBack or ReportTransition.SignOff => status == ReportStatus.AwaitingSignOff,
        ReportTransition.Return or ReportTransition.Accept => status == ReportStatus.Sent,
        ReportTransition.Reopen => status == ReportStatus.Accepted,
        _ => false,
    };

    /// <summary>Whether the user's role and unit allow the transition on a unit's report, whatever its state.</summary>
    public static bool IsAllowed(ReportTransition transition, UserAccess user, string unitCode, string issuerCode, OrgTree tree) => transition switch
    {
        ReportTransition.SendToLeader => user.May(ReportAction.Compile, unitCode, tree),
        ReportTransition.CallBack => user.May(ReportAction.Compile, unitCode, tree) || user.May(ReportAction.SignOff, unitCode, tree),
        ReportTransition.SignOff => user.May(ReportAction.SignOff, unitCode, tree),
        _ => user.May(ReportAction.Review, unitCode, tree, issuerCode),
    };

    /// <summary>The transitions the user may take now, in the order a page offers them.</summary>
    public static IReadOnlyList<ReportTransition> Offered(ReportStatus status, UserAccess user, string unitCode, string issuerCode, OrgTree tree) =>
        Enum.GetValues<ReportTransition>().Where(t => StartsFrom(t, status) && IsAllowed(t, user, unitCode, issuerCode, tree)).ToList();

    /// <summary>Why the transition cannot be taken now, in Vietnamese; empty when it can. Wrong role or unit is decided apart (<see cref="IsAllowed"/>).</summary>
    public static IReadOnlyList<string> Problems(ReportTransition transition, ReportStatus status, TransitionFacts facts)
    {
        if (!StartsFrom(transition, status)) return [WorkflowMessages.WrongState(transition, status)];
        var problems = new List<string>();
        switch (transition)
        {
            case ReportTransition.SendToLeader:
                if (facts.UnfinishedParts.Count > 0) problems.Add(WorkflowMessages.Unfinished(facts.UnfinishedParts));
                if (facts.Violations > 0) problems.Add(WorkflowMessages.Violations(facts.Violations));
                break;
            case ReportTransition.SignOff:
                if (!facts.HasDocument) problems.Add(WorkflowMessages.DocumentMissing);
                break;
            case ReportTransition.Return or ReportTransition.Reopen:
                if (!facts.HasReason) problems.Add(WorkflowMessages.ReasonMissing(transition));
                break;
        }
        return problems;
    }
}
