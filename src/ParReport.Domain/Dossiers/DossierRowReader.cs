using System.Globalization;
using ParReport.Domain.Formatting;
using ParReport.Domain.Text;

namespace ParReport.Domain.Dossiers;

/// <summary>Turns the cells of one exported row into a <see cref="Dossier"/>, or lists every reason it cannot.</summary>
public static class DossierRowReader
{
    /// <summary>The longest code and field name stored.</summary>
    public const int MaxCodeLength = 64, MaxFieldLength = 256;

    private static readonly string[] DateFormats =
    [
        "dd/MM/yyyy", "d/M/yyyy", "dd/MM/yyyy HH:mm", "d/M/yyyy H:mm", "dd/MM/yyyy HH:mm:ss", "d/M/yyyy H:mm:ss",
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss",
    ];

    public static (Dossier? Dossier, IReadOnlyList<DossierRowError> Errors) Read(int line, IReadOnlyList<string> cells, DossierColumns columns)
    {
        var errors = new List<DossierRowError>();
        string Cell(DossierColumn c) => columns.IndexOf(c) is >= 0 and var i && i < cells.Count ? cells[i].Trim() : "";
        void Error(DossierColumn c, string message) => errors.Add(new DossierRowError(line, columns.HeaderOf(c), Cell(c), message));

        DateTime? Date(DossierColumn c)
        {
            var text = Cell(c);
            if (text.Length == 0) return null;
            if (FastDate(text) is { } fast) return fast;
            if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var value)) return value;
            Error(c, DossierMessages.BadDate);
            return null;
        }

        var code = Cell(DossierColumn.Code);
        if (code.Length == 0) Error(DossierColumn.Code, DossierMessages.MissingCode);
        else if (code.Length > MaxCodeLength) Error(DossierColumn.Code, DossierMessages.TooLong(MaxCodeLength));
        var field = Cell(DossierColumn.Field);
        if (field.Length == 0) Error(DossierColumn.Field, DossierMessages.MissingField);
        else if (field.Length > MaxFieldLength) Error(DossierColumn.Field, DossierMessages.TooLong(MaxFieldLength));
        var received = Date(DossierColumn.Received);
        if (received is null && Cell(DossierColumn.Received).Length == 0) Error(DossierColumn.Received, DossierMessages.MissingReceived);
        var deadline = Date(DossierColumn.Deadline);
        var resolved = Date(DossierColumn.Resolved);
        if (received is { } r && resolved is { } s && s.Date < r.Date) Error(DossierColumn.Resolved, DossierMessages.ResultBeforeReceipt);

        var channel = Folded(Cell(DossierColumn.Channel)) switch
        {
            "truc tuyen" or "online" or "dvc truc tuyen" => SubmissionChannel.Online,
            "truc tiep" or "tai bo phan mot cua" => SubmissionChannel.Direct,
            "buu chinh cong ich" or "buu chinh" or "bcci" => SubmissionChannel.Postal,
            _ => (SubmissionChannel?)null,
        };
        if (channel is null) Error(DossierColumn.Channel, DossierMessages.UnknownChannel);

        decimal? fee = null;
        if (Cell(DossierColumn.Fee) is { Length: > 0 } feeText)
        {
            // Stored with 2 decimals below 10^16 (PostgreSQL numeric(18,2)): anything else is refused, not rounded.
            if (VietnameseNumbers.Parse(feeText).Value is { } f && f >= 0 && f < 1e16m && decimal.Round(f, 2) == f) fee = f;
            else Error(DossierColumn.Fee, DossierMessages.BadFee);
        }
        var paid = YesNo(Cell(DossierColumn.PaidOnline));
        if (paid is null && Cell(DossierColumn.PaidOnline).Length > 0) Error(DossierColumn.PaidOnline, DossierMessages.BadYesNo);
        var satisfied = Folded(Cell(DossierColumn.Satisfaction)) switch
        {
            "" => (bool?)null,
            "hai long" or "rat hai long" or "tot" or "rat tot" => true,
            _ => false,
        };

        return errors.Count > 0
            ? (null, errors)
            : (new Dossier(code, field, received!.Value, deadline, resolved, channel!.Value, fee, paid ?? false, satisfied), []);
    }

    // Exports repeat a handful of words ("Trực tuyến", "Có") millions of times: each is folded once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> FoldedWords = new(StringComparer.Ordinal);

    private static string Folded(string text) =>
        FoldedWords.Count < 1000 ? FoldedWords.GetOrAdd(text, VietnameseText.Fold) : VietnameseText.Fold(text);

    // The export's own formats, "dd/MM/yyyy" and "dd/MM/yyyy HH:mm", read without the general parser.
    private static DateTime? FastDate(string s)
    {
        static int D(char c) => c - '0';
        static bool Digits(string s, params ReadOnlySpan<int> at)
        {
            foreach (var i in at)
                if (!char.IsAsciiDigit(s[i])) return false;
            return true;
        }
        if ((s.Length != 10 && s.Length != 16) || s[2] != '/' || s[5] != '/' || !Digits(s, 0, 1, 3, 4, 6, 7, 8, 9)) return null;
        int day = D(s[0]) * 10 + D(s[1]), month = D(s[3]) * 10 + D(s[4]), year = D(s[6]) * 1000 + D(s[7]) * 100 + D(s[8]) * 10 + D(s[9]);
        if (month is < 1 or > 12 || year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        if (s.Length == 10) return new DateTime(year, month, day);
        if (s[10] != ' ' || s[13] != ':' || !Digits(s, 11, 12, 14, 15)) return null;
        int hour = D(s[11]) * 10 + D(s[12]), minute = D(s[14]) * 10 + D(s[15]);
        return hour < 24 && minute < 60 ? new DateTime(year, month, day, hour, minute, 0) : null;
    }

    private static bool? YesNo(string text) => Folded(text) switch
    {
        "" or "khong" or "0" or "false" or "chua" => text.Length == 0 ? null : false,
        "co" or "1" or "x" or "true" or "da thanh toan" => true,
        _ => null,
    };
}
