using System.CommandLine;
using System.Text.Json;
using ParReport.Application.Aggregates;
using ParReport.Documents;
using ParReport.Domain.Aggregation;

namespace ParReport.Cli;

/// <summary>`parreport aggregate --request ID [--sent] [--json | -o FILE.xlsx|FILE.csv]`: the upper level's aggregate of a request.</summary>
public static class AggregateCommand
{
    public static Command Build(Option<string> db, TextWriter output, TextWriter error)
    {
        var id = new Option<int>("--request") { Description = "Mã yêu cầu (xem: parreport requests list).", Required = true };
        var sent = new Option<bool>("--sent") { Description = "Gồm cả báo cáo đã gửi nhưng chưa tiếp nhận." };
        var json = new Option<bool>("--json") { Description = "In dạng JSON." };
        var file = new Option<FileInfo?>("--output", "-o") { Description = "Ghi số liệu từng đơn vị và tổng hợp ra tệp .xlsx hoặc .csv." };
        var command = new Command("aggregate", "Tổng hợp số liệu các đơn vị theo một yêu cầu (từ các báo cáo đã tiếp nhận).") { id, sent, json, file };
        command.SetAction(async (parse, cancel) =>
        {
            var target = parse.GetValue(file);
            if (target is not null && target.Extension.ToLowerInvariant() is not (".xlsx" or ".csv"))
            {
                error.WriteLine(CliMessages.AggregateFile(target.Name));
                return ExitCodes.Unreadable;
            }
            await using var context = await CliApp.OpenDatabaseAsync(parse.GetValue(db)!, cancel);
            var result = await new AggregateQuery(context).LoadAsync(null, parse.GetValue(id), parse.GetValue(sent), cancel);
            if (!result.IsDone)
            {
                error.WriteLine(CliMessages.UnknownRequest(parse.GetValue(id)));
                return ExitCodes.Unreadable;
            }
            var view = result.Value!;
            if (target is not null)
            {
                var bytes = target.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase)
                    ? AggregateTable.Csv(view.Template, view.Units, view.Values)
                    : AggregateTable.Xlsx(view.Template, view.Units, view.Values);
                await File.WriteAllBytesAsync(target.FullName, bytes, cancel);
                output.WriteLine(CliMessages.AggregateWritten(target.FullName, view.MadeOf));
                return ExitCodes.Ok;
            }
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(AggregateJson.Of(view), new JsonSerializerOptions(JsonSerializerDefaults.Web)
                    { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
                return ExitCodes.Ok;
            }
            output.WriteLine($"{view.Issuer.Name} — tổng hợp số liệu {view.Request.Period.Label}, mẫu {view.Template.Ref}");
            output.WriteLine($"Số liệu {view.MadeOf}.");
            foreach (var value in view.Values)
            {
                var missing = AggregationMessages.Missing(value);
                output.WriteLine($"{value.Indicator.Key}\t{value.Indicator.Label}\t{AggregationMessages.Shown(value, view.UnitsName)}{(missing is null ? "" : $"\t({missing})")}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
