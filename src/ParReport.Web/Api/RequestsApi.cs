using Microsoft.AspNetCore.Http.HttpResults;
using ParReport.Application.Requests;
using ParReport.Domain.Workflow;

namespace ParReport.Web.Api;

/// <summary>Requests concerning the caller (as on the home page) and the upper level's board of one (as on the board page).</summary>
public static class RequestsApi
{
    public sealed record RequestJson(int Id, string Issuer, string IssuerName, string Period, string PeriodLabel, string Template,
        DateOnly WindowFrom, DateOnly WindowTo, DateOnly Deadline, DateTimeOffset DeadlineAt, string? LetterNumber, DateOnly? LetterDate,
        bool Overdue, int Sent, IReadOnlyList<RequestUnitJson> Units)
    {
        public static RequestJson Of(RequestList.Row r) => new(r.Id, r.Issuer.Code, r.Issuer.Name, r.Request.Period.Code, r.Request.Period.Label,
            r.Request.Template.ToString(), r.Request.Window.From, r.Request.Window.To, r.Request.Deadline, r.Request.DeadlineAt,
            r.Request.Document?.Number, r.Request.Document?.Date, r.Overdue, r.SentCount,
            r.Units.Select(u => new RequestUnitJson(u.Unit.Code, u.Unit.Name, u.Status)).ToList());
    }

    /// <summary>A unit the request was sent to, with its report's state (null: nothing stored yet).</summary>
    public sealed record RequestUnitJson(string Code, string Name, ReportStatus? Status);

    public sealed record BoardJson(int Request, string Issuer, int Expected, int Sent, int SentOnTime, decimal Completeness, decimal Timeliness,
        IReadOnlyList<BoardRowJson> Rows);

    public sealed record BoardRowJson(string Unit, string Name, bool Started, ReportStatus Status, DateTimeOffset? FirstSent, DateTimeOffset? LastSent,
        int Returns, TimelinessKind Timeliness, int Days, string TimelinessLabel);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("", ListAsync).WithSummary("Các yêu cầu báo cáo gửi tới những đơn vị người dùng được xem");
        group.MapGet("/{requestId:int}", FindAsync).WithSummary("Một yêu cầu báo cáo");
        group.MapGet("/{requestId:int}/board", BoardAsync).WithSummary("Tình hình nộp báo cáo của các đơn vị (cấp trên)");
    }

    private static async Task<Ok<IReadOnlyList<RequestJson>>> ListAsync(SignedInUser user, RequestList requests, CancellationToken cancel) =>
        TypedResults.Ok<IReadOnlyList<RequestJson>>((await requests.ListAsync(await user.ActorAsync(), cancel)).Select(RequestJson.Of).ToList());

    private static async Task<Results<Ok<RequestJson>, ProblemHttpResult>> FindAsync(int requestId, SignedInUser user, RequestList requests, CancellationToken cancel)
    {
        var result = await requests.FindAsync(await user.ActorAsync(), requestId, cancel);
        return result.IsDone ? TypedResults.Ok(RequestJson.Of(result.Value!)) : Problems.Of(result);
    }

    private static async Task<Results<Ok<BoardJson>, ProblemHttpResult>> BoardAsync(int requestId, SignedInUser user, RequestBoardQuery boards, CancellationToken cancel)
    {
        var result = await boards.LoadAsync(await user.ActorAsync(), requestId, cancel);
        if (!result.IsDone) return Problems.Of(result);
        var board = result.Value!.Board;
        return TypedResults.Ok(new BoardJson(requestId, result.Value.Issuer.Code, board.Expected, board.Sent, board.SentOnTime,
            Math.Round(board.Completeness, 4), Math.Round(board.TimelinessRate, 4),
            board.Rows.Select(r => new BoardRowJson(r.Unit.Code, r.Unit.Name, r.Started, r.Progress.Status, r.Progress.FirstSent, r.Progress.LastSent,
                r.Progress.Returns, r.Timeliness.Kind, r.Timeliness.Days, r.Timeliness.Label)).ToList()));
    }
}
