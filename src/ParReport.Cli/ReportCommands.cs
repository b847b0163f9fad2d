using System.CommandLine;
using System.Diagnostics;
using ParReport.Application;
using ParReport.Application.Reports;
using ParReport.Domain.Access;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
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
        report.Subcommands.Add(Format("docx", "Báo cáo DOCX kèm phụ lục (dự thảo cho đến khi lãnh đạo ký).", db, output, error));
        report.Subcommands.Add(Format("xlsx", "Phụ lục số liệu dạng XLSX.", db, output, error));
        report.Subcommands.Add(Letter(db, output, error));
        return report;
    }

    /// <summary>`parreport report letter --unit CODE --period P -o FILE`: the assignment letter of the parts given, as the web page makes it.</summary>
    private static Command Letter(Option<string> db, TextWriter output, TextWriter error)
    {
        var unit = new Option<string>("--unit") { Description = "Mã đơn vị lập báo cáo.", Required = true };
        var period = new Option<string>("--period") { Description = "Kỳ báo cáo: 2024-Q1, 2024-6T, 2024-9T, 2024-N.", Required = true };
        var outputPath = new Option<string>("--output", "-o") { Description = "Tệp DOCX kết quả.", Required = true };
        var number = new Option<string?>("--number") { Description = "Số công văn, ví dụ 15/UBND-VP (mặc định: để trống cho lãnh đạo ghi)." };
        var date = new Option<string?>("--date") { Description = "Ngày ban hành dd/MM/yyyy (mặc định: hôm nay)." };
        var hour = new Option<string?>("--hour") { Description = "Giờ của hạn gửi, ví dụ 16:00 (mặc định: giờ hạn của yêu cầu, hoặc 16:00)." };
        var signer = new Option<string?>("--signer") { Description = "Họ tên người ký (mặc định: người ký báo cáo đã lưu)." };
        var command = new Command("letter", "Công văn phân công thực hiện báo cáo (DOCX): ai báo cáo mục, biểu mẫu nào, thời gian chốt số liệu, hạn gửi.")
            { unit, period, outputPath, number, date, hour, signer };
        command.SetAction(async (parse, cancel) =>
        {
            if (!ReportingPeriod.TryParse(parse.GetValue(period), out var p))
            {
                error.WriteLine(CliMessages.BadPeriod(parse.GetValue(period)));
                return ExitCodes.Unreadable;
            }
            DateOnly? day = null;
            if (parse.GetValue(date) is { } typedDate)
            {
                if (!CliDates.TryParse(typedDate, out var given))
                {
                    error.WriteLine(CliMessages.BadDate(typedDate));
                    return ExitCodes.Unreadable;
                }
                day = given;
            }
            TimeOnly? at = null;
            if (parse.GetValue(hour) is { } typedHour)
            {
                if (!CliDates.TryParseHour(typedHour, out var given))
                {
                    error.WriteLine(CliMessages.BadHour(typedHour));
                    return ExitCodes.Unreadable;
                }
                at = given;
            }
            var unitCode = parse.GetValue(unit)!;
            await using var context = await CliApp.OpenDatabaseAsync(parse.GetValue(db)!, cancel);
            if (await new ReportStore(context).FindAsync(unitCode, p, cancel) is not { } found)
            {
                error.WriteLine(CliMessages.NoReport(p, unitCode));
                return ExitCodes.Unreadable;
            }
            // The command line issues the letter as the unit's compiler would.
            var loaded = await ReportContext.LoadAsync(context, TimeProvider.System, Actor.CommandLine(unitCode, Role.Compiler), found.RequestId, unitCode, cancel);
            if (loaded.Value is not { } report)
            {
                error.WriteLine(CliMessages.NotAsked(unitCode));
                return ExitCodes.Unreadable;
            }
            var letter = new ReportDocuments(context, TimeProvider.System).AssignmentLetter(report, parse.GetValue(number), day, at, parse.GetValue(signer));
            if (!letter.IsDone)
            {
                foreach (var message in letter.Messages) error.WriteLine(message);
                return ExitCodes.Problems;
            }
            var target = parse.GetValue(outputPath)!;
            await AtomicFile.WriteAllBytesAsync(target, letter.Value!, cancel);
            output.WriteLine(CliMessages.Written(target));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Format(string extension, string description, Option<string> db, TextWriter output, TextWriter error)
    {
        var unit = new Option<string?>("--unit") { Description = "Mã đơn vị lập báo cáo." };
        var issuer = new Option<string?>("--issuer") { Description = "Mã đơn vị yêu cầu báo cáo: xuất báo cáo của mọi đơn vị trực thuộc đã nộp." };
        var period = new Option<string>("--period") { Description = "Kỳ báo cáo: 2024-Q1, 2024-6T, 2024-9T, 2024-N.", Required = true };
        var outputPath = new Option<string>("--output", "-o") { Description = "Tệp kết quả (với --unit) hoặc thư mục (với --issuer).", Required = true };
        var number = new Option<string?>("--number") { Description = "Số văn bản, ví dụ 36/BC-UBND (mặc định: số đã lưu, hoặc để trống)." };
        var date = new Option<string?>("--date") { Description = "Ngày ban hành dd/MM/yyyy (mặc định: ngày đã lưu, hoặc hôm nay)." };
        var signer = new Option<string?>("--signer") { Description = "Họ tên người ký (mặc định: người đã lưu)." };
        var command = new Command(extension, description) { unit, issuer, period, outputPath, number, date, signer };
        command.SetAction(async (parse, cancel) =>
        {
            if (!ReportingPeriod.TryParse(parse.GetValue(period), out var p))
            {
                error.WriteLine(CliMessages.BadPeriod(parse.GetValue(period)));
                return ExitCodes.Unreadable;
            }
            DateOnly? day = null;
            if (parse.GetValue(date) is { } text)
            {
                if (!CliDates.TryParse(text, out var given))
                {
                    error.WriteLine(CliMessages.BadDate(text));
                    return ExitCodes.Unreadable;
                }
                day = given;
            }
            if ((parse.GetValue(unit) is null) == (parse.GetValue(issuer) is null))
            {
                error.WriteLine(CliMessages.UnitOrIssuer);
                return ExitCodes.Unreadable;
            }
            await using var context = await CliApp.OpenDatabaseAsync(parse.GetValue(db)!, cancel);
            var store = new ReportStore(context);
            var documents = new ReportDocuments(context, TimeProvider.System);
            var target = parse.GetValue(outputPath)!;
            // The same documents as the web page's: the stored number, date and signer unless given here; a draft is marked as one.
            async Task<byte[]?> Render(int requestId, Report r)
            {
                if ((await ReportContext.LoadAsync(context, TimeProvider.System, Actor.CommandLine(r.UnitCode), requestId, r.UnitCode, cancel)).Value is not { } report)
                {
                    error.WriteLine(CliMessages.NotAsked(r.UnitCode));
                    return null;
                }
                (string?, DateOnly?, string?) document = (parse.GetValue(number) ?? report.Document.Number, day ?? report.Document.Date, parse.GetValue(signer) ?? report.Document.Signer);
                return extension == "docx" ? await documents.DocxAsync(report, cancel: cancel, document: document) : documents.Xlsx(report, document);
            }

            if (parse.GetValue(unit) is { } unitCode)
            {
                if (await store.FindAsync(unitCode, p, cancel) is not { } found)
                {
                    error.WriteLine(CliMessages.NoReport(p, unitCode));
                    return ExitCodes.Unreadable;
                }
                if (await Render(found.RequestId, found.Report) is not { } bytes) return ExitCodes.Unreadable;
                await AtomicFile.WriteAllBytesAsync(target, bytes, cancel);
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
            var written = 0;
            foreach (var (requestId, _, r) in reports)
                if (await Render(requestId, r) is { } bytes)
                {
                    await AtomicFile.WriteAllBytesAsync(Path.Combine(target, $"{r.UnitCode}-{p.Code}.{extension}"), bytes, cancel);
                    written++;
                }
            output.WriteLine(CliMessages.WrittenMany(written, target, clock.Elapsed));
            return written == reports.Count ? ExitCodes.Ok : ExitCodes.Problems;
        });
        return command;
    }
}
