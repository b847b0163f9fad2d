using System.CommandLine;
using ParReport.Application;
using ParReport.Application.Requests;
using ParReport.Domain.Periods;
using ParReport.Domain.Workflow;
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
        requests.Subcommands.Add(Status(db, output, error));
        requests.Subcommands.Add(Remind(db, output));
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
        var deadlineHour = new Option<string?>("--deadline-hour") { Description = "Giờ hạn nộp trong ngày hạn, ví dụ 10:00 (mặc định: hết ngày)." };
        var remind = new Option<int>("--remind-days") { Description = "Nhắc các đơn vị trước hạn bao nhiêu ngày.", DefaultValueFactory = _ => ReportingRequest.DefaultReminderDays };
        var add = new Command("add", "Gửi yêu cầu báo cáo một kỳ tới các đơn vị trực thuộc.") { issuer, period, template, version, from, to, deadline, deadlineHour, remind, letter, letterDate };
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
            if ((parse.GetValue(letter) is { } typedLetter && Domain.Text.TypedText.Clean(typedLetter).Trim().Length > 0) != (dated is not null))
            {
                error.WriteLine(CliMessages.LetterNeedsNumberAndDate);
                return ExitCodes.Unreadable;
            }
            var window = first is { } f ? new CutOffWindow(f, last!.Value) : null;
            TimeOnly? hour = null;
            if (parse.GetValue(deadlineHour) is { } typedHour)
            {
                if (!CliDates.TryParseHour(typedHour, out var h))
                {
                    error.WriteLine(CliMessages.BadHour(typedHour));
                    return ExitCodes.Unreadable;
                }
                hour = h;
            }

            await using var context = await CliApp.OpenDatabaseAsync(parse.GetValue(db)!, cancel);
            var input = new RequestInput(p, chosen, window, due, hour, parse.GetValue(letter), dated, parse.GetValue(remind));
            var result = await new SendRequest(context, TimeProvider.System).RunAsync(null, parse.GetValue(issuer)!, input, cancel);
            if (!result.IsDone)
            {
                foreach (var problem in result.Messages) error.WriteLine(problem);
                return result.Outcome == Outcome.Conflict ? ExitCodes.Problems : ExitCodes.Unreadable;
            }
            var request = (await new ReportStore(context).RequestAsync(result.Value, cancel));
            var tree = await new UnitStore(context).LoadTreeAsync(cancel);
            output.WriteLine(RequestMessages.Sent(tree.Find(request.IssuerUnitCode)!.Name, request, tree.ChildrenOf(request.IssuerUnitCode).Count()) + $" Mã yêu cầu: {result.Value}.");
            return ExitCodes.Ok;
        });
        return add;
    }

    /// <summary>`requests status --request ID [--json]`: the upper level's board of one request.</summary>
    private static Command Status(Option<string> db, TextWriter output, TextWriter error)
    {
        var id = new Option<int>("--request") { Description = "Mã yêu cầu (xem: parreport requests list).", Required = true };
        var json = new Option<bool>("--json") { Description = "In dạng JSON." };
        var status = new Command("status", "Tình hình nộp báo cáo của các đơn vị theo một yêu cầu.") { id, json };
        status.SetAction(async (parse, cancel) =>
        {
            await using var context = await CliApp.OpenDatabaseAsync(parse.GetValue(db)!, cancel);
            var result = await new RequestBoardQuery(context, TimeProvider.System).LoadAsync(null, parse.GetValue(id), cancel);
            if (!result.IsDone)
            {
                error.WriteLine(CliMessages.UnknownRequest(parse.GetValue(id)));
                return ExitCodes.Unreadable;
            }
            BoardPrinter.Print(result.Value!, output, parse.GetValue(json));
            return ExitCodes.Ok;
        });
        return status;
    }

    /// <summary>`requests remind`: gives the deadline reminders due now (the web app also does so every hour).</summary>
    private static Command Remind(Option<string> db, TextWriter output)
    {
        var remind = new Command("remind", "Nhắc các đơn vị sắp đến hạn hoặc quá hạn mà chưa gửi báo cáo.");
        remind.SetAction(async (parse, cancel) =>
        {
            await using var context = await CliApp.OpenDatabaseAsync(parse.GetValue(db)!, cancel);
            output.WriteLine(CliMessages.Reminded(await new ParReport.Application.Notices.Reminders(context, TimeProvider.System).RunAsync(cancel)));
            return ExitCodes.Ok;
        });
        return remind;
    }

    private static Command List(Option<string> db, TextWriter output)
    {
        var list = new Command("list", "Các yêu cầu báo cáo đã gửi.");
        list.SetAction(async (parse, cancel) =>
        {
            await using var context = await CliApp.OpenDatabaseAsync(parse.GetValue(db)!, cancel);
            var store = new ReportStore(context);
            // Only reports signed off and sent count, out of the units the request was sent to.
            var overview = await new WorkflowStore(context, TimeProvider.System).OverviewAsync(cancel);
            foreach (var (id, request) in await store.ListRequestsAsync(cancel))
                output.WriteLine($"{id}\t{request.IssuerUnitCode}\t{request.Period.Code}\t{request.Template}\t{request.Window}\thạn {request.DeadlineLabel}"
                    + $"\t{overview[id].Count(u => u.Status is { } s && ReportStatuses.IsSent(s))}/{overview[id].Count()} báo cáo");
            return ExitCodes.Ok;
        });
        return list;
    }
}
