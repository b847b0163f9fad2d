namespace ParReport.Domain.Periods;

/// <summary>
/// Deadlines and submission days are read in Vietnam's time (UTC+7, no daylight saving), whatever the server's zone,
/// so that "trước 10 giờ ngày 09/6" means the same instant everywhere.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The hour of a day, or the day's end (the first instant of the next day) without an hour.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly? hour) =>
        hour is { } h ? new DateTimeOffset(day.ToDateTime(h), Offset) : new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), Offset);

    public static DateTimeOffset Of(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(Of(instant).DateTime);
}
