using Microsoft.EntityFrameworkCore;
using ParReport.Application.Notices;
using ParReport.Domain.Access;
using ParReport.Domain.Entry;
using ParReport.Domain.Reports;
using ParReport.Domain.Text;
using ParReport.Domain.Writing;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Application.Reports;

/// <summary>
/// Every change a unit's officials make to their report — values, narrative, rewordings, dossier figures, parts'
/// assignees and statuses, the document's number and date. Each decides who may, refuses a locked report saying why,
/// creates the report on its first write, and writes through <see cref="EntryStore"/>, which checks the lock again
/// in the write's own transaction.
/// </summary>
public sealed class ReportEntry(ParReportDbContext db, TimeProvider clock, Mailer? mailer = null)
{
    public const int MaxReason = 500;
    private readonly EntryStore _store = new(db, clock);

    /// <summary>
    /// Saves an official's values for a form, each with the value it had when opened. Overriding a figure taken from the
    /// dossiers needs a reason (given on the web; a workbook cannot give one, <paramref name="fromFile"/>).
    /// </summary>
    public async Task<Result<SaveOutcome<IndicatorValue>>> SaveValuesAsync(ReportContext report, ReportPart part,
        IReadOnlyList<(string Key, IndicatorValue? Original, IndicatorValue? Mine)> submitted, IReadOnlyDictionary<string, string> typedReasons,
        bool fromFile = false, CancellationToken cancel = default)
    {
        if (Refusal<SaveOutcome<IndicatorValue>>(report, part) is { } refused) return refused;
        if (Unfit(report, part, submitted) is { Count: > 0 } unfit) return new(Outcome.Refused, unfit.Values.ToList(), ByKey: unfit);
        var sources = report.Sources;
        var reasons = new Dictionary<string, string>();
        var missing = new Dictionary<string, string>();
        foreach (var (key, _, _) in submitted.Where(s => s.Original != s.Mine && sources.ContainsKey(s.Key)))
        {
            var reason = TypedText.Clean(typedReasons.GetValueOrDefault(key) ?? "").Trim();
            if (reason.Length > MaxReason) reason = reason[..MaxReason];
            if (fromFile) missing[key] = EntryMessages.OverrideNeedsReason(report.Template.Get(key)) + " (sửa trên trang web, không qua tệp)";
            else if (reason.Length == 0) missing[key] = EntryMessages.OverrideNeedsReason(report.Template.Get(key));
            else reasons[key] = reason;
        }
        if (missing.Count > 0) return new(Outcome.Refused, missing.Values.ToList(), ByKey: missing);
        return await WriteAsync(report, id => _store.SaveValuesAsync(id, part.Key, submitted, report.Actor.UserName, reasons, cancel), cancel);
    }

    /// <summary>
    /// The submitted values that cannot be stored, by key: keys not of an entered indicator of this part, values that do not
    /// fit their indicator's kind. The web form reads only its own boxes; a script may send anything.
    /// </summary>
    private static Dictionary<string, string> Unfit(ReportContext report, ReportPart part, IReadOnlyList<(string Key, IndicatorValue? Original, IndicatorValue? Mine)> submitted)
    {
        var unfit = new Dictionary<string, string>();
        foreach (var (key, _, mine) in submitted)
        {
            if (!key.Contains('/') || ReportPart.KeyOfIndicator(key) != part.Key || report.Template.Find(key) is not { } indicator)
                unfit[key] = EntryMessages.NotInPart(key, part);
            else if (mine is not null && ValueInput.Checked(indicator, mine).Error is { } error) unfit[key] = error;
        }
        return unfit;
    }

    public async Task<Result<SaveOutcome<string>>> SaveNarrativesAsync(ReportContext report, ReportPart part,
        IReadOnlyList<(string Key, string? Original, string? Mine)> submitted, CancellationToken cancel = default) =>
        Refusal<SaveOutcome<string>>(report, part)
            ?? await WriteAsync(report, id => _store.SaveNarrativesAsync(id, part.Key, submitted, report.Actor.UserName, cancel), cancel);

    /// <summary>Keeps an official's rewording of a generated sentence, if its numbers are all the stored ones, in their order.</summary>
    public async Task<Result<SaveOutcome<string>>> RewordAsync(ReportContext report, string sentenceKey, string? text, string? original, CancellationToken cancel = default)
    {
        if (StatisticalText.For(report.Template, report.Report).FirstOrDefault(s => s.Key == sentenceKey) is not { } sentence)
            return Result<SaveOutcome<string>>.Of(Outcome.NotFound);
        if (ReportPart.Find(report.Template, ReportPart.OutlineKey(sentence.OutlineCode)) is not { } part) return Result<SaveOutcome<string>>.Of(Outcome.Forbidden);
        if (Refusal<SaveOutcome<string>>(report, part) is { } refused) return refused;
        var wording = (text ?? "").Trim();
        if (StatisticalText.CheckRewording(sentence.Generated, wording) is { } error) return Result<SaveOutcome<string>>.Refused(error);
        // Back to the generated wording: nothing to keep.
        return await WriteAsync(report, id => _store.SaveNarrativesAsync(id, part.Key, [(sentenceKey, original, wording == sentence.Generated ? null : wording)],
            report.Actor.UserName, cancel), cancel);
    }

    /// <summary>Takes the dossiers' figures of one form for the request's window; typed values are kept unless listed in <paramref name="replace"/>.</summary>
    public async Task<Result<(int Applied, IReadOnlyList<(string Key, decimal? Typed, decimal Dossiers)> Kept)>> ApplyDossiersAsync(
        ReportContext report, ReportPart part, IReadOnlySet<string> replace, CancellationToken cancel = default) =>
        Refusal<(int, IReadOnlyList<(string, decimal?, decimal)>)>(report, part)
            ?? await WriteAsync(report, id => _store.ApplyDossiersAsync(id, report.Unit.Code, report.Request.Template, report.Request.Window,
                report.Actor.UserName, replace, part.Code, cancel), cancel);

    /// <summary>Takes the figures the unit's registers give one form for the request's window; typed values are kept unless listed in <paramref name="replace"/>.</summary>
    public async Task<Result<(int Applied, IReadOnlyList<(string Key, decimal? Typed, decimal Dossiers)> Kept)>> ApplyRegistersAsync(
        ReportContext report, ReportPart part, IReadOnlySet<string> replace, CancellationToken cancel = default) =>
        Refusal<(int, IReadOnlyList<(string, decimal?, decimal)>)>(report, part)
            ?? await WriteAsync(report, id => _store.ApplyRegistersAsync(id, report.Unit.Code, report.Request.Template, report.Request.Window,
                report.Actor.UserName, replace, part.Code, cancel), cancel);

    /// <summary>
    /// Takes the figures of the units' aggregate into the report with their source (<see cref="Aggregates.FillFromUnits"/>):
    /// the compiler's, since they cross parts; typed values are kept unless listed in <paramref name="replace"/>.
    /// </summary>
    public async Task<Result<(int Applied, IReadOnlyList<(string Key, decimal? Typed, decimal Dossiers)> Kept)>> ApplyFiguresAsync(
        ReportContext report, IReadOnlyDictionary<string, decimal> figures, string source, IReadOnlySet<string> replace, CancellationToken cancel = default)
    {
        if (!report.CanCompile) return new(Outcome.Forbidden, []);
        if (report.LockMessage is { } locked) return new(Outcome.Refused, [locked]);
        return await WriteAsync(report, id => _store.ApplyFiguresAsync(id, figures, source, report.Actor.UserName, replace, cancel), cancel);
    }

    /// <summary>Marks a part done — refused while it has violations or no content — or back in progress.</summary>
    public async Task<Result<PartStatus>> SetPartStatusAsync(ReportContext report, ReportPart part, PartStatus status, CancellationToken cancel = default)
    {
        if (status == PartStatus.NotStarted) return Result<PartStatus>.Of(Outcome.Forbidden);
        if (Refusal<PartStatus>(report, part) is { } refused) return refused;
        if (status == PartStatus.Done && DoneRefusal(report, part) is { } why) return Result<PartStatus>.Refused(why);
        return await WriteAsync(report, async id =>
        {
            await _store.SetStatusAsync(id, part.Key, status, report.Actor.UserName, cancel);
            return status;
        }, cancel);
    }

    /// <summary>Why a part cannot be marked done: no content, or violations among its fields; null when it can.</summary>
    public static string? DoneRefusal(ReportContext report, ReportPart part)
    {
        if (part.Kind == ReportPartKind.Form)
        {
            if (!report.Report.Values.Keys.Any(k => ReportPart.KeyOfIndicator(k) == part.Key)) return EntryMessages.DoneRefusedNoValues(part);
            var count = ReportValidator.Validate(report.Template, report.Report.Values).Violations.Count(v => v.Keys.Any(k => ReportPart.KeyOfIndicator(k) == part.Key));
            return count > 0 ? EntryMessages.DoneRefused(part, count) : null;
        }
        return report.Report.Narratives.ContainsKey(part.Code) ? null : EntryMessages.DoneRefusedEmpty(part);
    }

    /// <summary>Gives a part to one of the unit's officials (or to nobody) with a deadline, and tells them.</summary>
    public async Task<Result<UserRecord?>> AssignAsync(ReportContext report, ReportPart part, string? assigneeId, DateOnly? deadline, CancellationToken cancel = default)
    {
        if (!report.CanCompile) return Result<UserRecord?>.Of(Outcome.Forbidden);
        if (report.LockMessage is { } locked) return Result<UserRecord?>.Refused(locked);
        var assignee = assigneeId is { Length: > 0 } ? (await OfficialsAsync(report.Unit.Code, cancel)).FirstOrDefault(o => o.Id == assigneeId) : null;
        if (assigneeId is { Length: > 0 } && assignee is null) return Result<UserRecord?>.Refused(EntryMessages.NotAnOfficial);
        var result = await WriteAsync(report, async id =>
        {
            await _store.AssignAsync(id, part.Key, assignee?.Id, deadline, report.Actor.UserName, cancel);
            return assignee;
        }, cancel);
        if (result.IsDone && assignee is not null && assignee.Id != report.Access.UserId)
            await new Notify(db, clock, mailer).PartAssignedAsync(report, part, assignee, deadline, cancel);
        return result;
    }

    /// <summary>The unit's officials a part can be given to (compilers and contributors), by name.</summary>
    public Task<IReadOnlyList<UserRecord>> OfficialsAsync(string unitCode, CancellationToken cancel = default) =>
        Storage.Accounts.UsersAsync(db, unitCode, [Role.Compiler, Role.Contributor], clock.GetUtcNow(), cancel);

    /// <summary>Sets the number, date and signer the document will carry; the leader's sign-off fixes them.</summary>
    public async Task<Result<bool>> SetDocumentAsync(ReportContext report, string? number, DateOnly? date, string? signer, CancellationToken cancel = default)
    {
        if (!report.CanSetDocument) return Result<bool>.Of(Outcome.Forbidden);
        if (report.LockMessage is { } locked) return Result<bool>.Refused(locked);
        number = TypedText.Clean(number ?? "").Trim();
        signer = TypedText.Clean(signer ?? "").Trim();
        if (number.Length > 64 || signer.Length > 128) return Result<bool>.Refused(EntryMessages.BadDocument);
        return await WriteAsync(report, async id =>
        {
            await _store.SetDocumentAsync(id, number.Length > 0 ? number : null, date, signer.Length > 0 ? signer : null, report.Actor.UserName, cancel);
            return true;
        }, cancel);
    }

    private static Result<T>? Refusal<T>(ReportContext report, ReportPart part)
    {
        if (!report.CanWrite(part)) return Result<T>.Of(Outcome.Forbidden);
        return report.LockMessage is { } locked ? Result<T>.Refused(locked) : null;
    }

    // The report's row is created by its first write; a transition that locked it meanwhile refuses the write in its transaction.
    private async Task<Result<T>> WriteAsync<T>(ReportContext report, Func<int, Task<T>> write, CancellationToken cancel)
    {
        var id = report.ReportId ?? await _store.EnsureReportAsync(report.RequestId, report.Unit.Code, cancel);
        try
        {
            return Result<T>.Done(await write(id));
        }
        catch (ReportLockedException e)
        {
            db.ChangeTracker.Clear();
            return Result<T>.Refused(e.Message);
        }
    }
}
