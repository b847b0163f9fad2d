using System.Collections.Concurrent;
using ParReport.Documents;
using ParReport.Domain.Checking;
using ParReport.Domain.Demo;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Bench;

/// <summary>Document generation and checking for every commune of a province, on one core and on all of them.</summary>
internal sealed record DocumentBenchmark(string Name, Func<IReadOnlyList<DocumentBenchmark.Sample>, long> Run)
{
    public sealed record Sample(ReportTemplate Template, Report Report, Letterhead Letterhead);

    public static IReadOnlyList<Sample> Province(int communes)
    {
        var template = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 2));
        var period = new ReportingPeriod(2024, PeriodKind.HalfYear);
        var district = new OrgUnit("huyen", "Huyện Minh Sơn", UnitLevel.District, null);
        var request = ReportingRequest.Create(district.Code, period, template.Ref);
        return Enumerable.Range(1, communes).Select(i =>
        {
            var commune = new OrgUnit($"xa-{i}", $"Xã Số {i}", UnitLevel.Commune, district.Code);
            var report = (Report.Empty(commune.Code, period, template.Ref) with { Values = PlausibleValues.Generate(template, i) })
                .WithNarrative("I", "UBND xã đã ban hành Kế hoạch cải cách hành chính năm 2024 và triển khai đến toàn thể cán bộ, công chức.")
                .WithNarrative("III.2", "Tỷ lệ hồ sơ nộp trực tuyến ở một số lĩnh vực còn thấp.");
            return new Sample(template, report, Letterhead.For(commune, district, request, template.Addressed, $"{i}/BC-UBND", new DateOnly(2024, 6, 15), "Nguyễn Văn An"));
        }).ToList();
    }

    public static readonly DocumentBenchmark[] All =
    [
        new("DOCX báo cáo + phụ lục, 1 luồng", samples => samples.Sum(s => (long)DocxReport.Write(s.Template, s.Report, s.Letterhead).Length)),
        new($"DOCX báo cáo + phụ lục, {Environment.ProcessorCount} luồng", samples => Parallel(samples, s => DocxReport.Write(s.Template, s.Report, s.Letterhead).Length)),
        new("DOCX kèm biểu đồ (vẽ mỗi báo cáo), 1 luồng", samples => samples.Sum(s => (long)WithChart(s).Length)),
        new($"DOCX kèm biểu đồ (vẽ mỗi báo cáo), {Environment.ProcessorCount} luồng", samples => Parallel(samples, s => WithChart(s).Length)),
        new("XLSX phụ lục, 1 luồng", samples => samples.Sum(s => (long)XlsxAppendix.Write(s.Template, s.Report, s.Letterhead).Length)),
        new("Kiểm tra lại DOCX đã xuất, 1 luồng", samples => samples.Sum(s =>
        {
            var docx = DocxReport.Write(s.Template, s.Report, s.Letterhead);
            var result = ReportChecker.Check(ReportFile.ReadDocx(docx, "bao-cao.docx"), TemplateCatalog.BuiltIn);
            if (!result.IsClean) throw new InvalidOperationException($"{s.Report.UnitCode}: {result.Findings[0].Why}");
            return (long)docx.Length;
        })),
    ];

    // As the command line does: the unit's rates over its periods (here two) drawn for each report.
    private static byte[] WithChart(Sample s)
    {
        var history = RateChart.History([(s.Template, s.Report with { Period = s.Report.Period.Previous }), (s.Template, s.Report)]);
        var figure = RateChart.Figure(s.Template, history);
        return DocxReport.Write(s.Template, s.Report, s.Letterhead, figure is null ? [] : [figure]);
    }

    private static long Parallel(IReadOnlyList<Sample> samples, Func<Sample, long> write)
    {
        var total = new ConcurrentBag<long>();
        System.Threading.Tasks.Parallel.ForEach(samples, s => total.Add(write(s)));
        return total.Sum();
    }
}
