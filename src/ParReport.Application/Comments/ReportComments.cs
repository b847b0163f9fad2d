using ParReport.Application.Notices;
using ParReport.Application.Reports;
using ParReport.Domain.Entry;
using ParReport.Domain.Text;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Application.Comments;

/// <summary>
/// Comment threads between the officials of a report — its contributors, compiler and leader, and the upper level's
/// readers — on a part, a value or a narrative box: who wrote what and when, open or resolved. Whoever may read the
/// report discusses it, whatever its state (a signed report can still be discussed); the upper level only once the
/// unit has sent it something, as it sees nothing before. Everyone else in the thread is told of each comment.
/// </summary>
public sealed class ReportComments(ParReportDbContext db, TimeProvider clock, Mailer? mailer = null)
{
    public const int MaxText = 2000;

    public sealed record Comment(long Id, string UserName, string FullName, DateTimeOffset At, string Text);

    public sealed record Thread(int Id, CommentTarget Target, DateTimeOffset OpenedAt, DateTimeOffset? ResolvedAt, string? ResolvedBy, IReadOnlyList<Comment> Comments)
    {
        public bool IsOpen => ResolvedAt is null;
    }

    /// <summary>How many threads, and how many open, on each target and each part.</summary>
    public sealed record Counts(IReadOnlyList<(string Target, string PartKey, bool Open)> Threads)
    {
        public static readonly Counts None = new([]);
        public int Open => Threads.Count(t => t.Open);
        public (int Open, int All) Of(string target) => (Threads.Count(t => t.Target == target && t.Open), Threads.Count(t => t.Target == target));
        public (int Open, int All) OfPart(string partKey) => (Threads.Count(t => t.PartKey == partKey && t.Open), Threads.Count(t => t.PartKey == partKey));
    }

    /// <summary>Whether the user may see and write the report's comments: the unit itself, or the upper level once something was sent.</summary>
    public static bool MayDiscuss(ReportContext report) => report.ShownVersion is not 0;

    /// <summary>The report's threads, oldest first: all of them, or those of one target (a part's with its values' or boxes').</summary>
    public async Task<Result<IReadOnlyList<Thread>>> ListAsync(ReportContext report, string? target = null, CancellationToken cancel = default)
    {
        if (!MayDiscuss(report)) return Result<IReadOnlyList<Thread>>.Of(Outcome.Forbidden, CommentMessages.NeverSent);
        IReadOnlyCollection<string>? keys = null;
        if (target is { Length: > 0 })
        {
            if (CommentTarget.Find(report.Template, target) is not { } found) return Result<IReadOnlyList<Thread>>.Of(Outcome.NotFound, CommentMessages.UnknownTarget(target));
            keys = found.Kind == CommentTargetKind.Part ? CommentTarget.Within(report.Template, found.Part).Select(t => t.Key).ToList() : [found.Key];
        }
        if (report.ReportId is not { } id) return Result<IReadOnlyList<Thread>>.Done([]);
        return Result<IReadOnlyList<Thread>>.Done((await new CommentStore(db, clock).ThreadsAsync(id, keys, cancel)).Select(t => Of(report, t)).OfType<Thread>().ToList());
    }

    /// <summary>The counts of the report's threads; none for a user who may not discuss it.</summary>
    public async Task<Counts> CountsAsync(ReportContext report, CancellationToken cancel = default) =>
        MayDiscuss(report) && report.ReportId is { } id ? new Counts(await new CommentStore(db, clock).SummaryAsync(id, cancel)) : Counts.None;

    /// <summary>Opens a thread on a target with its first comment, and tells the part's assignee.</summary>
    public async Task<Result<Thread>> OpenAsync(ReportContext report, string? target, string? text, CancellationToken cancel = default)
    {
        if (!MayDiscuss(report)) return Result<Thread>.Of(Outcome.Forbidden, CommentMessages.NeverSent);
        if (CommentTarget.Find(report.Template, target) is not { } found) return Result<Thread>.Of(Outcome.NotFound, CommentMessages.UnknownTarget(target));
        if (Clean(text) is not { } clean) return Result<Thread>.Refused(CommentMessages.Empty);
        // A comment is not a write of the report's content: the row is made for it if the unit never wrote, locked or not.
        var reportId = report.ReportId ?? await new EntryStore(db, clock).EnsureReportAsync(report.RequestId, report.Unit.Code, cancel);
        var thread = await new CommentStore(db, clock).OpenAsync(reportId, found.Key, found.Part.Key, Author(report), clean, cancel);
        await NotifyAsync(report, reportId, thread, thread.Comments[^1], cancel);
        return Result<Thread>.Done(Of(report, thread)!);
    }

    /// <summary>Answers a thread; everyone else in it is told.</summary>
    public async Task<Result<Thread>> AnswerAsync(ReportContext report, int threadId, string? text, CancellationToken cancel = default)
    {
        if (!MayDiscuss(report)) return Result<Thread>.Of(Outcome.Forbidden, CommentMessages.NeverSent);
        var store = new CommentStore(db, clock);
        if (report.ReportId is not { } reportId || await store.ThreadAsync(reportId, threadId, cancel) is not { } thread) return Result<Thread>.Of(Outcome.NotFound);
        if (Clean(text) is not { } clean) return Result<Thread>.Refused(CommentMessages.Empty);
        var comment = await store.AnswerAsync(threadId, Author(report), clean, cancel);
        await NotifyAsync(report, reportId, thread, comment, cancel);
        return Result<Thread>.Done(Of(report, (await store.ThreadAsync(reportId, threadId, cancel))!)!);
    }

    /// <summary>Marks a thread resolved, or reopens it; refused when it already is so.</summary>
    public async Task<Result<Thread>> ResolveAsync(ReportContext report, int threadId, bool resolved, CancellationToken cancel = default)
    {
        if (!MayDiscuss(report)) return Result<Thread>.Of(Outcome.Forbidden, CommentMessages.NeverSent);
        var store = new CommentStore(db, clock);
        if (report.ReportId is not { } reportId || await store.ThreadAsync(reportId, threadId, cancel) is null) return Result<Thread>.Of(Outcome.NotFound);
        if (!await store.SetResolvedAsync(threadId, resolved, Author(report), cancel))
            return Result<Thread>.Of(Outcome.Conflict, resolved ? CommentMessages.AlreadyResolved : CommentMessages.AlreadyOpen);
        return Result<Thread>.Done(Of(report, (await store.ThreadAsync(reportId, threadId, cancel))!)!);
    }

    /// <summary>
    /// A return's reasons by part, each the first comment of a thread on its part by the returning reviewer, in the
    /// return's transaction; the threads opened, for <see cref="ReturnedAsync"/> to tell once it is committed.
    /// </summary>
    public async Task<IReadOnlyList<CommentThreadRecord>> OpenForReturnAsync(ReportContext report, int reportId, IReadOnlyDictionary<string, string> reasons,
        CancellationToken cancel = default)
    {
        var store = new CommentStore(db, clock);
        var opened = new List<CommentThreadRecord>();
        foreach (var (part, reason) in reasons) opened.Add(await store.OpenAsync(reportId, part, part, Author(report), reason, cancel));
        return opened;
    }

    /// <summary>Tells each returned part's assignee of the thread opened on it (the unit's compilers and leaders hear of the return itself).</summary>
    public async Task ReturnedAsync(ReportContext report, int reportId, IReadOnlyList<CommentThreadRecord> opened, CancellationToken cancel = default)
    {
        foreach (var thread in opened) await NotifyAsync(report, reportId, thread, thread.Comments[^1], cancel);
    }

    // The authors of the thread's earlier comments and the part's assignee, but not who just wrote; a locked account is told nothing.
    private async Task NotifyAsync(ReportContext report, int reportId, CommentThreadRecord thread, CommentRecord comment, CancellationToken cancel)
    {
        var ids = thread.Comments.Select(c => c.UserId).ToHashSet();
        if ((await new EntryStore(db, clock).AssignmentAsync(reportId, thread.PartKey, cancel))?.AssigneeId is { } assignee) ids.Add(assignee);
        ids.Remove(report.Access.UserId);
        var users = await Storage.Accounts.UsersByIdAsync(db, ids, clock.GetUtcNow(), cancel);
        if (CommentTarget.Find(report.Template, thread.Target) is not { } target) return;
        var text = NoticeMessages.Commented(report.Actor.FullName, target.Label, report.Request.Period, report.Unit.Name, comment.Text);
        await new Notify(db, clock, mailer).SendAsync(users, $"comment:{comment.Id}", text, Url(report, thread.Target, thread.Id), cancel);
    }

    /// <summary>The comments page of a target, at one thread.</summary>
    public static string Url(ReportContext report, string target, int? threadId = null) =>
        $"{report.Url("Comments")}?target={Uri.EscapeDataString(target)}{(threadId is { } id ? $"#y-{id}" : "")}";

    private static CommentStore.Author Author(ReportContext report) => new(report.Access.UserId, report.Actor.UserName, report.Actor.FullName);

    // A thread on a target the template no longer has is left out rather than shown without its place.
    private static Thread? Of(ReportContext report, CommentThreadRecord t) =>
        CommentTarget.Find(report.Template, t.Target) is { } target
            ? new Thread(t.Id, target, t.OpenedAt, t.ResolvedAt, t.ResolvedByName, t.Comments.Select(c => new Comment(c.Id, c.UserName, c.FullName, c.At, c.Text)).ToList())
            : null;

    private static string? Clean(string? text)
    {
        var clean = TypedText.Clean(text ?? "").Trim();
        return clean.Length == 0 ? null : clean.Length > MaxText ? clean[..MaxText] : clean;
    }
}
