using ParReport.Domain.Checking;

namespace ParReport.Domain.Tests.Checking;

/// <summary>The seed reports (tests/seeds) as numbered lines.</summary>
internal static class Seeds
{
    public const string PhuongDinh = "bao-cao-quy-I-2024-xa-phuong-dinh.txt";
    public const string Kbang = "bao-cao-quy-I-2021-huyen-kbang.txt";
    public const string BinhLang = "cong-van-de-cuong-bieu-mau-xa-binh-lang-2022.txt";

    public static IReadOnlyList<DocumentLine> Lines(string name) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "seeds", name)).Select((l, i) => new DocumentLine(i + 1, l)).ToList();
}
