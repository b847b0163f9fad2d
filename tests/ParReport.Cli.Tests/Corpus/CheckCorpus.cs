using ParReport.Documents;
using ParReport.Domain.Demo;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Cli.Tests.Corpus;

/// <summary>
/// What the checker must say about one file of the corpus: nothing (<see cref="Clean"/>), the same as about the report it is
/// a variant of (<see cref="SameAs"/>; the original is a <see cref="Reference"/>, not scored), or a planted error at a place (<see cref="Planted"/>: a finding whose location starts
/// with the first of <see cref="Planted.Places"/>; findings elsewhere than at any of them are false alarms).
/// </summary>
internal abstract record Expectation;
internal sealed record Clean : Expectation;
internal sealed record Reference : Expectation;
internal sealed record SameAs(string Original) : Expectation;
internal sealed record Planted(params string[] Places) : Expectation;

/// <summary>A report of the corpus: its category, its file (PDF ones are made from <see cref="PdfFrom"/> by LibreOffice).</summary>
internal sealed record CorpusFile(string Category, string Name, byte[] Bytes, Expectation Expected, string? PdfFrom = null);

/// <summary>
/// The checker's corpus: ParReport's own reports (text and DOCX), variants of the three seed documents (hard-wrapped, laid
/// out with spaces, renumbered and reworded, typed in Word, printed to PDF) and reports with one planted error of each
/// category the checker knows, each in text, DOCX and PDF.
/// </summary>
internal static class CheckCorpus
{
    private static readonly string[] SeedNames =
        ["bao-cao-quy-I-2024-xa-phuong-dinh.txt", "bao-cao-quy-I-2021-huyen-kbang.txt", "cong-van-de-cuong-bieu-mau-xa-binh-lang-2022.txt"];

    public static IEnumerable<CorpusFile> Files()
    {
        foreach (var file in OwnOutput()) yield return file;
        foreach (var file in SeedVariants()) yield return file;
        foreach (var file in PlantedErrors()) yield return file;
    }

    private static byte[] Text(IEnumerable<string> lines) => System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");

    // ParReport's own reports on random consistent data: every finding is a false alarm.
    private static IEnumerable<CorpusFile> OwnOutput()
    {
        foreach (var (id, version) in new[] { ("xa", 1), ("xa", 2), ("huyen", 1) })
            foreach (var kind in new[] { PeriodKind.QuarterOne, PeriodKind.HalfYear, PeriodKind.Year })
            {
                var (template, unit, request, report) = Sample(id, version, kind, seed: (int)kind + version);
                var name = $"parreport-{id}-v{version}-{request.Period.Code}";
                yield return new("own output", name + ".txt", Text(ReportPlainText.Render(template, unit, request, report, "12/BC-UBND")), new Clean());
                var district = new OrgUnit("tinh", "Tỉnh An Giang", UnitLevel.Province, null);
                var letterhead = Letterhead.For(unit, district, request, template.Addressed, "12/BC-UBND", request.Period.DefaultWindow.To.AddDays(1), "Nguyễn Văn An");
                var docx = DocxReport.Write(template, report, letterhead);
                yield return new("own output", name + ".docx", docx, new Clean());
                if (kind == PeriodKind.HalfYear) yield return new("own output", name + ".pdf", [], new Clean(), name + ".docx");
            }
    }

    private static (ReportTemplate, OrgUnit, ReportingRequest, Report) Sample(string id, int version, PeriodKind kind, int seed)
    {
        var template = TemplateCatalog.BuiltIn.Get(new TemplateRef(id, version));
        var unit = id == "xa" ? new OrgUnit("an-binh", "Xã An Bình", UnitLevel.Commune, "an-phu") : new OrgUnit("an-phu", "Huyện An Phú", UnitLevel.District, "tinh");
        var period = new ReportingPeriod(2024, kind);
        var request = ReportingRequest.Create("tinh", period, template.Ref);
        var report = (Report.Empty(unit.Code, period, template.Ref) with { Values = PlausibleValues.Generate(template, seed) })
            .WithNarrative("I", "Ủy ban nhân dân đã ban hành Kế hoạch cải cách hành chính năm 2024 và phân công nhiệm vụ cho từng bộ phận.");
        return (template, unit, request, report);
    }

    // The seeds as they reach the checker in other shapes: each must give the findings of the seed itself.
    private static IEnumerable<CorpusFile> SeedVariants()
    {
        foreach (var seed in SeedNames)
        {
            var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "seeds", seed));
            var stem = Path.GetFileNameWithoutExtension(seed);
            yield return new("seed", seed, Text(lines), new Reference());
            yield return new("seed, hard-wrapped", stem + "-xuong-dong.txt", Text(SeedTransforms.HardWrapped(lines)), new SameAs(seed));
            yield return new("seed, laid out with spaces", stem + "-dau-cach.txt", Text(SeedTransforms.LaidOutWithSpaces(lines)), new SameAs(seed));
            yield return new("seed, renumbered and reworded", stem + "-sua-loi.txt", Text(SeedTransforms.Reworded(lines)), new SameAs(seed));
            yield return new("seed, typed in Word", stem + ".docx", TextDocx.Write(lines), new SameAs(seed));
            yield return new("seed, printed to PDF", stem + ".pdf", [], new SameAs(seed), stem + ".docx");
        }
    }

    // One error planted in a consistent report, in each category the checker knows.
    private static IEnumerable<CorpusFile> PlantedErrors()
    {
        foreach (var plant in Plants.All())
        {
            var name = $"loi-{plant.Name}";
            yield return new(plant.Category, name + ".txt", Text(plant.Lines), plant.Expected);
            yield return new(plant.Category, name + ".docx", TextDocx.Write(plant.Lines), plant.Expected);
            yield return new(plant.Category, name + ".pdf", [], plant.Expected, name + ".docx");
        }
    }

    /// <summary>The consistent report the errors are planted in: ParReport's commune report, with a cut-off window and a dossier table.</summary>
    public static List<string> Base(string id = "xa", int version = 2)
    {
        var (template, unit, request, report) = Sample(id, version, PeriodKind.HalfYear, seed: 1);
        var lines = ReportPlainText.Render(template, unit, request, report, "12/BC-UBND").ToList();
        var title = lines.FindIndex(l => l.StartsWith("Kết quả công tác cải cách hành chính", StringComparison.Ordinal));
        lines.Insert(title + 1, "(Số liệu tính từ ngày 15/12/2023 đến ngày 14/6/2024)");
        var tthc = lines.FindIndex(l => l.StartsWith("2. Cải cách thủ tục hành chính", StringComparison.Ordinal));
        if (tthc >= 0)
            lines.InsertRange(tthc + 1,
            [
                "Kết quả giải quyết hồ sơ theo lĩnh vực:",
                "STT\tLĩnh vực\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)\t(10)\t(11)\t(12)\t(13)",
                "1\tHộ tịch\t100\t10\t90\t0\t80\t30\t50\t0\t20\t20\t0",
                "2\tĐất đai\t50\t5\t45\t0\t40\t10\t30\t0\t10\t10\t0",
                "\tTổng cộng\t150\t15\t135\t0\t120\t40\t80\t0\t30\t30\t0",
            ]);
        return lines;
    }
}
