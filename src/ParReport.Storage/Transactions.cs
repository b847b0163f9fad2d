using Microsoft.EntityFrameworkCore.Storage;

namespace ParReport.Storage;

/// <summary>
/// A store's work is atomic: it starts a transaction unless its caller already has one (the demo seed, a page's
/// request), in which case the caller's commit decides.
/// </summary>
internal static class Transactions
{
    public static async Task<IDbContextTransaction?> BeginUnlessActiveAsync(this ParReportDbContext db, CancellationToken cancel) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancel) : null;

    public static async Task CommitIfOwnAsync(this IDbContextTransaction? transaction, CancellationToken cancel)
    {
        if (transaction is not null) await transaction.CommitAsync(cancel);
    }
}
