using System.Globalization;
using ParReport.Domain.Periods;
using ParReport.Domain.Text;

namespace ParReport.Domain.Registers;

/// <summary>
/// A condition on a register's rows, as template data writes it: "cchc" (a flag set, or a cell filled), "not done",
/// "kind = UBND cấp xã", "done &lt;= due", "done &lt;= end", "year = year". The right side is a column, a literal, or one of
/// the request's window: "start", "end" (its days) and "year" (the year it ends in). A comparison with an empty cell is
/// false, so "not done &lt;= end" holds for a task not done by the end of the window.
/// </summary>
public sealed record RegisterCondition(bool Negated, string Column, string? Operator, string? Operand)
{
    private static readonly string[] Operators = ["<=", ">=", "!=", "=", "<", ">"];

    public static RegisterCondition? Parse(string text)
    {
        var s = text.Trim();
        if (s == "not") return null;
        var negated = s.StartsWith("not ", StringComparison.Ordinal);
        if (negated) s = s[4..].Trim();
        foreach (var op in Operators)
        {
            var at = s.IndexOf(op, StringComparison.Ordinal);
            if (at <= 0) continue;
            var (left, right) = (s[..at].Trim(), s[(at + op.Length)..].Trim());
            return left.Length == 0 || right.Length == 0 || left.Contains(' ') ? null : new RegisterCondition(negated, left, op, right);
        }
        return s.Length == 0 || s.Contains(' ') ? null : new RegisterCondition(negated, s, null, null);
    }

    /// <summary>Why this condition does not fit the register (an unknown column, a literal that is not an option), or null.</summary>
    public string? Problem(Register register)
    {
        if (register.Column(Column) is not { } column) return $"sổ «{register.Id}» không có cột «{Column}»";
        if (Operand is null || IsWindow(Operand) || register.Column(Operand) is not null) return null;
        return RegisterCells.Read(column with { Required = true }, Operand).Error is { } error ? $"«{Operand}» không hợp với cột «{Column}»: {error}" : null;
    }

    public bool Holds(Register register, RegisterRow row, CutOffWindow window)
    {
        var column = register.Column(Column)!;
        bool holds;
        if (Operator is null) holds = column.Type == ColumnType.Flag ? row.Flag(Column) : row.Has(Column);
        else
        {
            var left = row.Text(Column);
            var right = Operand switch
            {
                "start" => window.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                "end" => window.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                "year" => window.To.Year.ToString(CultureInfo.InvariantCulture),
                _ when register.Column(Operand!) is not null => row.Text(Operand!),
                _ => RegisterCells.Read(column, Operand).Value,
            };
            holds = left is not null && right is not null && Compare(column.Type, left, right) is var c && Operator switch
            {
                "=" => c == 0, "!=" => c != 0, "<" => c < 0, "<=" => c <= 0, ">" => c > 0, _ => c >= 0,
            };
        }
        return holds != Negated;
    }

    private static bool IsWindow(string operand) => operand is "start" or "end" or "year";

    // Stored dates are "yyyy-MM-dd", so they compare as text; numbers compare as numbers; the rest without case or diacritics.
    private static int Compare(ColumnType type, string left, string right) => type switch
    {
        ColumnType.Number => decimal.Parse(left, CultureInfo.InvariantCulture).CompareTo(decimal.Parse(right, CultureInfo.InvariantCulture)),
        ColumnType.Date => string.CompareOrdinal(left, right),
        _ => string.CompareOrdinal(VietnameseText.Fold(left), VietnameseText.Fold(right)),
    };
}
