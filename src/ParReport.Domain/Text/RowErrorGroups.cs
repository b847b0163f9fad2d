using ParReport.Domain.Formatting;

namespace ParReport.Domain.Text;

/// <summary>
/// The refused rows of a file told by column and kind: 3.000 rows with "Có" in the fee column are one line with its
/// count, the values seen and the first lines, not 3.000 alike.
/// </summary>
public sealed class RowErrorGroups
{
    public const int LinesShown = 10, ValuesShown = 3;

    public sealed class Group(string column, string message)
    {
        private readonly List<int> _lines = [];
        private readonly List<string> _values = [];

        public string Column { get; } = column;
        public string Message { get; } = message;
        public int Count { get; private set; }
        public IReadOnlyList<int> FirstLines => _lines;
        public IReadOnlyList<string> Values => _values;

        internal void Add(RowError error, int count = 1)
        {
            Count += count;
            if (_lines.Count < LinesShown) _lines.Add(error.Line);
            if (_values.Count < ValuesShown && !_values.Contains(error.Value)) _values.Add(error.Value);
        }

        /// <summary>"cột «Phí, lệ phí»: 3.000 dòng có «Có», «Không»: phí, lệ phí không phải … — dòng 2, 3, 4 …".</summary>
        public override string ToString()
        {
            var values = _values.Count == 0 || _values.All(v => v.Length == 0) ? "" : $" có {string.Join(", ", _values.Select(v => $"«{v}»"))}{(_values.Count == ValuesShown ? "…" : "")}";
            var lines = string.Join(", ", _lines) + (Count > _lines.Count ? " …" : "");
            return $"cột «{Column}»: {VietnameseNumbers.FormatNumber(Count)} dòng{values}: {Message.TrimEnd('.')} — dòng {lines}";
        }
    }

    private readonly Dictionary<(string, string), Group> _groups = [];

    public void Add(IEnumerable<RowError> errors)
    {
        foreach (var error in errors)
        {
            if (!_groups.TryGetValue((error.Column, error.Message), out var group)) _groups[(error.Column, error.Message)] = group = new Group(error.Column, error.Message);
            group.Add(error);
        }
    }

    /// <summary>Rows of one kind of which only the first are listed: counted <paramref name="total"/> times.</summary>
    public void Add(IReadOnlyList<RowError> first, int total)
    {
        if (first.Count == 0) return;
        var error = first[0];
        if (!_groups.TryGetValue((error.Column, error.Message), out var group)) _groups[(error.Column, error.Message)] = group = new Group(error.Column, error.Message);
        group.Add(error, total - first.Count + 1);
        Add(first.Skip(1));
    }

    /// <summary>The groups, the largest first.</summary>
    public IReadOnlyList<Group> All => _groups.Values.OrderByDescending(g => g.Count).ThenBy(g => g.FirstLines[0]).ToList();

    public static IReadOnlyList<Group> Of(IEnumerable<RowError> errors)
    {
        var groups = new RowErrorGroups();
        groups.Add(errors);
        return groups.All;
    }
}
