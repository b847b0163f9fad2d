using ParReport.Domain.Templates;

namespace ParReport.Domain.Periods;

/// <summary>
/// An upper level's request for a report: which period, which template version, the cut-off windows and
/// the submission deadline. Windows and deadline default to the Ministry of Home Affairs' rule and may be
/// overridden per request (one seed directive uses 10/12 → 09/06 for 6 tháng). <see cref="Document"/> is the
/// letter that asked for the report, which the report's opening cites. <see cref="DeadlineHour"/> is the hour of the
/// deadline day when the letter gives one ("trước 10 giờ ngày 09/6"); without it the whole day counts.
/// <see cref="ReminderDays"/> is how many days before the deadline the units are reminded.
/// </summary>
public sealed record ReportingRequest(
    string IssuerUnitCode,
    ReportingPeriod Period,
    TemplateRef Template,
    CutOffWindow Window,
    CutOffWindow CumulativeWindow,
    DateOnly Deadline,
    RequestDocument? Document = null,
    TimeOnly? DeadlineHour = null,
    int ReminderDays = ReportingRequest.DefaultReminderDays)
{
    public const int DefaultReminderDays = 3;

    /// <summary>A request with the default windows and, unless given, a deadline on the window's last day.</summary>
    public static ReportingRequest Create(string issuerUnitCode, ReportingPeriod period, TemplateRef template,
        CutOffWindow? window = null, DateOnly? deadline = null, RequestDocument? document = null)
    {
        var own = window ?? period.DefaultWindow;
        // An overridden window moves the cumulative one with it, except for 9 tháng whose own window is a quarter.
        var cumulative = window is null || period.Kind == PeriodKind.NineMonths
            ? new CutOffWindow(period.DefaultCumulativeWindow.From, own.To)
            : own;
        return new ReportingRequest(issuerUnitCode, period, template, own, cumulative, deadline ?? own.To, document);
    }

    /// <summary>The window an indicator's value covers: from the year's start for lũy kế indicators.</summary>
    public CutOffWindow WindowFor(Indicator indicator) => indicator.Cumulative ? CumulativeWindow : Window;

    /// <summary>Whether a report submitted on a day is on time.</summary>
    public bool IsOnTime(DateOnly submitted) => submitted <= Deadline;

    /// <summary>The instant of the deadline in Vietnam's time: the given hour of the deadline day, or the end of that day.</summary>
    public DateTimeOffset DeadlineAt => VietnamTime.At(Deadline, DeadlineHour);

    /// <summary>"09/06/2024" or "10 giờ 00 ngày 09/06/2024".</summary>
    public string DeadlineLabel => DeadlineHour is { } hour ? $"{hour:HH} giờ {hour:mm} ngày {Deadline:dd/MM/yyyy}" : Deadline.ToString("dd/MM/yyyy");
}
