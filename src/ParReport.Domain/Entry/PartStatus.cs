namespace ParReport.Domain.Entry;

/// <summary>How far an assigned part of a report has got.</summary>
public enum PartStatus
{
    NotStarted,
    InProgress,
    Done,
}

public static class PartStatuses
{
    public static string Label(PartStatus status) => status switch
    {
        PartStatus.NotStarted => "chưa bắt đầu",
        PartStatus.InProgress => "đang làm",
        PartStatus.Done => "xong",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
