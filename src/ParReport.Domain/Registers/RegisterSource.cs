using ParReport.Domain.Periods;

namespace ParReport.Domain.Registers;

/// <summary>
/// How a template indicator is counted from a register: the rows that meet every condition, counted or with one
/// column summed. With a <see cref="DateColumn"/>, a flow counts the rows dated in the request's window and a stock
/// those dated up to its end ("lũy kế"); a lasting register counts only the rows that still apply at the window's end.
/// </summary>
public sealed record RegisterSource(string Register, IReadOnlyList<RegisterCondition> Where, string? Sum = null, string? DateColumn = null, bool Stock = false)
{
    public IEnumerable<RegisterRow> Matching(IEnumerable<RegisterRow> rows, CutOffWindow window)
    {
        var register = RegisterCatalog.Get(Register);
        return rows.Where(row => register.Alive(row, window.To)
            && (DateColumn is null || row.Date(DateColumn) is { } day && (Stock ? day <= window.To : window.Contains(day)))
            && Where.All(c => c.Holds(register, row, window)));
    }

    public decimal Value(IEnumerable<RegisterRow> rows, CutOffWindow window) =>
        Sum is null ? Matching(rows, window).Count() : Matching(rows, window).Sum(r => r.Number(Sum) ?? 0);

    /// <summary>Why the source does not fit its register, or nothing.</summary>
    public IEnumerable<string> Problems()
    {
        if (RegisterCatalog.Find(Register) is not { } register)
        {
            yield return $"không có sổ «{Register}» (các sổ: {string.Join(", ", RegisterCatalog.All.Select(r => r.Id))})";
            yield break;
        }
        if (Sum is not null && register.Column(Sum)?.Type != ColumnType.Number) yield return $"cột cộng «{Sum}» không phải cột số của sổ «{Register}»";
        if (DateColumn is not null && register.Column(DateColumn)?.Type != ColumnType.Date) yield return $"cột ngày «{DateColumn}» không phải cột ngày của sổ «{Register}»";
        foreach (var condition in Where)
            if (condition.Problem(register) is { } problem) yield return problem;
    }
}
