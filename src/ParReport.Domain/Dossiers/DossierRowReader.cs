using System.Globalization;
using System.Runtime.CompilerServices;
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
        "dd-MM-yyyy", "d-M-yyyy", "dd-MM-yyyy HH:mm", "d-M-yyyy H:mm", "dd-MM-yyyy HH:mm:ss", "d-M-yyyy H:mm:ss",
        "dd.MM.yyyy", "d.M.yyyy", "HH:mm dd/MM/yyyy", "H:mm d/M/yyyy", "HH:mm:ss dd/MM/yyyy",
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy/MM/dd",
    ];

    // ISO with an offset: the time as written, the wall clock of the one-stop shop.
    private static readonly string[] OffsetFormats = ["yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.FFFFFFFZ"];

    public static (Dossier? Dossier, IReadOnlyList<RowError> Errors) Read(int line, IReadOnlyList<string> cells, DossierColumns columns)
    {
        var errors = Read(line, new StringCells(cells), columns, out var d);
        return errors.Count > 0
            ? (null, errors)
            : (new Dossier(d.Code.ToString(), d.Field.ToString(), d.Received, d.Deadline, d.Resolved, d.Channel, d.Fee, d.PaidOnline, d.Satisfied)
                { Status = d.Status, Unknowns = columns.Unknowns, FeeCharged = d.FeeCharged }, []);
    }

    /// <summary>
    /// A row of totals ("Tổng cộng", "Tổng số: 1.234", "Cộng"), which exports put at the end or under each field: it is
    /// no dossier and no error. Only a row without a code or a date of receipt is looked at.
    /// </summary>
    public static bool IsTotal<TCells>(TCells cells, DossierColumns columns) where TCells : IDossierCells, allows ref struct
    {
        static ReadOnlySpan<char> Cell(TCells cells, int i) => i >= 0 && i < cells.Count ? cells[i].Trim() : default;
        if (Cell(cells, columns.IndexOf(DossierColumn.Code)).Length > 0 && Cell(cells, columns.IndexOf(DossierColumn.Received)).Length > 0) return false;
        for (var i = 0; i < Math.Min(cells.Count, 4); i++)
            if (cells[i].Trim() is { Length: > 0 } text)
                return VietnameseText.Fold(text.ToString()) is var t && (t.StartsWith("tong") || t.StartsWith("cong") || t.StartsWith("total"));
        return false;
    }

    /// <summary>Reads a row into <paramref name="batch"/>, or notes it there as refused; false when it was refused. A row of totals is passed over.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool ReadInto<TCells>(int line, TCells cells, DossierColumns columns, DossierBatch batch) where TCells : IDossierCells, allows ref struct
    {
        if (IsTotal(cells, columns)) return true;
        var errors = Read(line, cells, columns, out var d);
        if (errors.Count > 0)
        {
            batch.Refuse(errors);
            return false;
        }
        batch.Add(line, d.Code, d.Field, d.Received, d.Deadline, d.Resolved, d.Channel, d.Fee, d.PaidOnline, d.Satisfied, d.Status, columns.Unknowns, d.FeeCharged);
        return true;
    }

    /// <summary>A row's values, still pointing into its cells.</summary>
    private ref struct Values
    {
        public ReadOnlySpan<char> Code, Field;
        public DateTime Received;
        public DateTime? Deadline, Resolved;
        public SubmissionChannel Channel;
        public decimal? Fee;
        public bool PaidOnline, FeeCharged;
        public bool? Satisfied;
        public DossierStatus Status;
    }

    private static readonly IReadOnlyList<RowError> None = [];

    // The one place where a row is checked: every reason it cannot be counted, or its values.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static IReadOnlyList<RowError> Read<TCells>(int line, TCells cells, DossierColumns columns, out Values values)
        where TCells : IDossierCells, allows ref struct
    {
        values = default;
        List<RowError>? errors = null;
        ReadOnlySpan<char> Cell(TCells cells, DossierColumn c) => columns.IndexOf(c) is >= 0 and var i && i < cells.Count ? cells[i].Trim() : default;
        void Error(TCells cells, DossierColumn c, string message) =>
            (errors ??= []).Add(new RowError(line, columns.HeaderOf(c), Cell(cells, c).ToString(), message));

        DateTime? Date(TCells cells, DossierColumn c)
        {
            var text = Cell(cells, c);
            if (text.Length == 0) return null;
            var date = FastDate(text);
            if (date is null && DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var value)) date = value;
            if (date is null && DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var withOffset))
                date = withOffset.DateTime;
            date ??= ExcelSerial(text);
            // Placeholders such as 01/01/0001 or 31/12/9999 are not the dates of a dossier.
            if (date?.Year < 1900) Error(cells, c, DossierMessages.DateTooEarly);
            else if (date?.Year > 2100) Error(cells, c, DossierMessages.DateTooLate);
            else if (date is null) Error(cells, c, DossierMessages.BadDate);
            else return date;
            return null;
        }

        var code = Cell(cells, DossierColumn.Code);
        if (code.Length == 0) Error(cells, DossierColumn.Code, DossierMessages.MissingCode);
        else if (code.Length > MaxCodeLength) Error(cells, DossierColumn.Code, DossierMessages.TooLong(MaxCodeLength));
        var field = Cell(cells, DossierColumn.Field);
        if (field.Length == 0) Error(cells, DossierColumn.Field, DossierMessages.MissingField);
        else if (field.Length > MaxFieldLength) Error(cells, DossierColumn.Field, DossierMessages.TooLong(MaxFieldLength));
        var received = Date(cells, DossierColumn.Received);
        if (received is null && Cell(cells, DossierColumn.Received).Length == 0) Error(cells, DossierColumn.Received, DossierMessages.MissingReceived);
        var deadline = Date(cells, DossierColumn.Deadline);
        var resolved = Date(cells, DossierColumn.Resolved);
        if (received is { } r && resolved is { } s && s.Date < r.Date) Error(cells, DossierColumn.Resolved, DossierMessages.ResultBeforeReceipt);

        var channel = Channels.Read(Cell(cells, DossierColumn.Channel));
        if (channel is null) Error(cells, DossierColumn.Channel, DossierMessages.UnknownChannel);

        decimal? fee = null;
        var feeCharged = false;
        if (Cell(cells, DossierColumn.Fee) is { Length: > 0 } feeText)
        {
            // Stored with 2 decimals below 10^16 (PostgreSQL numeric(18,2)): anything else is refused, not rounded.
            if (Whole(feeText) is { } whole) fee = whole;
            else if (VietnameseNumbers.Parse(feeText.ToString()).Value is { } f && f >= 0 && f < 1e16m && decimal.Round(f, 2) == f) fee = f;
            // Some systems only say whether a fee was charged: "Có" without its amount, "Không" or "Miễn phí" for none.
            else if (FeeWords.Read(feeText) is { } charged) feeCharged = charged;
            else Error(cells, DossierColumn.Fee, DossierMessages.BadFee);
        }
        var paidText = Cell(cells, DossierColumn.PaidOnline);
        var paid = YesNos.Read(paidText);
        if (paid is null && paidText.Length > 0) Error(cells, DossierColumn.PaidOnline, DossierMessages.BadYesNo);
        var satisfied = Satisfactions.Read(Cell(cells, DossierColumn.Satisfaction));
        var status = DossierStatus.Ordinary;
        if (Cell(cells, DossierColumn.Status) is { Length: > 0 } statusText)
        {
            if (Statuses.Read(statusText) is { } read) status = read;
            else Error(cells, DossierColumn.Status, DossierMessages.UnknownStatus);
        }

        if (errors is not null) return errors;
        values = new Values
        {
            Code = code, Field = field, Received = received!.Value, Deadline = deadline, Resolved = resolved, Channel = channel!.Value,
            Fee = fee, PaidOnline = paid ?? false, Satisfied = satisfied, Status = status, FeeCharged = feeCharged,
        };
        return None;
    }

    // "5000" and "5.000" (the usual fees) without the general number reader; anything else goes through it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static decimal? Whole(ReadOnlySpan<char> text)
    {
        if (text.Length > 15 || text[0] == '.') return null;
        var grouped = text.Contains('.');
        long value = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // Grouped: a dot before every three digits from the right, and only there.
            var dot = grouped && (text.Length - i - 1) % 4 == 3;
            if (dot != (text[i] == '.')) return null;
            if (dot) continue;
            if (!char.IsAsciiDigit(text[i])) return null;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    }

    // By meaning rather than by exact word: each system words the channel its own way ("Nộp trực tuyến", "DVC toàn trình",
    // "Dịch vụ bưu chính công ích", "Tại Bộ phận Một cửa"). Postal first: "dịch vụ bưu chính" is not an online service.
    private static readonly Words<SubmissionChannel?> Channels = new(text => VietnameseText.Fold(text) switch
    {
        var t when t.Contains("buu") || t == "bcci" => SubmissionChannel.Postal,
        var t when t.Contains("truc tuyen") || t.Contains("qua mang") || t.Contains("online") || t.StartsWith("dvc") || t.Contains("dich vu cong")
            || t.Contains("internet") || t.Contains("toan trinh") || t.Contains("mot phan") => SubmissionChannel.Online,
        var t when t.Contains("truc tiep") || t.Contains("mot cua") || t.Contains("tai quay") || t.Contains("tai bo phan") => SubmissionChannel.Direct,
        _ => null,
    });

    private static readonly Words<bool?> YesNos = new(text => VietnameseText.Fold(text) switch
    {
        "" => null,
        "khong" or "0" or "false" or "chua" or "no" or "n" or "chua thanh toan" => false,
        "co" or "1" or "x" or "true" or "da" or "da thanh toan" or "yes" or "y" => true,
        _ => null,
    });

    private static readonly Words<bool?> FeeWords = new(text => VietnameseText.Fold(text) switch
    {
        "co" or "x" or "true" or "co thu" or "co phi" or "co thu phi" or "yes" => true,
        "khong" or "false" or "mien phi" or "khong thu" or "khong thu phi" or "khong co" or "mien" or "no" or "-" => false,
        _ => null,
    });

    // What became of a dossier beyond its dates, by the words of the systems' status columns. Additions first ("chờ bổ
    // sung" is waiting, not an ordinary "chờ"); an ordinary status leaves the dates to say resolved or in progress.
    private static readonly Words<DossierStatus?> Statuses = new(text =>
    {
        var t = VietnameseText.Fold(text);
        var words = t.Split([' ', ',', '.', '-', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        if (t.Contains("bo sung") || t.Contains("tam dung") || t.Contains("tam ngung")) return DossierStatus.Paused;
        if (words.Contains("rut")) return DossierStatus.Withdrawn;
        if (t.Contains("tu choi") || t.Contains("khong du dieu kien") || t.Contains("khong tiep nhan") || t.Contains("khong giai quyet")
            || t.Contains("tra lai") || t.Contains("khong du dk")) return DossierStatus.Refused;
        if (words.Contains("huy") || t.Contains("da huy")) return DossierStatus.Cancelled;
        string[] ordinary = ["tra ket qua", "hoan thanh", "giai quyet", "xu ly", "dang", "cho", "tiep nhan", "dung han", "qua han", "tre han",
            "truoc han", "trong han", "moi", "ket thuc", "ket qua", "luu", "phe duyet", "tham dinh", "ky duyet", "chuyen", "da tra"];
        return ordinary.Any(t.Contains) ? DossierStatus.Ordinary : null;
    });

    private static readonly Words<bool?> Satisfactions = new(text => VietnameseText.Fold(text) switch
    {
        "" => null,
        "hai long" or "rat hai long" or "tot" or "rat tot" => true,
        _ => false,
    });

    /// <summary>
    /// What the words of one column mean. Exports repeat a handful of words ("Trực tuyến", "Có") millions of times:
    /// each is read once, then found by its exact text.
    /// </summary>
    private sealed class Words<T>(Func<string, T> read)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, T> _known = new(StringComparer.Ordinal);
        // Counted here: the dictionary's own count takes every lock, and a column of free text misses on every row.
        private int _count;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public T Read(ReadOnlySpan<char> text)
        {
            if (_known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var value)) return value;
            var word = text.ToString();
            // A column of free text (not one of a handful of words) is read each time rather than kept.
            if (Volatile.Read(ref _count) >= 1000) return read(word);
            if (_known.TryAdd(word, read(word))) Interlocked.Increment(ref _count);
            return _known[word];
        }
    }

    // A date a workbook kept as its serial number (days since 30/12/1899, the fraction the time of day), as a CSV saved
    // from Excel shows it: only from 1950 to 2100, so that a count or a code is not taken for a date.
    private static DateTime? ExcelSerial(ReadOnlySpan<char> text) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial) && serial is >= 18264 and < 73051
            ? DateTime.FromOADate(serial) : null;

    // The export's own formats, "dd/MM/yyyy" and "dd/MM/yyyy HH:mm", read without the general parser.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static DateTime? FastDate(ReadOnlySpan<char> s)
    {
        static int D(char c) => c - '0';
        static bool Digits(ReadOnlySpan<char> s, params ReadOnlySpan<int> at)
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
}
