namespace ParReport.Storage.Records;

/// <summary>
/// A unit expected to answer a request, fixed when the request is sent so that a unit added, moved or merged later
/// does not change an old request's completeness. The issuer may add or remove one explicitly, with a reason.
/// </summary>
public sealed class RequestUnitRecord
{
    public int Id { get; set; }
    public int RequestId { get; set; }
    public int UnitId { get; set; }
    public UnitRecord Unit { get; set; } = null!;
    public bool Removed { get; set; }

    /// <summary>Why the unit was added after the request was sent, or removed; who and when.</summary>
    public string? Reason { get; set; }
    public string? ChangedBy { get; set; }
    public DateTimeOffset? ChangedAt { get; set; }

    /// <summary>Raised by every change of the row, so that a reader can tell the request's units changed (<see cref="AggregateStore.StampsAsync"/>).</summary>
    public int Revision { get; set; }
}
