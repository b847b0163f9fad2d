namespace ParReport.Domain.Registers;

/// <summary>What a register's column holds, and so how its cells are read, stored and compared.</summary>
public enum ColumnType { Text, Date, Number, Flag, Choice }

/// <summary>
/// A column of a register: its id in template data ("issued"), the header officials read and type ("Ngày ban hành"),
/// other headers a file may use for it, and for a choice its options as stored ("Kế hoạch").
/// </summary>
public sealed record RegisterColumn(string Id, string Header, ColumnType Type, bool Required = false,
    IReadOnlyList<string>? Options = null, IReadOnlyList<string>? Aliases = null, int MaxLength = 500)
{
    public IReadOnlyList<string> Choices => Options ?? [];

    public IEnumerable<string> Headers => (Aliases ?? []).Prepend(Header);
}
