using ParReport.Domain.Text;

namespace ParReport.Domain.Registers;

/// <summary>
/// The documents register as offices keep it on paper and in their document software — the "Sổ đăng ký văn bản đi" of
/// Decree 30/2020 (Số, ký hiệu văn bản; Ngày tháng văn bản; Tên loại và trích yếu nội dung văn bản; Người ký; Nơi nhận …):
/// the number and symbol in one cell, the type opening the title, and no column saying whether it is about CCHC.
/// </summary>
public static class DocumentsFile
{
    public static readonly RegisterFileColumn NumberAndSymbol = new(
        ["Số, ký hiệu văn bản", "Số, ký hiệu", "Số và ký hiệu", "Số ký hiệu", "Số/ký hiệu", "Số hiệu văn bản"], ["number", "symbol"], SplitNumber);

    public static readonly RegisterFileColumn TypeAndTitle = new(
        ["Tên loại và trích yếu nội dung văn bản", "Tên loại và trích yếu nội dung", "Tên loại và trích yếu", "Loại và trích yếu"], ["type", "title"], SplitTitle);

    // A document's type by its symbol's first part (Decree 30/2020, Appendix III): "KH-UBND" is a plan; a letter's
    // symbol names only its issuer and unit ("UBND-VP").
    private static readonly (string Prefix, string Type)[] Symbols =
        [("KH", "Kế hoạch"), ("QĐ", "Quyết định"), ("CT", "Chỉ thị"), ("TB", "Thông báo"), ("BC", "Báo cáo"), ("CTr", "Chương trình"), ("UBND", "Công văn")];

    // What marks a document as one on administrative reform, when the file does not say.
    private static readonly string[] CchcWords =
        ["cai cach hanh chinh", "cchc", "thu tuc hanh chinh", "tthc", "mot cua", "dich vu cong", "chinh quyen dien tu", "chinh quyen so", "iso 9001", "chuyen doi so"];

    public static IReadOnlyDictionary<string, Func<IReadOnlyDictionary<string, string?>, string?>> Derived { get; } =
        new Dictionary<string, Func<IReadOnlyDictionary<string, string?>, string?>>
        {
            ["type"] = cells => TypeOfSymbol(cells.GetValueOrDefault("symbol")),
            ["cchc"] = cells => cells.GetValueOrDefault("title") is { } title && CchcWords.Any(VietnameseText.Fold(title).Contains) ? "1" : "0",
        };

    /// <summary>"05/KH-UBND" → 05 and KH-UBND; a cell without "/" is only a number.</summary>
    private static IReadOnlyDictionary<string, string?> SplitNumber(string cell)
    {
        var text = cell.Trim();
        var slash = text.IndexOf('/');
        return slash < 0 ? new Dictionary<string, string?> { ["number"] = text }
            : new Dictionary<string, string?> { ["number"] = text[..slash].Trim(), ["symbol"] = text[(slash + 1)..].Trim() };
    }

    /// <summary>"Kế hoạch cải cách hành chính năm 2024" → Kế hoạch, "về cải cách hành chính năm 2024"; a title not opening with a type keeps it whole.</summary>
    private static IReadOnlyDictionary<string, string?> SplitTitle(string cell)
    {
        var text = cell.Trim();
        var folded = VietnameseText.Fold(text);
        foreach (var type in RegisterCatalog.Get(RegisterCatalog.Documents).Column("type")!.Choices.Where(t => t != "Khác"))
        {
            var prefix = VietnameseText.Fold(type);
            if (folded.StartsWith(prefix + " ", StringComparison.Ordinal) && text.Length > type.Length)
            {
                var rest = text[type.Length..].Trim();
                return new Dictionary<string, string?> { ["type"] = type, ["title"] = rest.StartsWith("về ", StringComparison.OrdinalIgnoreCase) ? rest : "về " + rest };
            }
        }
        return new Dictionary<string, string?> { ["title"] = text };
    }

    private static string? TypeOfSymbol(string? symbol)
    {
        if (symbol is null) return null;
        var first = symbol.Split('-', 2)[0].Trim();
        return Symbols.FirstOrDefault(s => string.Equals(s.Prefix, first, StringComparison.OrdinalIgnoreCase)).Type ?? "Khác";
    }
}
