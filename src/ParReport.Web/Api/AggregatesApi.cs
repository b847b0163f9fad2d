using Microsoft.AspNetCore.Http.HttpResults;
using ParReport.Application.Aggregates;
using ParReport.Documents;
using ParReport.Domain.Aggregation;

namespace ParReport.Web.Api;

/// <summary>The upper level's aggregate of a request, the units behind one value, every unit's values as CSV or XLSX, and the unusual values — as on the aggregate page.</summary>
public static class AggregatesApi
{
    /// <summary>One value of the aggregate with the units behind it.</summary>
    public sealed record DrillDownJson(AggregateJson.Value Aggregate, IReadOnlyList<AggregateJson.Behind> Units);

    public sealed record OutlierJson(string Unit, string Name, string Key, string Label, int? Version, OutlierKind Kind, decimal Value, decimal Median,
        int Compared, decimal Score, string Reason, bool Explained, string? Note, string? NotedBy, DateTimeOffset? NotedAt);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/aggregate", AggregateAsync).WithSummary("Số liệu tổng hợp từ báo cáo đã tiếp nhận (sent=true: cả báo cáo đã gửi)");
        group.MapGet("/aggregate/{**key}", DrillDownAsync).WithSummary("Các đơn vị đứng sau một chỉ tiêu của số liệu tổng hợp (key: «III/3.1»)");
        group.MapGet("/values.csv", CsvAsync).WithSummary("Số liệu của mọi đơn vị (đơn vị × chỉ tiêu), CSV").Produces(StatusCodes.Status200OK, contentType: "text/csv");
        group.MapGet("/values.xlsx", XlsxAsync).WithSummary("Số liệu của mọi đơn vị (đơn vị × chỉ tiêu), XLSX").Produces(StatusCodes.Status200OK, contentType: Xlsx);
        group.MapGet("/outliers", OutliersAsync).WithSummary("Các giá trị bất thường của báo cáo các đơn vị (unit: chỉ một đơn vị)");
    }

    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static async Task<Results<Ok<AggregateJson>, ProblemHttpResult>> AggregateAsync(int requestId, bool? sent, SignedInUser user, AggregateQuery aggregates, CancellationToken cancel)
    {
        var result = await aggregates.LoadAsync(await user.ActorAsync(), requestId, sent ?? false, cancel);
        return result.IsDone ? TypedResults.Ok(AggregateJson.Of(result.Value!)) : Problems.Of(result);
    }

    private static async Task<Results<Ok<DrillDownJson>, ProblemHttpResult>> DrillDownAsync(int requestId, string key, bool? sent, SignedInUser user, AggregateQuery aggregates, CancellationToken cancel)
    {
        var result = await aggregates.LoadAsync(await user.ActorAsync(), requestId, sent ?? false, cancel);
        if (!result.IsDone) return Problems.Of(result);
        var view = result.Value!;
        if (view.Template.Find(key) is not { } indicator) return Problems.Of(StatusCodes.Status404NotFound, [ApiMessages.UnknownIndicator(key)]);
        var json = AggregateJson.Of(view);
        return TypedResults.Ok(new DrillDownJson(json.Values.First(v => v.Key == indicator.Key), AggregateJson.BehindOf(view, indicator)));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CsvAsync(int requestId, bool? sent, SignedInUser user, AggregateQuery aggregates, CancellationToken cancel)
    {
        var result = await aggregates.LoadAsync(await user.ActorAsync(), requestId, sent ?? false, cancel);
        if (!result.IsDone) return Problems.Of(result);
        var view = result.Value!;
        return TypedResults.File(AggregateTable.Csv(view.Template, view.Units, view.Values), "text/csv; charset=utf-8", view.FileName("csv"));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> XlsxAsync(int requestId, bool? sent, SignedInUser user, AggregateQuery aggregates, CancellationToken cancel)
    {
        var result = await aggregates.LoadAsync(await user.ActorAsync(), requestId, sent ?? false, cancel);
        if (!result.IsDone) return Problems.Of(result);
        var view = result.Value!;
        return TypedResults.File(AggregateTable.Xlsx(view.Template, view.Units, view.Values), Xlsx, view.FileName("xlsx"));
    }

    private static async Task<Results<Ok<IReadOnlyList<OutlierJson>>, ProblemHttpResult>> OutliersAsync(int requestId, string? unit, SignedInUser user, OutlierReview outliers, CancellationToken cancel)
    {
        var result = await outliers.ListAsync(await user.ActorAsync(), requestId, unit, cancel);
        if (!result.IsDone) return Problems.Of(result);
        return TypedResults.Ok<IReadOnlyList<OutlierJson>>(result.Value!.Select(f => new OutlierJson(f.Outlier.Unit.Code, f.Outlier.Unit.Name, f.Outlier.Indicator.Key,
            f.Outlier.Indicator.Label, f.Outlier.Version, f.Outlier.Kind, f.Outlier.Value, f.Outlier.Median, f.Outlier.Compared, Math.Round(f.Outlier.Score, 2),
            f.Outlier.Reason, f.IsExplained, f.Note?.Note, f.Note?.FullName, f.Note?.At)).ToList());
    }
}
