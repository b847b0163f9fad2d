using ParReport.Domain.Periods;

namespace ParReport.Domain.Workflow;

public enum TimelinessKind
{
    /// <summary>Sent at or before the deadline.</summary>
    OnTime,
    /// <summary>Sent after the deadline.</summary>
    Late,
    /// <summary>Not sent, and the deadline has not passed.</summary>
    Pending,
    /// <summary>Not sent, and the deadline has passed.</summary>
    Overdue,
}

/// <summary>
/// Whether a unit's report came by the deadline. Days late or overdue are whole days begun after the deadline: one
/// minute late is one day, 24 hours and one minute are two.
/// </summary>
public sealed record Timeliness(TimelinessKind Kind, int Days)
{
    /// <summary>The timeliness of a report due at <paramref name="deadline"/>, first sent at <paramref name="sent"/> (null: not sent), as of <paramref name="now"/>.</summary>
    public static Timeliness Of(DateTimeOffset deadline, DateTimeOffset? sent, DateTimeOffset now)
    {
        if (sent is { } at) return at <= deadline ? new(TimelinessKind.OnTime, 0) : new(TimelinessKind.Late, DaysAfter(deadline, at));
        return now <= deadline ? new(TimelinessKind.Pending, 0) : new(TimelinessKind.Overdue, DaysAfter(deadline, now));
    }

    private static int DaysAfter(DateTimeOffset deadline, DateTimeOffset instant) => (int)Math.Ceiling((instant - deadline).TotalDays);

    public string Label => Kind switch
    {
        TimelinessKind.OnTime => "đúng hạn",
        TimelinessKind.Late => $"trễ {Days} ngày",
        TimelinessKind.Pending => "chưa gửi",
        _ => $"chưa gửi — quá hạn {Days} ngày",
    };
}
