using ParReport.Domain.Text;

namespace ParReport.Domain.Dossiers;

/// <summary>
/// Finds the columns of a dossier export by their headers, without regard to case or diacritics: the usual
/// headers ("Mã hồ sơ", "Lĩnh vực", "Ngày tiếp nhận", "Ngày hẹn trả", "Hình thức nộp" …) by default, and any other
/// header the unit maps to a column.
/// </summary>
public sealed class DossierColumns
{
    public static readonly IReadOnlyDictionary<DossierColumn, string[]> DefaultHeaders = new Dictionary<DossierColumn, string[]>
    {
        [DossierColumn.Code] = ["ma ho so", "so ho so", "ma bien nhan", "so bien nhan", "ma so ho so", "ma"],
        [DossierColumn.Field] = ["linh vuc", "ten linh vuc", "linh vuc thu tuc"],
        [DossierColumn.Procedure] = ["thu tuc", "ten thu tuc", "thu tuc hanh chinh", "ten thu tuc hanh chinh", "ten tthc"],
        [DossierColumn.Received] = ["ngay tiep nhan", "thoi gian tiep nhan", "ngay nop", "ngay nhan", "ngay nhan ho so", "ngay tiep nhan ho so"],
        [DossierColumn.Deadline] = ["han xu ly", "ngay hen tra", "han giai quyet", "ngay hen tra ket qua", "thoi han giai quyet", "han tra",
            "han tra ket qua", "ngay hen", "han hoan thanh", "ngay het han"],
        [DossierColumn.Resolved] = ["ngay co ket qua", "ngay tra ket qua", "ngay hoan thanh", "ngay giai quyet xong", "ngay ket thuc",
            "ngay xu ly xong", "thoi gian tra ket qua", "ngay tra"],
        [DossierColumn.Channel] = ["hinh thuc nop", "kenh nop", "hinh thuc tiep nhan", "kenh tiep nhan", "nguon ho so", "hinh thuc nop ho so", "hinh thuc"],
        [DossierColumn.Status] = ["trang thai", "tinh trang", "trang thai ho so", "tinh trang ho so", "trang thai xu ly"],
        [DossierColumn.Fee] = ["phi/le phi", "phi, le phi", "phi le phi", "le phi", "phi", "so tien phi", "phi, le phi (dong)"],
        [DossierColumn.PaidOnline] = ["thanh toan truc tuyen", "da thanh toan truc tuyen", "thanh toan qua dvc", "thanh toan online"],
        [DossierColumn.Satisfaction] = ["muc do hai long", "danh gia", "ket qua danh gia", "danh gia hai long"],
    };

    /// <summary>A column named by its usual header ("mã hồ sơ", without regard to case or diacritics) or its English name ("Code").</summary>
    public static DossierColumn? Parse(string name)
    {
        // By name only: Enum.TryParse would read "0", "-0" or "Code,Code" as the first column too.
        if (Enum.GetNames<DossierColumn>().FirstOrDefault(n => n.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase)) is { } named) return Enum.Parse<DossierColumn>(named);
        var folded = VietnameseText.Fold(name);
        return DefaultHeaders.Where(h => h.Value.Contains(folded)).Select(h => (DossierColumn?)h.Key).FirstOrDefault();
    }

    /// <summary>Why a file cannot be read: the columns it lacks, by their usual headers.</summary>
    public static string MissingMessage(IEnumerable<DossierColumn> missing) =>
        $"Tệp hồ sơ thiếu cột: {string.Join(", ", missing.Select(c => $"«{DossierMessages.ColumnName(c)}»"))} (không tìm thấy dòng tiêu đề có các cột này trong 30 dòng đầu).";

    /// <summary>What a file without some columns cannot give, a sentence per column, in Vietnamese.</summary>
    public static IReadOnlyList<string> Unavailable(DossierUnknowns unknowns) => new[]
    {
        (DossierUnknowns.Resolution, DossierColumn.Resolved, "số hồ sơ kỳ trước chuyển sang, đã giải quyết và đang giải quyết (chỉ có số hồ sơ tiếp nhận trong kỳ)"),
        (DossierUnknowns.Deadline, DossierColumn.Deadline, "số hồ sơ giải quyết trước hạn, đúng hạn, quá hạn, đang giải quyết trong hạn, quá hạn và tỷ lệ giải quyết đúng hạn"),
        (DossierUnknowns.Fee, DossierColumn.Fee, "số hồ sơ có phí, lệ phí và tỷ lệ thanh toán trực tuyến"),
        (DossierUnknowns.Payment, DossierColumn.PaidOnline, "tỷ lệ thanh toán trực tuyến"),
        (DossierUnknowns.Evaluation, DossierColumn.Satisfaction, "tỷ lệ hài lòng"),
    }.Where(u => (unknowns & u.Item1) != 0)
        .Select(u => $"Tệp không có cột «{DossierMessages.ColumnName(u.Item2)}»: không có dữ liệu về {u.Item3} (không tính thay bằng số nào).").ToList();

    /// <summary>Without these a row cannot be counted.</summary>
    public static readonly IReadOnlyList<DossierColumn> Required = [DossierColumn.Code, DossierColumn.Field, DossierColumn.Received, DossierColumn.Channel];

    // By column: its position in a row, or -1 (an array: it is asked several times for every row of a file).
    private readonly int[] _index;
    // By column: how sure its match is, 1 for a usual or remembered header, below for a header only like one.
    private readonly double[] _confidence;

    private DossierColumns(Dictionary<DossierColumn, int> index, Dictionary<DossierColumn, double> confidence, IReadOnlyList<string> headers)
    {
        _confidence = Enum.GetValues<DossierColumn>().Select(c => confidence.GetValueOrDefault(c, 1)).ToArray();
        _index = Enum.GetValues<DossierColumn>().Select(c => index.GetValueOrDefault(c, -1)).ToArray();
        Headers = headers;
        Unknowns = (IndexOf(DossierColumn.Resolved) < 0 ? DossierUnknowns.Resolution : 0) | (IndexOf(DossierColumn.Deadline) < 0 ? DossierUnknowns.Deadline : 0) | (IndexOf(DossierColumn.Fee) < 0 ? DossierUnknowns.Fee : 0)
            | (IndexOf(DossierColumn.PaidOnline) < 0 ? DossierUnknowns.Payment : 0) | (IndexOf(DossierColumn.Satisfaction) < 0 ? DossierUnknowns.Evaluation : 0);
    }

    /// <summary>What the file cannot tell of any dossier, for want of its column.</summary>
    public DossierUnknowns Unknowns { get; }

    /// <summary>The columns the statistics use that the file lacks, by their usual headers (none of them required).</summary>
    public IReadOnlyList<DossierColumn> Absent => Enum.GetValues<DossierColumn>().Where(c => IndexOf(c) < 0 && c is not DossierColumn.Procedure).ToList();

    public IReadOnlyList<string> Headers { get; }

    /// <summary>The position of a column in a row, or -1 when the file does not have it.</summary>
    public int IndexOf(DossierColumn column) => _index[(int)column];

    /// <summary>1 for a usual or remembered header; below 1, how alike the file's header is to a usual one (its folded words in common).</summary>
    public double ConfidenceOf(DossierColumn column) => IndexOf(column) < 0 ? 0 : _confidence[(int)column];

    public string HeaderOf(DossierColumn column) => IndexOf(column) is >= 0 and var i ? Headers[i] : DossierMessages.ColumnName(column);

    /// <summary>
    /// Matches a file's headers. <paramref name="mapping"/> (the unit's remembered choices: header → column) comes
    /// before the defaults. Returns the columns found, or the required ones that are missing.
    /// </summary>
    public static (DossierColumns? Columns, IReadOnlyList<DossierColumn> Missing) Match(IReadOnlyList<string> headers, IReadOnlyDictionary<string, DossierColumn>? mapping = null)
    {
        var folded = headers.Select(h => VietnameseText.Fold(h)).ToList();
        var index = new Dictionary<DossierColumn, int>();
        foreach (var (header, column) in mapping ?? new Dictionary<string, DossierColumn>())
            if (folded.IndexOf(VietnameseText.Fold(header)) is >= 0 and var i) index[column] = i;
        foreach (var (column, names) in DefaultHeaders)
            if (!index.ContainsKey(column) && folded.FindIndex(h => names.Contains(h) && !index.ContainsValue(folded.IndexOf(h))) is >= 0 and var i)
                index[column] = i;
        // The rest by likeness: a header sharing most of its words with a usual one ("Ngày hẹn trả kết quả giải quyết").
        // Empty headers are passed over at once: a cell written at column XFD pads a row with 16,384 of them.
        var confidence = new Dictionary<DossierColumn, double>();
        foreach (var (column, names) in DefaultHeaders)
        {
            if (index.ContainsKey(column)) continue;
            var best = folded.Select((h, i) => (i, Score: h.Length == 0 || index.ContainsValue(i) ? 0 : names.Max(n => Likeness(h, n)))).MaxBy(x => x.Score);
            if (best.Score >= MinLikeness && !index.ContainsValue(best.i)) (index[column], confidence[column]) = (best.i, best.Score);
        }
        var missing = Required.Where(c => !index.ContainsKey(c)).ToList();
        return missing.Count > 0 ? (null, missing) : (new DossierColumns(index, confidence, headers), []);
    }

    /// <summary>How alike a header must be to a usual one to be taken for it: two words in three in common.</summary>
    public const double MinLikeness = 2.0 / 3;

    // The words two folded headers share, over the words of the longer: "ngay hen tra ket qua giai quyet" is like
    // "ngay hen tra ket qua" (5 of 7), "so tien" is not like "so ho so". A usual header of one word is matched only exactly.
    private static double Likeness(string header, string usual)
    {
        var (a, b) = (Words(header), Words(usual));
        if (a.Length == 0 || b.Length < 2) return 0;
        var shared = b.Count(a.Contains);
        return shared < b.Length ? 0.9 * shared / Math.Max(a.Length, b.Length) : (double)shared / Math.Max(a.Length, b.Length);
    }

    private static string[] Words(string folded) =>
        folded.Split([' ', ',', '.', '/', '(', ')', '-', ':', '_'], StringSplitOptions.RemoveEmptyEntries).Distinct().ToArray();
}
