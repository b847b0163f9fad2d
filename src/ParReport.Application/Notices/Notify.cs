using ParReport.Application.Reports;
using ParReport.Domain.Access;
using ParReport.Domain.Entry;
using ParReport.Domain.Periods;
using ParReport.Domain.Workflow;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Application.Notices;

/// <summary>
/// Tells the people concerned what happened or what is due: an in-app notice each (listed on their home page) and,
/// where SMTP is configured, an e-mail. A mail that cannot be sent never undoes the notice or the step.
/// </summary>
public sealed class Notify(ParReportDbContext db, TimeProvider clock, Mailer? mailer = null)
{
    public Task PartAssignedAsync(ReportContext report, ReportPart part, UserRecord assignee, DateOnly? deadline, CancellationToken cancel) =>
        SendAsync([assignee], $"assign:{report.RequestId}:{report.Unit.Code}:{part.Key}:{Guid.NewGuid():N}",
            NoticeMessages.Assigned(part, report.Request.Period, report.Unit.Name, deadline, report.Actor.FullName),
            EntryUrl(report, part), cancel);

    /// <summary>After a workflow step: the leader when a report waits for them, the upper level when it arrives, the unit when it is returned or accepted.</summary>
    public async Task ReportMovedAsync(ReportContext report, ReportTransition transition, string? comment, CancellationToken cancel)
    {
        var unit = report.Unit.Code;
        var recipients = transition switch
        {
            ReportTransition.SendToLeader => await UsersAsync(unit, [Role.Leader], cancel),
            ReportTransition.CallBack => await UsersAsync(unit, [Role.Compiler, Role.Leader], cancel),
            ReportTransition.SignOff => [.. await UsersAsync(report.Issuer.Code, [Role.Reviewer], cancel), .. await UsersAsync(unit, [Role.Compiler], cancel)],
            _ => await UsersAsync(unit, [Role.Compiler, Role.Leader], cancel),
        };
        var text = NoticeMessages.Moved(transition, report.Request.Period, report.Unit.Name, report.Actor.FullName, comment);
        await SendAsync(recipients.Where(r => r.Id != report.Access.UserId).ToList(), $"move:{report.RequestId}:{unit}:{transition}:{Guid.NewGuid():N}",
            text, report.Url(), cancel);
    }

    /// <summary>A request sent: the compilers and leaders of every unit asked.</summary>
    public async Task RequestSentAsync(int requestId, ReportingRequest request, string issuerName, IReadOnlyCollection<string> unitCodes, CancellationToken cancel)
    {
        foreach (var unit in unitCodes)
            await SendAsync(await UsersAsync(unit, [Role.Compiler, Role.Leader], cancel), $"request:{requestId}:{unit}",
                NoticeMessages.RequestSent(request, issuerName), $"/Reports/View/{requestId}/{unit}", cancel);
    }

    /// <summary>Gives a notice (once per key and user) and mails it to those who have an address; returns the users who got it now.</summary>
    public async Task<IReadOnlyList<string>> SendAsync(IReadOnlyList<UserRecord> users, string key, string text, string? url, CancellationToken cancel)
    {
        if (users.Count == 0) return [];
        var given = await new NoticeStore(db, clock).AddAsync(users.Select(u => u.Id).ToList(), key, text, url, cancel);
        if (mailer is { Enabled: true } && given.Count > 0)
        {
            var to = users.Where(u => given.Contains(u.Id) && !string.IsNullOrWhiteSpace(u.Email)).Select(u => (u.Email!, u.FullName)).ToList();
            await mailer.SendAsync(to, NoticeMessages.MailSubject(text), text + (url is null ? "" : $"\n\n{url}"), cancel);
        }
        return given;
    }

    /// <summary>The users of a unit holding any of the roles; a locked account is told nothing.</summary>
    public Task<IReadOnlyList<UserRecord>> UsersAsync(string unitCode, IReadOnlyList<Role> roles, CancellationToken cancel) =>
        Storage.Accounts.UsersAsync(db, unitCode, roles, clock.GetUtcNow(), cancel);

    private static string EntryUrl(ReportContext report, ReportPart part) =>
        part.Kind == ReportPartKind.Form ? $"{report.Url("Form")}/{part.Code}" : $"{report.Url("Narrative")}/{part.Code}";
}
