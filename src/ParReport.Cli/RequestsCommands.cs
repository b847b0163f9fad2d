using System.CommandLine;
using ParReport.Domain.Periods;
using ParReport.Domain.Templates;
using ParReport.Storage;

namespace ParReport.Cli;

/// <summary>`parreport requests add|list`: an upper level asks the units below it for their report of a period.</summary>
public static class RequestsCommands
{
    public static Command Build(Option<string> db, TextWriter output, TextWriter error)
    {
        var requests = new Command("requests", "Yêu cầu báo cáo gửi các đơn vị cấp dưới.");
        requests.Subcommands.Add(Add(db, output, error));
        requests.Subcommands.Add(List(db, output));
        return requests;
    }

    private static Command Add(Option<string> db, TextWriter output, TextWriter error)
    {
        var issuer = new Option<string>("--issuer") { Description = "Mã đơn vị gửi yêu cầu (các đơn vị trực thuộc sẽ báo cáo).", Required = true };
        var period = new Option<string>("--period") { Description = "Kỳ báo cáo: 2024-Q1, 2024-6T, 2024-9T, 2024-N.", Required = true };
        var template = new Option<string>("--template") { Description = "Mã mẫu báo cáo (xem: parreport templates list).", Required = true };
        var version = new Option<int?>("--version") { Description = "Phiên bản mẫu; mặc định phiên bản mới nhất có hiệu lực trong kỳ." };
        var from = new Option<string?>("--from") { Description = "Ngày đầu thời gian chốt số liệu, dd/MM/yyyy (mặc định theo quy định)." };
        var to = new Option<string?>("--to") { Description = "Ngày cuối thời gian chốt số liệu, dd/MM/yyyy." };
        var deadline = new Option<string?>("--deadline") { Description = "Hạn nộp, dd/MM/yyyy (mặc định ngày cuối thời gian chốt số liệu)." };
        var letter = new Option<string?>("--letter") { Description = "Số văn bản yêu cầu, ví dụ 125/UBND-NV." };
        var letterDate = new Option<string?>("--letter-date") { Description = "Ngày của văn bản yêu cầu, dd/MM/yyyy." };
        var add = new Command("add", "Gửi yêu cầu báo cáo một kỳ tới các đơn vị trực thuộc.") { issuer, period, template, version, from, to, deadline, letter, letterDate };
        add.SetAction(async (parse, cancel) =>
        {
            if (!ReportingPeriod.TryParse(parse.GetValue(period), out var p))
            {
                error.WriteLine(CliMessages.BadPeriod(parse.GetValue(period)));
                return ExitCodes.Unreadable;
            }
            var templateId = parse.GetValue(template)!;
            var chosen = parse.GetValue(version) is { } v ? TemplateCatalog.BuiltIn.Find(new TemplateRef(templateId, v)) : TemplateCatalog.BuiltIn.Current(templateId, p.DefaultWindow.To);
            if (chosen is null)
            {
                error.WriteLine(CliMessages.UnknownTemplate(templateId, parse.GetValue(version)));
                return ExitCodes.Unreadable;
            }
            DateOnly? Day(Option<string?> option, out bool bad)
            {
                bad = false;
                if (parse.GetValue(option) is not { } text) return null;
                if (CliDates.TryParse(text, out var day)) return day;
                error.WriteLine(CliMessages.BadDate(text));
                bad = true;
                return null;
            }
            var (first, last, due, dated) = (Day(from, out var b1), Day(to, out var b2), Day(deadline, out var b3), Day(letterDate, out var b4));
            if (b1 || b2 || b3 || b4) return ExitCodes.Unreadable;
            if ((first is null) != (last is null) || first > last)
            {
                error.WriteLine(CliMessages.BadWindow(parse.GetValue(from) ?? "", parse.GetValue(to) ?? ""));
                return ExitCodes.Unreadable;
            }
            var number = parse.GetValue(letter) is { } typed ? Domain.Text.TypedText.Clean(typed).Trim() : null;
            if ((number is null) != (dated is null))
            {
                error.WriteLine(CliMessages.LetterNeedsNumberAndDate);
                return ExitCodes.Unreadable;
            }
            var window = first is { } f ? new CutOffWindow(f, last!.Value) : null;

            await using var context = await CliApp.OpenDatabaseAsync(parse.GetValue(db)!, cancel);
            var tree = await new UnitStore(context).LoadTreeAsync(cancel);
            var issuerCode = parse.GetValue(issuer)!;
            if (tree.Find(issuerCode) is not { } unit)
            {
                error.WriteLine(CliMessages.UnknownUnit(issuerCode));
                return ExitCodes.Unreadable;
            }
            var units = tree.ChildrenOf(unit.Code).ToList();
            var problems = RequestCheck.Problems(p, chosen, units, window, due, number);
            if (problems.Count > 0)
            {
                foreach (var problem in problems) error.WriteLine(problem);
                return ExitCodes.Unreadable;
            }
            var request = ReportingRequest.Create(unit.Code, p, chosen.Ref, window, due, dated is { } d ? new RequestDocument(number!, d) : null);
            if (!await new ReportStore(context).TryAddRequestAsync(request, cancel))
            {
                error.WriteLine(CliMessages.RequestExists(unit.Name, p));
                return ExitCodes.Problems;
            }
            output.WriteLine(CliMessages.RequestAdded(unit.Name, request, units.Count));
            return ExitCodes.Ok;
        });
        return add;
    }

    private static Command List(Option<string> db, TextWriter output)
    {
        var list = new Command("list", "Các yêu cầu báo cáo đã gửi.");
        list.SetAction(async (parse, cancel) =>
        {
            await using var context = await CliApp.OpenDatabaseAsync(parse.GetValue(db)!, cancel);
            var store = new ReportStore(context);
            var reported = await store.ReportedUnitsAsync(cancel);
            var tree = await new UnitStore(context).LoadTreeAsync(cancel);
            foreach (var (id, request) in await store.ListRequestsAsync(cancel))
                output.WriteLine($"{id}\t{request.IssuerUnitCode}\t{request.Period.Code}\t{request.Template}\t{request.Window}\thạn {request.Deadline:dd/MM/yyyy}"
                    + $"\t{reported[id].Count()}/{tree.ChildrenOf(request.IssuerUnitCode).Count()} báo cáo");
            return ExitCodes.Ok;
        });
        return list;
    }
}
