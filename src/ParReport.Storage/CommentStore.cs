using Microsoft.EntityFrameworkCore;
using ParReport.Storage.Records;

namespace ParReport.Storage;

/// <summary>
/// The comment threads of reports. Comments never touch the report's row: a discussion goes on whatever the report's
/// state, and never makes a colleague's save or a workflow step a conflict.
/// </summary>
public sealed class CommentStore(ParReportDbContext db, TimeProvider clock)
{
    /// <summary>An author as a comment keeps them.</summary>
    public sealed record Author(string UserId, string UserName, string FullName);

    /// <summary>A report's threads with their comments, oldest first; only those of <paramref name="targets"/> when given.</summary>
    public async Task<IReadOnlyList<CommentThreadRecord>> ThreadsAsync(int reportId, IReadOnlyCollection<string>? targets = null, CancellationToken cancel = default) =>
        await db.CommentThreads.AsNoTracking().Include(t => t.Comments.OrderBy(c => c.Id))
            .Where(t => t.ReportId == reportId && (targets == null || targets.Contains(t.Target))).OrderBy(t => t.Id).ToListAsync(cancel);

    public async Task<CommentThreadRecord?> ThreadAsync(int reportId, int threadId, CancellationToken cancel = default) =>
        await db.CommentThreads.AsNoTracking().Include(t => t.Comments.OrderBy(c => c.Id)).SingleOrDefaultAsync(t => t.Id == threadId && t.ReportId == reportId, cancel);

    /// <summary>Each thread's target and whether it is open, for the counts the pages show.</summary>
    public async Task<IReadOnlyList<(string Target, string PartKey, bool Open)>> SummaryAsync(int reportId, CancellationToken cancel = default) =>
        (await db.CommentThreads.AsNoTracking().Where(t => t.ReportId == reportId).Select(t => new { t.Target, t.PartKey, Open = t.ResolvedAt == null }).ToListAsync(cancel))
        .Select(t => (t.Target, t.PartKey, t.Open)).ToList();

    /// <summary>Opens a thread with its first comment, in the caller's transaction when there is one; returns the thread.</summary>
    public async Task<CommentThreadRecord> OpenAsync(int reportId, string target, string partKey, Author author, string text, CancellationToken cancel = default)
    {
        var now = clock.GetUtcNow();
        var thread = new CommentThreadRecord { ReportId = reportId, Target = target, PartKey = partKey, OpenedAt = now };
        thread.Comments.Add(Comment(author, text, now));
        db.CommentThreads.Add(thread);
        await db.SaveChangesAsync(cancel);
        return thread;
    }

    /// <summary>Adds a comment to a thread; returns it.</summary>
    public async Task<CommentRecord> AnswerAsync(int threadId, Author author, string text, CancellationToken cancel = default)
    {
        var comment = Comment(author, text, clock.GetUtcNow());
        comment.ThreadId = threadId;
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancel);
        return comment;
    }

    /// <summary>Marks a thread resolved, or open again; false when it already was (someone did it meanwhile).</summary>
    public async Task<bool> SetResolvedAsync(int threadId, bool resolved, Author by, CancellationToken cancel = default)
    {
        var now = clock.GetUtcNow();
        var changed = resolved
            ? await db.CommentThreads.Where(t => t.Id == threadId && t.ResolvedAt == null).ExecuteUpdateAsync(set => set
                .SetProperty(t => t.ResolvedAt, now).SetProperty(t => t.ResolvedBy, by.UserName).SetProperty(t => t.ResolvedByName, by.FullName), cancel)
            : await db.CommentThreads.Where(t => t.Id == threadId && t.ResolvedAt != null).ExecuteUpdateAsync(set => set
                .SetProperty(t => t.ResolvedAt, (DateTimeOffset?)null).SetProperty(t => t.ResolvedBy, (string?)null).SetProperty(t => t.ResolvedByName, (string?)null), cancel);
        return changed > 0;
    }

    private static CommentRecord Comment(Author author, string text, DateTimeOffset at) =>
        new() { UserId = author.UserId, UserName = author.UserName, FullName = author.FullName, At = at, Text = text };
}
