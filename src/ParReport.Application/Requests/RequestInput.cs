using ParReport.Domain.Periods;
using ParReport.Domain.Templates;

namespace ParReport.Application.Requests;

/// <summary>What an upper level fills in to ask for a period's report, read by the web form or the command line.</summary>
public sealed record RequestInput(
    ReportingPeriod Period,
    ReportTemplate Template,
    CutOffWindow? Window,
    DateOnly? Deadline,
    TimeOnly? DeadlineHour,
    string? LetterNumber,
    DateOnly? LetterDate,
    int ReminderDays = ReportingRequest.DefaultReminderDays);
