using Microsoft.AspNetCore.Http.HttpResults;
using ParReport.Application.Registers;
using ParReport.Domain.Registers;

namespace ParReport.Web.Api;

/// <summary>A unit's register read, and a row added to it, as its page does (<see cref="KeepRegisters"/>).</summary>
public static class RegistersApi
{
    /// <summary>A stored row: its cells in their stored form by column id (dates yyyy-MM-dd, numbers invariant, flags "1"/"0").</summary>
    public sealed record RowJson(int Id, int Version, IReadOnlyDictionary<string, string> Cells, string UpdatedBy, DateTimeOffset UpdatedAt, string? FileName);

    public sealed record RegisterJson(string Unit, string Register, string Name, IReadOnlyList<RowJson> Rows);

    /// <summary>A row's cells as typed, by column id ("issued": "03/01/2024", "cchc": "Có").</summary>
    public sealed record RowInput(IReadOnlyDictionary<string, string?> Cells);

    public sealed record AddedJson(int Id);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("", RowsAsync).WithSummary("Các dòng của một sổ của đơn vị (documents, plan-tasks, assigned-tasks, inspections, procedures, staffing)");
        group.MapPost("", AddAsync).RequireAntiforgeryForCookies()
            .WithSummary("Thêm một dòng vào sổ, như trang sổ: cán bộ tổng hợp, chuyên môn của đơn vị; lỗi theo cột trong «errors»");
    }

    private static async Task<Results<Ok<RegisterJson>, ProblemHttpResult>> RowsAsync(string unitCode, string registerId, SignedInUser user, KeepRegisters keep,
        CancellationToken cancel)
    {
        var rows = await keep.RowsAsync(await user.ActorAsync(), unitCode, registerId, cancel);
        if (!rows.IsDone) return Problems.Of(rows);
        return TypedResults.Ok(new RegisterJson(unitCode, registerId, RegisterCatalog.Get(registerId).Name,
            rows.Value!.Select(r => new RowJson(r.Row.Id, r.Version, r.Row.Cells, r.UpdatedBy, r.UpdatedAt, r.FileName)).ToList()));
    }

    private static async Task<Results<Created<AddedJson>, ProblemHttpResult>> AddAsync(string unitCode, string registerId, RowInput input, SignedInUser user,
        KeepRegisters keep, CancellationToken cancel)
    {
        var added = await keep.SaveAsync(await user.ActorAsync(), unitCode, registerId, input.Cells ?? new Dictionary<string, string?>(), cancel: cancel);
        if (!added.IsDone) return Problems.Of(added);
        return TypedResults.Created($"{ApiRoutes.Prefix}/units/{unitCode}/registers/{registerId}#{added.Value}", new AddedJson(added.Value));
    }
}
