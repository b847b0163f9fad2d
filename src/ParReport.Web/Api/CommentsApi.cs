using Microsoft.AspNetCore.Http.HttpResults;
using ParReport.Application;
using ParReport.Application.Comments;
using ParReport.Application.Reports;
using ParReport.Domain.Entry;
using ParReport.Storage;

namespace ParReport.Web.Api;

/// <summary>A report's comment threads as the comments page shows them, and a comment added as it adds one (<see cref="ReportComments"/>).</summary>
public static class CommentsApi
{
    public sealed record CommentJson(long Id, string UserName, string FullName, DateTimeOffset At, string Text);

    public sealed record ThreadJson(int Id, string Target, CommentTargetKind Kind, string Part, string Label, bool Open, DateTimeOffset OpenedAt,
        DateTimeOffset? ResolvedAt, string? ResolvedBy, IReadOnlyList<CommentJson> Comments)
    {
        public static ThreadJson Of(ReportComments.Thread t) => new(t.Id, t.Target.Key, t.Target.Kind, t.Target.Part.Key, t.Target.Label, t.IsOpen, t.OpenedAt,
            t.ResolvedAt, t.ResolvedBy, t.Comments.Select(c => new CommentJson(c.Id, c.UserName, c.FullName, c.At, c.Text)).ToList());
    }

    /// <summary>A comment: an answer to <see cref="Thread"/> when given, otherwise the first of a new thread on <see cref="Target"/>.</summary>
    public sealed record CommentInput(string? Text, string? Target = null, int? Thread = null);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/comments", ListAsync).WithSummary("Các ý kiến trao đổi về báo cáo (của một phần, chỉ tiêu hay đoạn nội dung khi có target)");
        group.MapPost("/comments", AddAsync).RequireAntiforgeryForCookies()
            .WithSummary("Thêm ý kiến: trả lời một luồng (thread) hoặc mở luồng mới về một phần, chỉ tiêu hay đoạn nội dung (target)");
    }

    private static async Task<Results<Ok<IReadOnlyList<ThreadJson>>, ProblemHttpResult>> ListAsync(int requestId, string unitCode, string? target, ParReportDbContext db,
        TimeProvider clock, SignedInUser user, ReportComments comments, CancellationToken cancel)
    {
        var loaded = await ReportContext.LoadAsync(db, clock, await user.ActorAsync(), requestId, unitCode, cancel);
        if (!loaded.IsDone) return Problems.Of(loaded);
        var listed = await comments.ListAsync(loaded.Value!, target, cancel);
        return listed.IsDone ? TypedResults.Ok<IReadOnlyList<ThreadJson>>(listed.Value!.Select(ThreadJson.Of).ToList()) : Problems.Of(listed);
    }

    private static async Task<Results<Ok<ThreadJson>, ProblemHttpResult>> AddAsync(int requestId, string unitCode, CommentInput input, ParReportDbContext db,
        TimeProvider clock, SignedInUser user, ReportComments comments, CancellationToken cancel)
    {
        var loaded = await ReportContext.LoadAsync(db, clock, await user.ActorAsync(), requestId, unitCode, cancel);
        if (!loaded.IsDone) return Problems.Of(loaded);
        var added = input.Thread is { } thread
            ? await comments.AnswerAsync(loaded.Value!, thread, input.Text, cancel)
            : await comments.OpenAsync(loaded.Value!, input.Target, input.Text, cancel);
        return added.IsDone ? TypedResults.Ok(ThreadJson.Of(added.Value!)) : Problems.Of(added);
    }
}
