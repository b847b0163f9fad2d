using System.Text.Json;
using ParReport.Application.Requests;
using ParReport.Domain.Formatting;
using ParReport.Domain.Periods;
using ParReport.Domain.Workflow;

namespace ParReport.Cli;

/// <summary>A request's board as text (a line per unit, then the figures) or as JSON for machines.</summary>
public static class BoardPrinter
{
    public static void Print(RequestBoardQuery.View view, TextWriter output, bool json)
    {
        var board = view.Board;
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                request = view.RequestId,
                issuer = view.Issuer.Code,
                period = board.Request.Period.Code,
                deadline = board.Request.DeadlineAt,
                expected = board.Expected,
                sent = board.Sent,
                onTime = board.SentOnTime,
                completeness = Math.Round(board.Completeness, 4),
                timeliness = Math.Round(board.TimelinessRate, 4),
                units = board.Rows.Select(r => new
                {
                    unit = r.Unit.Code,
                    name = r.Unit.Name,
                    status = r.Started ? r.Progress.Status.ToString() : "NotStarted",
                    firstSent = r.Progress.FirstSent,
                    lastSent = r.Progress.LastSent,
                    timeliness = r.Timeliness.Kind.ToString(),
                    days = r.Timeliness.Days,
                    returns = r.Progress.Returns,
                }),
            }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            return;
        }
        output.WriteLine($"{view.Issuer.Name} — báo cáo {board.Request.Period.Label}, hạn nộp {board.Request.DeadlineLabel}");
        foreach (var row in board.Rows)
            output.WriteLine($"{row.Unit.Code}\t{row.Unit.Name}\t{(row.Started ? ReportStatuses.Label(row.Progress.Status) : "chưa lập")}\t"
                + $"{(row.Progress.FirstSent is { } at ? VietnamTime.Of(at).ToString("HH:mm dd/MM/yyyy") : "—")}\t{row.Timeliness.Label}\ttrả lại {row.Progress.Returns} lần");
        output.WriteLine($"Đầy đủ: {board.Sent}/{board.Expected} ({VietnameseNumbers.FormatPercent(board.Completeness * 100)}); "
            + $"đúng hạn: {board.SentOnTime}/{board.Expected} ({VietnameseNumbers.FormatPercent(board.TimelinessRate * 100)})");
    }
}
