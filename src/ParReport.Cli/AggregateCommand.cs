using System.CommandLine;
using System.Text.Json;
using ParReport.Application;
using ParReport.Application.Aggregates;
using ParReport.Documents;
using ParReport.Domain.Aggregation;
using ParReport.Domain.Periods;
using ParReport.Domain.Templates;

using ParReport.Storage;

namespace ParReport.Cli;

/// <summary>
/// `parreport aggregate --request ID [--sent] [--json | -o FILE.xlsx|FILE.csv]`: the upper level's aggregate of a request;
/// `parreport aggregate [--unit CODE] --period P --template T [--sent] [--json | -o …]`: the roll-up of every unit below a
/// unit (the whole country without --unit) for a period and template.
/// </summary>
public static class AggregateCommand
{
    public static Command Build(Option<string> db, TextWriter output, TextWriter error)
    {
        var id = new Option<int?>("--request") { Description = "Mã yêu cầu (xem: parreport requests list)." };
        var unit = new Option<string?>("--unit") { Description = "Tổng hợp mọi đơn vị cấp dưới của đơn vị này, ở mọi cấp (bỏ trống: cả nước); cần --period và --template." };
        var period = new Option<string?>("--period") { Description = "Kỳ báo cáo khi tổng hợp theo đơn vị: 2024-Q1, 2024-6T, 2024-9T, 2024-N." };
        var template = new Option<string?>("--template") { Description = "Mã mẫu báo cáo khi tổng hợp theo đơn vị (xem: parreport templates list)." };
        var sent = new Option<bool>("--sent") { Description = "Gồm cả báo cáo đã gửi nhưng chưa tiếp nhận." };
        var json = new Option<bool>("--json") { Description = "In dạng JSON." };
        var file = new Option<FileInfo?>("--output", "-o") { Description = "Ghi số liệu từng đơn vị và tổng hợp ra tệp .xlsx hoặc .csv." };
        var command = new Command("aggregate", "Tổng hợp số liệu các đơn vị theo một yêu cầu, hoặc mọi đơn vị cấp dưới của một đơn vị theo kỳ và mẫu (từ các báo cáo đã tiếp nhận).")
            { id, unit, period, template, sent, json, file };
        command.SetAction(async (parse, cancel) =>
        {
            var target = parse.GetValue(file);
            if (target is not null && target.Extension.ToLowerInvariant() is not (".xlsx" or ".csv"))
            {
                error.WriteLine(CliMessages.AggregateFile(target.Name));
                return ExitCodes.Unreadable;
            }
            var (requestId, periodCode, templateId) = (parse.GetValue(id), parse.GetValue(period), parse.GetValue(template));
            var byRequest = requestId is not null && parse.GetValue(unit) is null && periodCode is null && templateId is null;
            var byUnit = requestId is null && periodCode is not null && templateId is not null;
            if (!byRequest && !byUnit)
            {
                error.WriteLine(CliMessages.RequestOrRollUp);
                return ExitCodes.Unreadable;
            }
            await using var context = await CliApp.OpenDatabaseAsync(parse.GetValue(db)!, cancel);
            var query = new AggregateQuery(context);
            if (requestId is { } request)
            {
                var result = await query.LoadAsync(null, request, parse.GetValue(sent), cancel);
                if (!result.IsDone)
                {
                    error.WriteLine(CliMessages.UnknownRequest(request));
                    return ExitCodes.Unreadable;
                }
                var view = result.Value!;
                return await WriteAsync(new Shown($"{view.Issuer.Name} — tổng hợp số liệu {view.Request.Period.Label}, mẫu {view.Template.Ref}",
                    view.Template, view.Units, view.Values, view.MadeOf, view.UnitsName, () => AggregateJson.Of(view)), target, parse.GetValue(json), output, cancel);
            }
            if (!ReportingPeriod.TryParse(periodCode, out var reportingPeriod))
            {
                error.WriteLine(CliMessages.BadPeriod(periodCode));
                return ExitCodes.Unreadable;
            }
            var rolledUp = await query.RollUpAsync(null, parse.GetValue(unit), reportingPeriod, templateId!, parse.GetValue(sent), cancel);
            if (!rolledUp.IsDone)
            {
                error.WriteLine(CliMessages.NothingToRollUp(parse.GetValue(unit), reportingPeriod, templateId!));
                return ExitCodes.Unreadable;
            }
            var rollUp = rolledUp.Value!;
            return await WriteAsync(new Shown($"{rollUp.Name} — tổng hợp số liệu {rollUp.Period.Label} của mọi đơn vị cấp dưới, mẫu {rollUp.Template.Ref}",
                rollUp.Template, rollUp.Units, rollUp.Values, rollUp.MadeOf, rollUp.UnitsName, () => AggregateJson.Of(rollUp)), target, parse.GetValue(json), output, cancel);
        });
        return command;
    }

    /// <summary>What every form of output is made from, for a request's aggregate and a unit's roll-up alike.</summary>
    private sealed record Shown(string Title, ReportTemplate Template, IReadOnlyList<UnitReport> Units, IReadOnlyList<AggregateValue> Values,
        string MadeOf, string UnitsName, Func<AggregateJson> Json);

    private static async Task<int> WriteAsync(Shown shown, FileInfo? target, bool json, TextWriter output, CancellationToken cancel)
    {
        if (target is not null)
        {
            var bytes = target.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase)
                ? AggregateTable.Csv(shown.Template, shown.Units, shown.Values)
                : AggregateTable.Xlsx(shown.Template, shown.Units, shown.Values);
            await AtomicFile.WriteAllBytesAsync(target.FullName, bytes, cancel);
            output.WriteLine(CliMessages.AggregateWritten(target.FullName, shown.MadeOf));
            return ExitCodes.Ok;
        }
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(shown.Json(), new JsonSerializerOptions(JsonSerializerDefaults.Web)
                { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            return ExitCodes.Ok;
        }
        output.WriteLine(shown.Title);
        output.WriteLine($"Số liệu {shown.MadeOf}.");
        foreach (var value in shown.Values)
        {
            var missing = AggregationMessages.Missing(value);
            output.WriteLine($"{value.Indicator.Key}\t{value.Indicator.Label}\t{AggregationMessages.Shown(value, shown.UnitsName)}{(missing is null ? "" : $"\t({missing})")}");
        }
        return ExitCodes.Ok;
    }
}
