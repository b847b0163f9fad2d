using System.Diagnostics;
using ParReport.Documents;
using ParReport.Domain.Checking;
using ParReport.Domain.Templates;

namespace ParReport.Bench;

/// <summary>
/// The checker on one core: each seed report (text) and one report ParReport writes (DOCX), read once into lines, then
/// checked again and again; the time of one check (reading the lines, matching the templates, every check) is printed.
/// The Kbang report is also checked against an empty catalogue: its whole appendix then on its own form, checked by the
/// template inferred from it.
/// </summary>
internal static class CheckBenchmark
{
    public static void Run(int rounds)
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        var reports = Directory.GetFiles(seeds, "bao-cao-*.txt").Select(f => (Name: Path.GetFileName(f), Lines: ReportFile.Read(f))).ToList();
        var sample = DocumentBenchmark.Province(1)[0];
        var docx = DocxReport.Write(sample.Template, sample.Report, sample.Letterhead);
        reports.Add(("báo cáo ParReport (DOCX)", ReportFile.ReadDocx(docx, "bao-cao.docx")));
        Console.WriteLine($"Kiểm tra báo cáo, 1 luồng, {rounds} lượt mỗi báo cáo (lấy lượt nhanh nhất)");
        var kbang = reports.First(r => r.Name.Contains("kbang")).Lines;
        var runs = reports.Select(r => (r.Name, r.Lines, Catalog: TemplateCatalog.BuiltIn)).ToList();
        runs.Add(("Kbang, mẫu riêng (mẫu suy ra từ phụ lục)", kbang, new TemplateCatalog([])));
        foreach (var (name, lines, catalog) in runs)
        {
            var best = double.MaxValue;
            var findings = 0;
            for (var i = 0; i < rounds; i++)
            {
                var clock = Stopwatch.StartNew();
                findings = ReportChecker.Check(lines, catalog).Findings.Count;
                best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"  {name,-44} {lines.Count,5} dòng   {best,7:N2} ms   ({findings} phát hiện)");
        }
    }
}
