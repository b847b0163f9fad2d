namespace ParReport.Domain.Registers;

/// <summary>
/// One of the tables a unit keeps and its reports count (the documents it issued, its procedures …).
/// A <see cref="Lasting"/> register holds what stays from year to year (the procedure catalogue, the staffing): its rows
/// have the days they start and stop applying, and a report counts those alive at the end of its window, so nothing
/// is typed again each year.
/// </summary>
public sealed record Register(string Id, string Name, string RowName, IReadOnlyList<RegisterColumn> Columns, bool Lasting = false)
{
    /// <summary>Columns other files write as one ("Số, ký hiệu văn bản": "05/KH-UBND"), split into this register's.</summary>
    public IReadOnlyList<RegisterFileColumn> FileColumns { get; init; } = [];

    /// <summary>How a column a file does not have is derived from the others (a document's type from its symbol), by column id.</summary>
    public IReadOnlyDictionary<string, Func<IReadOnlyDictionary<string, string?>, string?>> Derived { get; init; } =
        new Dictionary<string, Func<IReadOnlyDictionary<string, string?>, string?>>();

    public const string From = "from", Until = "until";

    public RegisterColumn? Column(string id) => Columns.FirstOrDefault(c => c.Id == id);

    /// <summary>Whether a row of a lasting register applies on a day (a row of any other register always does).</summary>
    public bool Alive(RegisterRow row, DateOnly day) =>
        !Lasting || (row.Date(From) is not { } from || from <= day) && (row.Date(Until) is not { } until || until > day);
}
