using System.CommandLine;
using ParReport.Application;
using ParReport.Application.Dossiers;
using System.Text.Json;
using ParReport.Documents;
using ParReport.Domain.Dossiers;
using ParReport.Domain.Formatting;
using ParReport.Domain.Periods;
using ParReport.Storage;
using ParReport.Domain.Text;

namespace ParReport.Cli;

/// <summary>`parreport dossiers import FILE --unit CODE [--good-rows-only]` and `parreport dossiers stats --unit CODE --from D --to D [--json]`.</summary>
public static class DossiersCommands
{
    public static Command Build(Option<string> db, TextWriter output, TextWriter error)
    {
        var dossiers = new Command("dossiers", "Hồ sơ TTHC: nhập tệp xuất từ hệ thống một cửa điện tử, thống kê theo lĩnh vực.");
        dossiers.Subcommands.Add(Import(db, output, error));
        dossiers.Subcommands.Add(Stats(db, output, error));
        dossiers.Subcommands.Add(Generate(output, error));
        return dossiers;
    }

    private static Command Import(Option<string> db, TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("file") { Description = "Tệp CSV, XLSX hoặc XLS xuất từ hệ thống một cửa điện tử." };
        var unit = new Option<string>("--unit") { Description = "Mã đơn vị của các hồ sơ.", Required = true };
        var goodRowsOnly = new Option<bool>("--good-rows-only") { Description = "Nhập các dòng hợp lệ, bỏ qua (và liệt kê) các dòng lỗi." };
        var map = new Option<string[]>("--map")
        {
            Description = "Tiêu đề riêng của tệp = cột, ví dụ \"Số biên nhận=ma ho so\" (cột: " + string.Join(", ", DossierColumns.DefaultHeaders.Values.Select(v => v[0])) + "). Được ghi nhớ cho đơn vị.",
            AllowMultipleArgumentsPerToken = false,
        };
        var errorsFile = new Option<FileInfo>("--errors") { Description = "Ghi danh sách đầy đủ các dòng lỗi (dòng, cột, giá trị, lỗi) ra tệp CSV." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Chỉ xem trước: các cột đọc được với 5 giá trị mẫu, các cột không tìm thấy; không nhập và không ghi nhớ gì." };
        var import = new Command("import", "Nhập hồ sơ; tệp có dòng lỗi thì không nhập gì, trừ khi dùng --good-rows-only. Nhập lại cập nhật theo mã hồ sơ.") { file, unit, goodRowsOnly, map, errorsFile, dryRun };
        import.SetAction(async (parse, cancel) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                error.WriteLine(CliMessages.FileNotFound(path.FullName));
                return ExitCodes.Unreadable;
            }
            var given = new Dictionary<string, DossierColumn>();
            foreach (var pair in parse.GetValue(map) ?? [])
            {
                var at = pair.LastIndexOf('=');
                var column = at > 0 ? DossierColumns.Parse(pair[(at + 1)..]) : null;
                if (column is null)
                {
                    error.WriteLine(CliMessages.BadMapping(pair));
                    return ExitCodes.Unreadable;
                }
                given[pair[..at].Trim()] = column.Value;
            }
            await using var context = await CliApp.OpenDatabaseAsync(parse.GetValue(db)!, cancel);
            await using var stream = path.OpenRead();
            if (parse.GetValue(dryRun))
            {
                var preview = await new ImportDossiers(context, TimeProvider.System).PreviewAsync(null, parse.GetValue(unit)!, path.Name, stream, given, cancel);
                if (!preview.IsDone)
                {
                    error.WriteLine(preview.Outcome == Outcome.NotFound ? CliMessages.UnknownUnit(parse.GetValue(unit)!) : preview.Messages[0]);
                    return ExitCodes.Unreadable;
                }
                foreach (var line in preview.Value!.Lines()) output.WriteLine(line);
                return ExitCodes.Ok;
            }
            var imported = await new ImportDossiers(context, TimeProvider.System).RunAsync(null, parse.GetValue(unit)!, path.Name, stream, parse.GetValue(goodRowsOnly), given, cancel);
            if (!imported.IsDone)
            {
                error.WriteLine(imported.Outcome == Outcome.NotFound ? CliMessages.UnknownUnit(parse.GetValue(unit)!) : imported.Messages[0]);
                return ExitCodes.Unreadable;
            }
            var (result, flowed) = (imported.Value!.Result, imported.Value.Flowed);
            // One line per kind of error, not one per row: 3.000 rows alike are one line.
            foreach (var g in result.Groups) error.WriteLine($"{path.Name}: {g}");
            foreach (var gap in result.Unavailable) error.WriteLine($"{path.Name}: {gap}");
            if (parse.GetValue(errorsFile) is { } list && result.Errors.Count > 0)
            {
                await using var csv = list.Create();
                RowErrorsCsv.Write(result.Errors, csv);
                if (result.Refused > result.Errors.Count) error.WriteLine(CliMessages.MoreErrors(result.Refused - result.Errors.Count));
            }
            if (!result.Committed)
            {
                error.WriteLine(CliMessages.NothingImportedDossiers(result.Refused));
                return ExitCodes.Problems;
            }
            output.WriteLine(CliMessages.DossiersImported(result.Inserted, result.Updated, result.Refused, path.Name));
            if (flowed > 0) output.WriteLine(CliMessages.DossiersFlowed(flowed));
            return result.Refused > 0 ? ExitCodes.Problems : ExitCodes.Ok;
        });
        return import;
    }

    private static Command Stats(Option<string> db, TextWriter output, TextWriter error)
    {
        var unit = new Option<string>("--unit") { Description = "Mã đơn vị.", Required = true };
        var from = new Option<string>("--from") { Description = "Ngày đầu thời gian chốt số liệu, dd/MM/yyyy.", Required = true };
        var to = new Option<string>("--to") { Description = "Ngày cuối thời gian chốt số liệu, dd/MM/yyyy.", Required = true };
        var json = new Option<bool>("--json") { Description = "Xuất kết quả dạng JSON." };
        var stats = new Command("stats", "Bảng kết quả giải quyết hồ sơ theo lĩnh vực cho một thời gian chốt số liệu.") { unit, from, to, json };
        stats.SetAction(async (parse, cancel) =>
        {
            if (!CliDates.TryParse(parse.GetValue(from), out var first) || !CliDates.TryParse(parse.GetValue(to), out var last) || last < first)
            {
                error.WriteLine(CliMessages.BadWindow(parse.GetValue(from)!, parse.GetValue(to)!));
                return ExitCodes.Unreadable;
            }
            await using var context = await CliApp.OpenDatabaseAsync(parse.GetValue(db)!, cancel);
            var statistics = await new DossierStore(context).StatisticsAsync(parse.GetValue(unit)!, new CutOffWindow(first, last), cancel);
            if (parse.GetValue(json)) output.WriteLine(JsonSerializer.Serialize(ToJson(statistics), new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
            else Print(statistics, output);
            return ExitCodes.Ok;
        });
        return stats;
    }

    private static Command Generate(TextWriter output, TextWriter error)
    {
        var rows = new Option<long>("--rows") { Description = "Số hồ sơ.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Hạt giống: cùng hạt giống cho cùng tệp.", DefaultValueFactory = _ => 1 };
        var until = new Option<string>("--until") { Description = "Ngày cuối, dd/MM/yyyy (hồ sơ trải trong một năm trước đó).", DefaultValueFactory = _ => "14/12/2024" };
        var file = new Option<string>("--output", "-o") { Description = "Tệp CSV kết quả.", Required = true };
        var generate = new Command("generate", "Tạo tệp hồ sơ giả lập giống tệp xuất của hệ thống một cửa (cho kiểm thử và đo hiệu năng).") { rows, seed, until, file };
        generate.SetAction(async (parse, cancel) =>
        {
            if (!CliDates.TryParse(parse.GetValue(until), out var last))
            {
                error.WriteLine(CliMessages.BadDate(parse.GetValue(until)!));
                return ExitCodes.Unreadable;
            }
            long written = 0;
            await AtomicFile.WriteAsync(parse.GetValue(file)!, stream =>
            {
                written = DossierCsvWriter.Write(SyntheticDossiers.Generate(parse.GetValue(seed), parse.GetValue(rows), last), stream);
                return Task.CompletedTask;
            });
            output.WriteLine(CliMessages.Written($"{parse.GetValue(file)} ({written} hồ sơ)"));
            return ExitCodes.Ok;
        });
        return generate;
    }

    private static object ToJson(DossierStatistics s) => new
    {
        From = s.Window.From.ToString("yyyy-MM-dd"),
        To = s.Window.To.ToString("yyyy-MM-dd"),
        Rows = s.Rows.Append(s.Total).Select(r => new { r.Field, r.Received, r.Online, r.DirectOrPostal, r.CarriedOver, r.Resolved, r.Early, r.OnTime, r.Late, r.InProgress, r.WithinDeadline, r.Overdue }),
        s.OnTimeRate,
        s.OnlineRate,
        s.OnlinePaymentRate,
        s.SatisfactionRate,
    };

    private static void Print(DossierStatistics s, TextWriter output)
    {
        output.WriteLine($"Thời gian chốt số liệu: {s.Window.From:dd/MM/yyyy} – {s.Window.To:dd/MM/yyyy}");
        output.WriteLine("STT\tLĩnh vực\t(3) Tiếp nhận\t(4) Trực tuyến\t(5) Trực tiếp, BCCI\t(6) Kỳ trước\t(7) Đã giải quyết\t(8) Trước hạn\t(9) Đúng hạn\t(10) Quá hạn\t(11) Đang giải quyết\t(12) Trong hạn\t(13) Quá hạn");
        var number = 0;
        foreach (var row in s.Rows) output.WriteLine($"{++number}\t{row.Field}\t{string.Join('\t', row.Cells.Select(DossierTableRow.Show))}");
        output.WriteLine($"\t{s.Total.Field}\t{string.Join('\t', s.Total.Cells.Select(DossierTableRow.Show))}");
        foreach (var note in s.Notes) output.WriteLine(note);
        output.WriteLine($"Tỷ lệ giải quyết đúng hạn (gồm trước hạn): {VietnameseNumbers.FormatPercent(s.OnTimeRate)}; tiếp nhận trực tuyến: {VietnameseNumbers.FormatPercent(s.OnlineRate)}; "
            + $"thanh toán trực tuyến: {VietnameseNumbers.FormatPercent(s.OnlinePaymentRate)}; hài lòng: {VietnameseNumbers.FormatPercent(s.SatisfactionRate)}");
    }
}
