using ParReport.Domain.Formatting;
using ParReport.Domain.Text;

namespace ParReport.Domain.Checking;

/// <summary>
/// The rows of an appendix that follow no form of the catalogue (a province's own form), checked by their own structure:
/// the tree from their numbering ("3.1.2" under "3.1"), a "%" row recomputed from its counted children (the part "Số … đã
/// …" over the whole "Tổng số …"), a counted child of a counted parent in the same unit never above it, and a choice
/// by its unit ("Có = 1; Không = 0") one of its codes, "Có" with nothing 0 counted under it.
/// </summary>
public static class OwnStructure
{
    public static IEnumerable<Finding> Check(IReadOnlyList<AppendixRow> rows)
    {
        var byCode = rows.Where(r => r.Code.Length > 0).GroupBy(r => (r.FormCode, r.Code)).ToDictionary(g => g.Key, g => g.First());
        foreach (var row in byCode.Values)
        {
            var children = byCode.Values.Where(c => c.FormCode == row.FormCode && ParentCode(c.Code) == row.Code && c.Value.Number is not null).ToList();
            if (Options(row.Unit) is { Count: > 0 } options)
            {
                // A choice by its unit ("Có = 1; Không = 0"): its value one of the codes; "Có" with something counted under it.
                if (row.Value.Number is not { } code) continue;
                if (!options.ContainsKey(code))
                    yield return new Finding(Severity.Error, row.Line, row.Location, row.Value.Text, row.Unit, OwnStructureMessages.NotAnOption(row, code));
                else if (VietnameseText.Fold(options[code]) == "co")
                    foreach (var zero in children.Where(c => !c.Value.IsPercent && Options(c.Unit).Count == 0 && c.Value.Number == 0))
                        yield return new Finding(Severity.Error, zero.Line, zero.Location, zero.Value.Text, "> 0", OwnStructureMessages.YesWithNone(row, options[code], zero));
                continue;
            }
            if (children.Count == 0 || row.Value.Number is not { } stated) continue;
            if (row.Value.IsPercent || row.Unit.Trim() == "%")
            {
                var whole = children.FirstOrDefault(c => VietnameseText.Fold(c.Label).StartsWith("tong so", StringComparison.Ordinal));
                var part = children.FirstOrDefault(c => c != whole && c.Unit == whole?.Unit && VietnameseText.Fold(c.Label).StartsWith("so ", StringComparison.Ordinal));
                if (whole?.Value.Number is not { } d || part?.Value.Number is not { } n) continue;
                if (n > d)
                    yield return new Finding(Severity.Error, part.Line, part.Location, part.Value.Text, $"≤ {VietnameseNumbers.FormatNumber(d)}",
                        OwnStructureMessages.PartOverWhole(part, n, whole, d));
                else if (Percentage.Rounded(n, d, row.Value.Decimals) is { } computed && computed != stated)
                    yield return new Finding(Severity.Error, row.Line, row.Location, row.Value.Text, VietnameseNumbers.FormatPercent(computed),
                        OwnStructureMessages.Rate(row, stated, part, n, whole, d, computed));
            }
            else
                foreach (var child in children.Where(c => !c.Value.IsPercent && c.Unit.Trim() == row.Unit.Trim() && row.Unit.Trim().Length > 0 && c.Value.Number > stated))
                    yield return new Finding(Severity.Error, child.Line, child.Location, child.Value.Text, $"≤ {VietnameseNumbers.FormatNumber(stated)}",
                        OwnStructureMessages.PartOverWhole(child, child.Value.Number!.Value, row, stated));
        }
    }

    // "Có = 1; Không = 0" → {1: "Có", 0: "Không"}; empty for a unit that is no list of options.
    private static Dictionary<decimal, string> Options(string unit)
    {
        var options = new Dictionary<decimal, string>();
        foreach (var part in unit.Split([';', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=');
            if (pair.Length != 2 || !decimal.TryParse(pair[1].Trim(), out var code)) return [];
            options[code] = pair[0].Trim();
        }
        return options;
    }

    private static string? ParentCode(string code) => code.LastIndexOf('.') is > 0 and var dot ? code[..dot] : null;
}

internal static class OwnStructureMessages
{
    private static string N(decimal value) => VietnameseNumbers.FormatNumber(value);

    public static string PartOverWhole(AppendixRow part, decimal p, AppendixRow whole, decimal w) =>
        $"Mục {part.Code} «{part.Label}» ({N(p)}) lớn hơn mục {whole.Code} «{whole.Label}» ({N(w)}) chứa nó: phần không thể vượt quá tổng (theo cấu trúc của chính phụ lục).";

    public static string Rate(AppendixRow rate, decimal stated, AppendixRow part, decimal n, AppendixRow whole, decimal d, decimal computed) =>
        $"Tỷ lệ {rate.Code} ghi {VietnameseNumbers.FormatPercent(stated)}, nhưng mục {part.Code} ({N(n)}) trên mục {whole.Code} ({N(d)}) là {VietnameseNumbers.FormatPercent(computed)} (theo cấu trúc của chính phụ lục).";

    public static string NotAnOption(AppendixRow row, decimal code) =>
        $"Mục {row.Code} «{row.Label}» ghi {N(code)}, không phải một lựa chọn của nó ({row.Unit}).";

    public static string YesWithNone(AppendixRow row, string option, AppendixRow zero) =>
        $"Mục {row.Code} «{row.Label}» chọn «{option}» nhưng mục {zero.Code} «{zero.Label}» là 0: đã chọn «{option}» thì phải lớn hơn 0 (theo cấu trúc của chính phụ lục).";

    public static string Summary(int own, int all, IEnumerable<int> lines) =>
        $"{N(own)}/{N(all)} dòng theo mẫu riêng, không khớp chỉ tiêu nào của mẫu: đã kiểm tra theo cấu trúc của chính phụ lục (tỷ lệ tính lại từ các dòng con, phần không vượt quá tổng) — dòng {string.Join(", ", lines)}.";
}
