using System.CommandLine;
using System.Diagnostics;
using ParReport.Documents;
using ParReport.Domain.Dossiers;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using ParReport.Storage;

namespace ParReport.Cli;

/// <summary>
/// `parreport report docx|xlsx --unit CODE --period P -o FILE`, and with `--issuer CODE` instead of `--unit`,
/// every report answering that unit's request into the folder given by -o.
/// </summary>
public static class ReportCommands
{
    public static Command Build(Option<string> db, TextWriter output, TextWriter error)
    {
        var report = new Command("report", "Xuất báo cáo: DOCX (thể thức Nghị định 30/2020/NĐ-CP, kèm phụ lục) hoặc phụ lục XLSX.");
        report.Subcommands.Add(Format("docx", "Báo cáo DOCX kèm phụ lục.", db, output, error, (t, r, l, f, d) => DocxReport.Write(t, r, l, f, d)));
        report.Subcommands.Add(Format("xlsx", "Phụ lục số liệu dạng XLSX.", db, output, error, (t, r, l, _, _) => XlsxAppendix.Write(t, r, l)));
        return report;
    }

    private static Command Format(string extension, string description, Option<string> db, TextWriter output, TextWriter error,
        Func<ReportTemplate, Report, Letterhead, IReadOnlyList<DocxReport.Figure>, DossierStatistics?, byte[]> write)
    {
        var unit = new Option<string?>("--unit") { Description = "Mã đơn vị lập báo cáo." };
        var issuer = new Option<string?>("--issuer") { Description = "Mã đơn vị yêu cầu báo cáo: xuất báo cáo của mọi đơn vị trực thuộc đã nộp." };
        var period = new Option<string>("--period") { Description = "Kỳ báo cáo: 2024-Q1, 2024-6T, 2024-9T, 2024-N.", Required = true };
        var outputPath = new Option<string>("--output", "-o") { Description = "Tệp kết quả (với --unit) hoặc thư mục (với --issuer).", Required = true };
        var number = new Option<string>("--number") { Description = "Số văn bản, ví dụ 36/BC-UBND.", DefaultValueFactory = _ => "     /BC-UBND" };
        var date = new Option<string?>("--date") { Description = "Ngày ban hành dd/MM/yyyy (mặc định: hôm nay)." };
        var signer = new Option<string>("--signer") { Description = "Họ tên người ký.", DefaultValueFactory = _ => "" };
        var command = new Command(extension, description) { unit, issuer, period, outputPath, number, date, signer };
        command.SetAction(async (parse, cancel) =>
        {
            if (!ReportingPeriod.TryParse(parse.GetValue(period), out var p))
            {
                error.WriteLine(CliMessages.BadPeriod(parse.GetValue(period)));
                return ExitCodes.Unreadable;
            }
            DateOnly day = DateOnly.FromDateTime(DateTime.Today);
            if (parse.GetValue(date) is { } text && !CliDates.TryParse(text, out day))
            {
                error.WriteLine(CliMessages.BadDate(text));
                return ExitCodes.Unreadable;
            }
            if ((parse.GetValue(unit) is null) == (parse.GetValue(issuer) is null))
            {
                error.WriteLine(CliMessages.UnitOrIssuer);
                return ExitCodes.Unreadable;
            }
            await using var context = await CliApp.OpenDatabaseAsync(parse.GetValue(db)!, cancel);
            var tree = await new UnitStore(context).LoadTreeAsync(cancel);
            var store = new ReportStore(context);
            var target = parse.GetValue(outputPath)!;
            async Task<byte[]> Render(ReportingRequest request, Report r)
            {
                var owner = tree.Find(r.UnitCode)!;
                var letterhead = Letterhead.For(owner, tree.Find(request.IssuerUnitCode), request, TemplateCatalog.BuiltIn.Get(request.Template).Addressed, parse.GetValue(number)!, day, parse.GetValue(signer)!);
                var template = TemplateCatalog.BuiltIn.Get(r.Template);
                if (extension != "docx") return write(template, r, letterhead, [], null);
                var history = RateChart.History((await store.HistoryAsync(r.UnitCode, r.Period, cancel)).Select(h => (TemplateCatalog.BuiltIn.Get(h.Template), h)));
                // The table by field only where the report's dossier figures are the dossiers' own.
                var dossiers = DossierIndicators.ForDocument(template, r.Values, await new DossierStore(context).StatisticsAsync(r.UnitCode, request.Window, cancel));
                DocxReport.Figure?[] figures = [dossiers is null ? null : FieldChart.Figure(template, dossiers), RateChart.Figure(template, history)];
                return write(template, r, letterhead, figures.OfType<DocxReport.Figure>().ToList(), dossiers);
            }

            if (parse.GetValue(unit) is { } unitCode)
            {
                if (await store.FindAsync(unitCode, p, cancel) is not { } found)
                {
                    error.WriteLine(CliMessages.NoReport(p, unitCode));
                    return ExitCodes.Unreadable;
                }
                await File.WriteAllBytesAsync(target, await Render(found.Request, found.Report), cancel);
                output.WriteLine(CliMessages.Written(target));
                return ExitCodes.Ok;
            }

            var reports = await store.ListAsync(parse.GetValue(issuer)!, p, cancel);
            if (reports.Count == 0)
            {
                error.WriteLine(CliMessages.NoReports(p, parse.GetValue(issuer)!));
                return ExitCodes.Unreadable;
            }
            Directory.CreateDirectory(target);
            var clock = Stopwatch.StartNew();
            foreach (var (request, r) in reports)
                await File.WriteAllBytesAsync(Path.Combine(target, $"{r.UnitCode}-{p.Code}.{extension}"), await Render(request, r), cancel);
            output.WriteLine(CliMessages.WrittenMany(reports.Count, target, clock.Elapsed));
            return ExitCodes.Ok;
        });
        return command;
    }
}
