using System.Globalization;
using ParReport.Domain.Formatting;
using ParReport.Domain.Text;

namespace ParReport.Domain.Registers;

/// <summary>Reads what an official typed in a register's cell into its stored form, or says why it cannot.</summary>
public static class RegisterCells
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy"];
    private static readonly string[] Yes = ["co", "x", "yes", "1", "dung", "da"], No = ["khong", "no", "0", "chua"];

    /// <returns>The stored value (null for an empty cell), or the reason in Vietnamese.</returns>
    public static (string? Value, string? Error) Read(RegisterColumn column, string? typed)
    {
        var text = TypedText.Clean(typed ?? "").Trim();
        if (text.Length == 0) return column.Required ? (null, RegisterMessages.Required) : (null, null);
        if (text.Length > column.MaxLength) return (null, RegisterMessages.TooLong(column.MaxLength));
        switch (column.Type)
        {
            case ColumnType.Text:
                return (text, null);
            case ColumnType.Date:
                // An XLSX cell read as a date-time keeps its time of day: the day is what counts.
                var dayText = text.Split(' ')[0];
                if (!DateOnly.TryParseExact(dayText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day.Year is < 1945 or > 2100)
                    return (null, RegisterMessages.NotADate);
                return (day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null);
            case ColumnType.Number:
                var number = VietnameseNumbers.Parse(text);
                if (number.Value is not { } n) return (null, number.Error);
                if (n < 0 || n > 1_000_000_000) return (null, RegisterMessages.OutOfRange);
                return (n.ToString(CultureInfo.InvariantCulture), null);
            case ColumnType.Flag:
                var folded = VietnameseText.Fold(text);
                if (Yes.Contains(folded)) return ("1", null);
                if (No.Contains(folded)) return ("0", null);
                return (null, RegisterMessages.NotAFlag);
            default:
                return Option(column, text) is { } option ? (option, null) : (null, RegisterMessages.NotAnOption(column.Choices));
        }
    }

    /// <summary>
    /// The option a cell names: itself, or the one its words hold as other systems write it ("Dịch vụ công trực tuyến
    /// toàn trình", "UBND cấp xã"), and none when it holds two ("Một phần, toàn trình").
    /// </summary>
    private static string? Option(RegisterColumn column, string text)
    {
        static string Words(string s) => $" {string.Join(' ', VietnameseText.Fold(s).Split((char[])[' ', ',', ';', '.', '/', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries))} ";
        var words = Words(text);
        var held = column.Choices.Where(o => words.Contains(Words(o), StringComparison.Ordinal)).ToList();
        // An option inside another one held ("Cấp xã" in "UBND cấp xã" were both options) gives way to it.
        var kept = held.Where(o => !held.Any(other => other != o && Words(other).Contains(Words(o), StringComparison.Ordinal))).ToList();
        return kept.Count == 1 ? kept[0] : null;
    }

    /// <summary>A stored value as the entry form and the drill-down show it: "03/01/2024", "1.034", "Có".</summary>
    public static string Show(RegisterColumn column, string? value)
    {
        if (value is null) return "";
        return column.Type switch
        {
            ColumnType.Date => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : value,
            ColumnType.Number => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? VietnameseNumbers.FormatNumber(n) : value,
            ColumnType.Flag => value == "1" ? "Có" : "Không",
            _ => value,
        };
    }
}
