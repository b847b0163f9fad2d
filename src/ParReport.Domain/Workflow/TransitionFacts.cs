namespace ParReport.Domain.Workflow;

/// <summary>
/// What a transition's rules look at besides the state and the user: the parts not marked done, the number of
/// violations, whether the document's number and date are set, whether a reason was given.
/// </summary>
public sealed record TransitionFacts(IReadOnlyList<string> UnfinishedParts, int Violations, bool HasDocument, bool HasReason)
{
    public static readonly TransitionFacts None = new([], 0, true, true);
}
