namespace ParReport.Domain.Dossiers;

/// <summary>
/// One row of the table of dossier results by field, columns (3)–(13) of the reports:
/// received = online + direct or postal + carried over; resolved = early + on time + late;
/// in progress = within deadline + overdue; received = resolved + in progress.
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
    /// <summary>(3) Tổng số hồ sơ tiếp nhận.</summary>
    public int Received => Online + DirectOrPostal + CarriedOver;

    /// <summary>(7) Tổng số hồ sơ đã giải quyết.</summary>
    public int Resolved => Early + OnTime + Late;

    /// <summary>(11) Tổng số hồ sơ đang giải quyết.</summary>
    public int InProgress => WithinDeadline + Overdue;

    /// <summary>The thirteen columns as printed, from (3) to (13).</summary>
    public int[] Columns => [Received, Online, DirectOrPostal, CarriedOver, Resolved, Early, OnTime, Late, InProgress, WithinDeadline, Overdue];

    /// <summary>The headings over columns (3)–(13): three groups, then one heading per column.</summary>
    public static readonly IReadOnlyList<(string Title, int Span)> Groups =
        [("Số hồ sơ tiếp nhận", 4), ("Số hồ sơ đã giải quyết", 4), ("Số hồ sơ đang giải quyết", 3)];

    public static readonly IReadOnlyList<string> Headings =
        ["Tổng số", "Trực tuyến", "Trực tiếp, BCCI", "Kỳ trước chuyển sang", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn"];

    public static DossierTableRow Empty(string field) => new(field, 0, 0, 0, 0, 0, 0, 0, 0);

    public static DossierTableRow operator +(DossierTableRow a, DossierTableRow b) => new(a.Field,
        a.Online + b.Online, a.DirectOrPostal + b.DirectOrPostal, a.CarriedOver + b.CarriedOver,
        a.Early + b.Early, a.OnTime + b.OnTime, a.Late + b.Late, a.WithinDeadline + b.WithinDeadline, a.Overdue + b.Overdue);
}
