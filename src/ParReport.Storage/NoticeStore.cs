using Microsoft.EntityFrameworkCore;
using ParReport.Storage.Records;

namespace ParReport.Storage;

/// <summary>In-app notices: stored once per user and key, listed newest first, counted until read.</summary>
public sealed class NoticeStore(ParReportDbContext db, TimeProvider clock)
{
    public const int MaxText = 1000;

    /// <summary>Gives a notice to users who have not had one with this key; returns the users who got it now.</summary>
    public async Task<IReadOnlyList<string>> AddAsync(IReadOnlyCollection<string> userIds, string key, string text, string? url, CancellationToken cancel = default)
    {
        var had = await db.Notices.Where(n => n.Key == key && userIds.Contains(n.UserId)).Select(n => n.UserId).ToListAsync(cancel);
        var added = userIds.Distinct().Except(had).ToList();
        // A notice quotes a reason of up to 2.000 characters; it keeps what its column holds.
        if (text.Length > MaxText) text = text[..(MaxText - 1)] + "…";
        foreach (var user in added)
            db.Notices.Add(new NoticeRecord { UserId = user, Key = key, Text = text, Url = url, At = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancel);
        }
        catch (DbUpdateException e) when (Database.IsUniqueViolation(e))
        {
            // Reminders run from several places at once: the other one gave the notice.
            db.ChangeTracker.Clear();
            return [];
        }
        return added;
    }

    public async Task<IReadOnlyList<NoticeRecord>> ListAsync(string userId, int take = 50, CancellationToken cancel = default) =>
        await db.Notices.AsNoTracking().Where(n => n.UserId == userId).OrderByDescending(n => n.Id).Take(take).ToListAsync(cancel);

    public Task<int> UnreadAsync(string userId, CancellationToken cancel = default) =>
        db.Notices.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancel);

    public Task MarkReadAsync(string userId, CancellationToken cancel = default) =>
        db.Notices.Where(n => n.UserId == userId && n.ReadAt == null).ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, clock.GetUtcNow()), cancel);
}
