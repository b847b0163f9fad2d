namespace ParReport.Storage.Records;

/// <summary>
/// A discussion between officials about one part, value or narrative box of a report (its target), open until someone
/// marks it resolved; it may be reopened.
/// </summary>
public sealed class CommentThreadRecord
{
    public int Id { get; set; }
    public int ReportId { get; set; }

    /// <summary>The target's key: a part ("bieu-III"), an indicator ("III/3.1.1") or a narrative box ("II.2#ton-tai").</summary>
    public required string Target { get; set; }

    /// <summary>The part the target belongs to, so that a part's threads are found without the template.</summary>
    public required string PartKey { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? ResolvedBy { get; set; }
    public string? ResolvedByName { get; set; }
    public List<CommentRecord> Comments { get; set; } = [];
}

/// <summary>One official's comment in a thread, with who wrote it and when.</summary>
public sealed class CommentRecord
{
    public long Id { get; set; }
    public int ThreadId { get; set; }

    /// <summary>The author's account, told when others answer; kept as it was if the account is deleted.</summary>
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public required string FullName { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Text { get; set; }
}
