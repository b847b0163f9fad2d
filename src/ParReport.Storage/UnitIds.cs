using Microsoft.EntityFrameworkCore;

namespace ParReport.Storage;

/// <summary>Stores take units by code and keep them by id.</summary>
internal static class UnitIds
{
    /// <summary>The id of a unit by its code.</summary>
    /// <exception cref="KeyNotFoundException">No unit has that code.</exception>
    public static async Task<int> UnitIdAsync(this ParReportDbContext db, string code, CancellationToken cancel) =>
        await db.FindUnitIdAsync(code, cancel) ?? throw new KeyNotFoundException($"No unit with code «{code}».");

    /// <summary>The id of a unit by its code; null when no unit has that code.</summary>
    public static Task<int?> FindUnitIdAsync(this ParReportDbContext db, string code, CancellationToken cancel) =>
        db.Units.Where(u => u.Code == code).Select(u => (int?)u.Id).SingleOrDefaultAsync(cancel);
}
