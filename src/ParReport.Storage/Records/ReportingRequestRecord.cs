namespace ParReport.Storage.Records;

/// <summary>A stored reporting request: period, template version, windows and deadline.</summary>
public sealed class ReportingRequestRecord
{
    public int Id { get; set; }
    public int IssuerUnitId { get; set; }
    public UnitRecord IssuerUnit { get; set; } = null!;
    public required string PeriodCode { get; set; }
    public required string TemplateId { get; set; }
    public int TemplateVersion { get; set; }
    public DateOnly WindowFrom { get; set; }
    public DateOnly WindowTo { get; set; }
    public DateOnly CumulativeFrom { get; set; }
    public DateOnly CumulativeTo { get; set; }
    public DateOnly Deadline { get; set; }

    /// <summary>The hour on the deadline day ("trước 10 giờ"), when the letter gives one.</summary>
    public TimeOnly? DeadlineHour { get; set; }

    /// <summary>How many days before the deadline the units are reminded.</summary>
    public int ReminderDays { get; set; } = 3;

    /// <summary>When the request was sent (null for requests stored before this was kept).</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>The number and date of the letter that asked for the reports, when known.</summary>
    public string? DocumentNumber { get; set; }
    public DateOnly? DocumentDate { get; set; }
}
