namespace ParReport.Domain.Dossiers;

/// <summary>
/// One row of the table of dossier results by field, columns (3)–(13) of the reports:
/// received = online + direct or postal + carried over; resolved = early + on time + late;
/// in progress = within deadline + overdue; received = resolved + in progress. Dossiers whose deadline is unknown
/// (<see cref="ResolvedUntimed"/>, <see cref="InProgressUntimed"/>) count in the totals but in no column that needs a
/// deadline, which then shows as "không có dữ liệu" (<see cref="Cells"/>). Dossiers withdrawn, refused, paused or
/// cancelled count in none of the thirteen columns, only in their own (<see cref="SetAside"/>).
/// </summary>
public sealed record DossierTableRow(
    string Field,
    int Online,
    int DirectOrPostal,
    int CarriedOver,
    int Early,
    int OnTime,
    int Late,
    int WithinDeadline,
    int Overdue)
{
    public int ResolvedUntimed { get; init; }
    public int InProgressUntimed { get; init; }
    public int Withdrawn { get; init; }
    public int Refused { get; init; }
    public int Paused { get; init; }
    public int Cancelled { get; init; }
    /// <summary>Received in the window, with no result date in their export: neither resolved nor in progress is known.</summary>
    public int Unresolved { get; init; }
    /// <summary>Received before the window, with no result date: whether they were still open at its start is not known.</summary>
    public int EarlierUnknown { get; init; }

    /// <summary>(3) Tổng số hồ sơ tiếp nhận.</summary>
    public int Received => Online + DirectOrPostal + CarriedOver;

    /// <summary>(7) Tổng số hồ sơ đã giải quyết.</summary>
    public int Resolved => Early + OnTime + Late + ResolvedUntimed;

    /// <summary>(11) Tổng số hồ sơ đang giải quyết.</summary>
    public int InProgress => WithinDeadline + Overdue + InProgressUntimed;

    /// <summary>The thirteen columns as printed, from (3) to (13).</summary>
    public int[] Columns => [Received, Online, DirectOrPostal, CarriedOver, Resolved, Early, OnTime, Late, InProgress, WithinDeadline, Overdue];

    /// <summary>The thirteen columns as shown: null ("không có dữ liệu") where some dossier's deadline is unknown.</summary>
    public int?[] Cells
    {
        get
        {
            var unresolved = Unresolved + EarlierUnknown;
            int? Known(int value, int unknown) => unknown > 0 ? null : value;
            int? Timed(int value, int untimed) => Known(value, untimed + unresolved);
            return [Known(Received, EarlierUnknown), Online, DirectOrPostal, Known(CarriedOver, EarlierUnknown),
                Known(Resolved, unresolved), Timed(Early, ResolvedUntimed), Timed(OnTime, ResolvedUntimed), Timed(Late, ResolvedUntimed),
                Known(InProgress, unresolved), Timed(WithinDeadline, InProgressUntimed), Timed(Overdue, InProgressUntimed)];
        }
    }

    /// <summary>What a missing cell says.</summary>
    public const string NoData = DossierStatisticsMessages.NoData;

    /// <summary>A cell as printed: "1.034", or "không có dữ liệu".</summary>
    public static string Show(int? cell) => cell is { } value ? Formatting.VietnameseNumbers.FormatNumber(value) : NoData;

    /// <summary>The dossiers counted beside the table: withdrawn, refused, paused for additions, cancelled.</summary>
    public int[] SetAside => [Withdrawn, Refused, Paused, Cancelled];

    public static readonly IReadOnlyList<string> SetAsideHeadings = ["Rút hồ sơ", "Từ chối, không đủ điều kiện", "Tạm dừng, chờ bổ sung", "Hủy"];

    /// <summary>The headings over columns (3)–(13): three groups, then one heading per column.</summary>
    public static readonly IReadOnlyList<(string Title, int Span)> Groups =
        [("Số hồ sơ tiếp nhận", 4), ("Số hồ sơ đã giải quyết", 4), ("Số hồ sơ đang giải quyết", 3)];

    public static readonly IReadOnlyList<string> Headings =
        ["Tổng số", "Trực tuyến", "Trực tiếp, BCCI", "Kỳ trước chuyển sang", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn"];

    public static DossierTableRow Empty(string field) => new(field, 0, 0, 0, 0, 0, 0, 0, 0);

    public static DossierTableRow operator +(DossierTableRow a, DossierTableRow b) => new(a.Field,
        a.Online + b.Online, a.DirectOrPostal + b.DirectOrPostal, a.CarriedOver + b.CarriedOver,
        a.Early + b.Early, a.OnTime + b.OnTime, a.Late + b.Late, a.WithinDeadline + b.WithinDeadline, a.Overdue + b.Overdue)
    {
        ResolvedUntimed = a.ResolvedUntimed + b.ResolvedUntimed, InProgressUntimed = a.InProgressUntimed + b.InProgressUntimed,
        Withdrawn = a.Withdrawn + b.Withdrawn, Refused = a.Refused + b.Refused, Paused = a.Paused + b.Paused, Cancelled = a.Cancelled + b.Cancelled,
        Unresolved = a.Unresolved + b.Unresolved, EarlierUnknown = a.EarlierUnknown + b.EarlierUnknown,
    };
}
