namespace ParReport.Storage.Records;

/// <summary>An in-app notice to one user: a reminder of a deadline, a report arrived, returned or waiting for sign-off.</summary>
public sealed class NoticeRecord
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Text { get; set; }
    public string? Url { get; set; }

    /// <summary>What the notice is about, so that a reminder is given once a day however often reminders run.</summary>
    public required string Key { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
