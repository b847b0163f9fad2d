using Microsoft.AspNetCore.Http.HttpResults;
using ParReport.Application;
using ParReport.Application.Reports;
using ParReport.Domain.Entry;
using ParReport.Domain.Reports;
using ParReport.Domain.Workflow;
using ParReport.Storage;

namespace ParReport.Web.Api;

/// <summary>
/// One unit's report as the report page shows it (<see cref="ReportContext"/>: the upper level sees the last version
/// sent), its signed-off versions, the form's values saved as the form page saves them (<see cref="ReportEntry"/>) and
/// the workflow's steps (<see cref="MoveReport"/>).
/// </summary>
public static class ReportsApi
{
    public sealed record ValueJson(decimal? Number, string? Text = null)
    {
        public static ValueJson? Of(IndicatorValue? value) => value is null ? null : new(value.Number, value.Text);

        public IndicatorValue? ToValue() => Number is null && string.IsNullOrEmpty(Text) ? null : new IndicatorValue(Number, Number is null ? Text : null);
    }

    public sealed record PartJson(string Key, ReportPartKind Kind, string Code, string Label, PartStatus Status, string? AssigneeId, DateOnly? Deadline, bool CanWrite);

    public sealed record DocumentJson(string? Number, DateOnly? Date, string? Signer);

    public sealed record ReportJson(int Request, string Unit, string UnitName, string Issuer, string Period, string Template, ReportStatus Status,
        DateTimeOffset? StatusSince, int? Revision, int? ShownVersion, bool Editable, string? Locked, DocumentJson Document,
        IReadOnlyDictionary<string, ValueJson> Values, IReadOnlyDictionary<string, decimal?> Rates, IReadOnlyDictionary<string, string> Narratives,
        IReadOnlyList<Violation> Violations, IReadOnlyList<PartJson> Parts, IReadOnlyList<ReportTransition> Transitions)
    {
        public static ReportJson Of(ReportContext c) => new(c.RequestId, c.Unit.Code, c.Unit.Name, c.Issuer.Code, c.Request.Period.Code, c.Template.Ref.ToString(),
            c.Status, c.StatusSince, c.Revision, c.ShownVersion, c.IsEditable, c.LockMessage, new(c.Document.Number, c.Document.Date, c.Document.Signer),
            c.Report.Values.OrderBy(v => v.Key, StringComparer.Ordinal).ToDictionary(v => v.Key, v => ValueJson.Of(v.Value)!),
            Derivation.Rates(c.Template, c.Report.Values).ToDictionary(r => r.Key, r => r.Value is { } x ? Math.Round(x, 4) : (decimal?)null),
            c.Report.Narratives.ToDictionary(),
            ReportValidator.Validate(c.Template, c.Report.Values).Violations,
            ReportPart.Of(c.Template).Select(p => Part(c, p)).ToList(),
            ReportWorkflow.Offered(c.Status, c.Access, c.Unit.Code, c.Issuer.Code, c.Tree));

        private static PartJson Part(ReportContext c, ReportPart p)
        {
            var a = c.Assignments.GetValueOrDefault(p.Key);
            return new PartJson(p.Key, p.Kind, p.Code, p.Label, (PartStatus)(a?.Status ?? 0), a?.AssigneeId, a?.Deadline, c.CanWrite(p));
        }
    }

    public sealed record VersionJson(int Number, DateTimeOffset SentAt, string SentBy, string DocumentNumber, DateOnly DocumentDate, string? Signer)
    {
        public static VersionJson Of(WorkflowStore.Version v) => new(v.Number, v.SentAt, v.SentBy, v.DocumentNumber, v.DocumentDate, v.SignerName);
    }

    public sealed record VersionDetailJson(VersionJson Version, IReadOnlyDictionary<string, ValueJson> Values, IReadOnlyDictionary<string, string> Narratives);

    /// <summary>One value as the official saw it when they read it (<see cref="Original"/>) and as they want it (<see cref="Value"/>; null to empty it).</summary>
    public sealed record SubmittedValue(string Key, ValueJson? Original, ValueJson? Value, string? Reason = null);

    /// <summary>Values of one form (its code: "III"), saved field by field: a field someone else changed since <see cref="SubmittedValue.Original"/> is a conflict.</summary>
    public sealed record ValuesInput(string Form, IReadOnlyList<SubmittedValue> Values);

    public sealed record SavedJson(int Changed, IReadOnlyList<string> Keys);

    public sealed record ConflictJson(string Key, ValueJson? Original, ValueJson? Mine, ValueJson? Stored, string? ChangedBy);

    public sealed record TransitionInput(ReportTransition Transition, string? Comment = null, IReadOnlyDictionary<string, string>? Reasons = null,
        string? Number = null, DateOnly? Date = null);

    public sealed record MovedJson(ReportStatus Status);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("", GetAsync).WithSummary("Báo cáo của một đơn vị (cấp trên thấy phiên bản đã gửi gần nhất)");
        group.MapGet("/versions", VersionsAsync).WithSummary("Các phiên bản đã ký gửi");
        group.MapGet("/versions/{number:int}", VersionAsync).WithSummary("Một phiên bản đã ký gửi, với số liệu của nó");
        group.MapPut("/values", SaveValuesAsync).RequireAntiforgeryForCookies()
            .WithSummary("Lưu số liệu của một biểu, như trang nhập biểu: chỉ người được ghi, khi báo cáo còn sửa được");
        group.MapPost("/transitions", MoveAsync).RequireAntiforgeryForCookies()
            .WithSummary("Một bước quy trình: SendToLeader, CallBack, SignOff, Return, Accept, Reopen");
    }

    private static async Task<Result<ReportContext>> LoadAsync(ParReportDbContext db, TimeProvider clock, SignedInUser user, int requestId, string unitCode, CancellationToken cancel) =>
        await ReportContext.LoadAsync(db, clock, await user.ActorAsync(), requestId, unitCode, cancel);

    private static async Task<Results<Ok<ReportJson>, ProblemHttpResult>> GetAsync(int requestId, string unitCode, ParReportDbContext db, TimeProvider clock,
        SignedInUser user, CancellationToken cancel)
    {
        var loaded = await LoadAsync(db, clock, user, requestId, unitCode, cancel);
        return loaded.IsDone ? TypedResults.Ok(ReportJson.Of(loaded.Value!)) : Problems.Of(loaded);
    }

    private static async Task<Results<Ok<IReadOnlyList<VersionJson>>, ProblemHttpResult>> VersionsAsync(int requestId, string unitCode, ParReportDbContext db,
        TimeProvider clock, SignedInUser user, ReportVersions versions, CancellationToken cancel)
    {
        var loaded = await LoadAsync(db, clock, user, requestId, unitCode, cancel);
        if (!loaded.IsDone) return Problems.Of(loaded);
        return TypedResults.Ok<IReadOnlyList<VersionJson>>((await versions.ListAsync(loaded.Value!, cancel)).Select(VersionJson.Of).ToList());
    }

    private static async Task<Results<Ok<VersionDetailJson>, ProblemHttpResult>> VersionAsync(int requestId, string unitCode, int number, ParReportDbContext db,
        TimeProvider clock, SignedInUser user, ReportVersions versions, CancellationToken cancel)
    {
        var loaded = await LoadAsync(db, clock, user, requestId, unitCode, cancel);
        if (!loaded.IsDone) return Problems.Of(loaded);
        var found = await versions.FindAsync(loaded.Value!, number, cancel);
        if (!found.IsDone) return Problems.Of(found);
        var v = found.Value!;
        return TypedResults.Ok(new VersionDetailJson(VersionJson.Of(v),
            v.Report.Values.OrderBy(x => x.Key, StringComparer.Ordinal).ToDictionary(x => x.Key, x => ValueJson.Of(x.Value)!), v.Report.Narratives.ToDictionary()));
    }

    private static async Task<Results<Ok<SavedJson>, ProblemHttpResult>> SaveValuesAsync(int requestId, string unitCode, ValuesInput input, ParReportDbContext db,
        TimeProvider clock, SignedInUser user, ReportEntry entry, CancellationToken cancel)
    {
        var loaded = await LoadAsync(db, clock, user, requestId, unitCode, cancel);
        if (!loaded.IsDone) return Problems.Of(loaded);
        var report = loaded.Value!;
        if (report.Template.FindForm(input.Form ?? "") is not { } form) return Problems.Of(StatusCodes.Status404NotFound, [ApiMessages.UnknownForm(input.Form ?? "")]);
        var part = ReportPart.Find(report.Template, ReportPart.FormKey(form.Code))!;
        var submitted = (input.Values ?? []).Select(v => (v.Key, v.Original?.ToValue(), v.Value?.ToValue())).ToList();
        var reasons = (input.Values ?? []).Where(v => v.Reason is not null).ToDictionary(v => v.Key, v => v.Reason!);
        var result = await entry.SaveValuesAsync(report, part, submitted, reasons, cancel: cancel);
        if (!result.IsDone) return Problems.Of(result);
        var saved = result.Value!;
        if (saved.Conflicts.Count > 0)
            return Problems.Of(StatusCodes.Status409Conflict, [ApiMessages.Conflicts], extensions: new Dictionary<string, object?>
            {
                ["saved"] = saved.Changes.Select(c => c.Key).ToList(),
                ["conflicts"] = saved.Conflicts.Select(c => new ConflictJson(c.Conflict.Key, ValueJson.Of(c.Conflict.Original), ValueJson.Of(c.Conflict.Mine),
                    ValueJson.Of(c.Conflict.Stored), c.LastChange?.UserName)).ToList(),
            });
        return TypedResults.Ok(new SavedJson(saved.Changes.Count, saved.Changes.Select(c => c.Key).ToList()));
    }

    private static async Task<Results<Ok<MovedJson>, ProblemHttpResult>> MoveAsync(int requestId, string unitCode, TransitionInput input, ParReportDbContext db,
        TimeProvider clock, SignedInUser user, MoveReport move, CancellationToken cancel)
    {
        var loaded = await LoadAsync(db, clock, user, requestId, unitCode, cancel);
        if (!loaded.IsDone) return Problems.Of(loaded);
        if (!Enum.IsDefined(input.Transition)) return Problems.Of(StatusCodes.Status400BadRequest);
        var result = await move.RunAsync(loaded.Value!, input.Transition, input.Comment, input.Reasons, cancel, input.Number, input.Date);
        return result.IsDone ? TypedResults.Ok(new MovedJson(result.Value)) : Problems.Of(result);
    }
}
