namespace ParReport.Application;

/// <summary>How a use case ended; the adapters map it to an HTTP status or an exit code.</summary>
public enum Outcome
{
    Done,
    /// <summary>The report, request, unit or part does not exist (or the user may not know it does).</summary>
    NotFound,
    /// <summary>The user's role or unit does not allow it.</summary>
    Forbidden,
    /// <summary>Allowed, but not now or not with this input: the messages say why.</summary>
    Refused,
    /// <summary>Someone else changed the same thing meanwhile.</summary>
    Conflict,
}

/// <summary>A use case's outcome with its Vietnamese messages and, when done, its value.</summary>
/// <remarks><see cref="ByKey"/> holds refusals that belong beside one field, by its key ("III/3.1.1").</remarks>
public sealed record Result<T>(Outcome Outcome, IReadOnlyList<string> Messages, T? Value = default, IReadOnlyDictionary<string, string>? ByKey = null)
{
    public bool IsDone => Outcome == Outcome.Done;

    public static Result<T> Done(T value) => new(Outcome.Done, [], value);

    public static Result<T> Refused(params IReadOnlyList<string> messages) => new(Outcome.Refused, messages);

    public static Result<T> Of(Outcome outcome, params IReadOnlyList<string> messages) => new(outcome, messages);
}
