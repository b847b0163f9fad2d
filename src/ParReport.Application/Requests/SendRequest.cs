using ParReport.Application.Notices;
using ParReport.Domain.Access;
using ParReport.Domain.Periods;
using ParReport.Domain.Text;
using ParReport.Storage;

namespace ParReport.Application.Requests;

/// <summary>
/// An upper level asks the units below it for a period's report: checked (<see cref="RequestCheck"/>), stored with the
/// units expected to answer fixed from now on, and announced to each unit's compiler and leader.
/// </summary>
public sealed class SendRequest(ParReportDbContext db, TimeProvider clock, Mailer? mailer = null)
{
    public const int MaxReminderDays = 30;

    /// <param name="actor">Who sends it from the web; null for the command line, which acts for any unit.</param>
    /// <returns>The request's id.</returns>
    public async Task<Result<int>> RunAsync(Actor? actor, string issuerCode, RequestInput input, CancellationToken cancel = default)
    {
        var tree = await new UnitStore(db).LoadTreeAsync(cancel);
        if (tree.Find(issuerCode) is not { } issuer) return Result<int>.Of(Outcome.NotFound, RequestMessages.UnknownUnit(issuerCode));
        if (actor is not null && (actor.Access.UnitCode != issuerCode || !actor.Access.CanSendRequests(tree))) return Result<int>.Of(Outcome.Forbidden);
        var letter = input.LetterNumber is null ? null : TypedText.Clean(input.LetterNumber).Trim();
        var problems = new List<string>();
        if ((letter is { Length: > 0 }) != (input.LetterDate is not null)) problems.Add(RequestMessages.LetterNeedsNumberAndDate);
        if (input.ReminderDays is < 0 or > MaxReminderDays) problems.Add(RequestMessages.BadReminderDays(MaxReminderDays));
        var units = tree.ChildrenOf(issuer.Code).ToList();
        problems.AddRange(RequestCheck.Problems(input.Period, input.Template, units, input.Window, input.Deadline, letter is { Length: > 0 } ? letter : null));
        if (problems.Count > 0) return Result<int>.Refused(problems);

        var request = ReportingRequest.Create(issuer.Code, input.Period, input.Template.Ref, input.Window, input.Deadline,
            input.LetterDate is { } date ? new RequestDocument(letter!, date) : null) with { DeadlineHour = input.DeadlineHour, ReminderDays = input.ReminderDays };
        var store = new ReportStore(db, clock);
        if (await store.TryAddRequestAsync(request, cancel) is not { } id) return Result<int>.Of(Outcome.Conflict, RequestMessages.Exists(issuer.Name, input.Period));
        await new Notify(db, clock, mailer).RequestSentAsync(id, request, issuer.Name, units.Select(u => u.Code).ToList(), cancel);
        return Result<int>.Done(id);
    }
}
