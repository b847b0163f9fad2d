namespace ParReport.Domain.Reports;

/// <summary>What a <see cref="ReportChange"/> is about.</summary>
public enum ReportChangeKind
{
    /// <summary>An indicator's value: an entered one, or a derived rate recomputed from changed parts.</summary>
    Value,
    /// <summary>The text of one narrative section of an outline item.</summary>
    Narrative,
}

/// <summary>One difference between two versions of a report, as <see cref="ReportDiff.Between"/> finds it.</summary>
/// <param name="Kind">Whether an indicator's value or a narrative section changed.</param>
/// <param name="Key">The indicator key ("III/3.1.1") or the narrative key ("II.2", "II.2#ton-tai").</param>
/// <param name="Label">What a reader is told changed: "Biểu III — 3.1.1. Tổng số hồ sơ TTHC đã giải quyết xong", "Mục II.2. Cải cách thủ tục hành chính (TTHC)".</param>
/// <param name="Old">The older version as it is shown ("1.034", "1 (Có)", "99,8%", the text); null when it had none.</param>
/// <param name="New">The newer version as it is shown; null when it has none.</param>
public sealed record ReportChange(ReportChangeKind Kind, string Key, string Label, string? Old, string? New)
{
    /// <summary>True when the older version had nothing here.</summary>
    public bool IsAdded => Old is null;

    /// <summary>True when the newer version has nothing here.</summary>
    public bool IsRemoved => New is null;
}
