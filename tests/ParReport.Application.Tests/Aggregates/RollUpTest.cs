using System.Collections.Immutable;
using ParReport.Application.Aggregates;
using ParReport.Application.Requests;
using ParReport.Domain.Access;
using ParReport.Domain.Aggregation;
using ParReport.Domain.Reports;
using ParReport.Domain.Workflow;
using ParReport.Storage;
using static ParReport.Application.Tests.WorkflowWorld;

namespace ParReport.Application.Tests.Aggregates;

/// <summary>
/// A unit's roll-up over every unit below it: the province of three levels sums its communes through its districts'
/// requests, which is the same as summing its districts' roll-ups; only accepted versions unless sent ones are asked;
/// read by those who read the unit's aggregate.
/// </summary>
public sealed class RollUpTest : IAsyncLifetime
{
    private WorkflowWorld _world = null!;
    private int _kimBang;
    private int _thanhLiem;

    public async ValueTask InitializeAsync()
    {
        _world = await WorkflowWorld.CreateAsync();
        _kimBang = await _world.RequestAsync(District, CommuneTemplate);
        _thanhLiem = await _world.RequestAsync(OtherDistrict, CommuneTemplate);
        var kimBang = await _world.UserAsync(District, Role.Reviewer);
        var thanhLiem = await _world.UserAsync(OtherDistrict, Role.Reviewer);
        foreach (var (request, reviewer, unit, resolved, onTime) in new[]
                 {
                     (_kimBang, kimBang, BaSao, 100m, 90m), (_kimBang, kimBang, TanSon, 300m, 297m), (_kimBang, kimBang, ThuySon, 50m, 10m),
                     (_thanhLiem, thanhLiem, ThanhHa, 80m, 80m),
                 })
        {
            await _world.SendUpAsync(request, unit, ("III/3.1.1", resolved), ("III/3.1.2", onTime));
            if (unit != ThuySon) await _world.MovedAsync(reviewer, request, unit, ReportTransition.Accept);
        }
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    private async Task<Result<AggregateQuery.RollUpView>> RollUpAsync(Actor? actor, string? unit, bool includeSent = false)
    {
        await using var db = _world.Open();
        return await new AggregateQuery(db).RollUpAsync(actor, unit, QuarterOne, CommuneTemplate.Id, includeSent);
    }

    private async Task<AggregateQuery.RollUpView> RolledUpAsync(string? unit, bool includeSent = false)
    {
        var result = await RollUpAsync(null, unit, includeSent);
        Assert.True(result.IsDone, result.Outcome.ToString());
        return result.Value!;
    }

    [Fact]
    public async Task The_province_rolls_up_every_commune_below_its_districts_from_their_accepted_versions()
    {
        var province = await RolledUpAsync(Province);

        Assert.Equal(new[] { BaSao, DaiCuong, TanSon, ThanhHa, ThuySon }, province.Units.Select(u => u.Unit.Code));
        Assert.Equal(480, province.Find("III/3.1.1")!.Sum);
        // (90 + 297 + 80) / 480: recomputed from the sums.
        Assert.Equal(467m / 480 * 100, province.Find("III/3.1")!.Rate);
        Assert.Equal("thiếu 2/5 xã: Xã Đại Cương, Xã Thụy Sơn", AggregationMessages.Missing(province.Find("III/3.1.1")!));
        Assert.Equal("Tỉnh Hà Nam", province.Name);

        var withSent = await RolledUpAsync(Province, includeSent: true);
        Assert.Equal(530, withSent.Find("III/3.1.1")!.Sum);
        Assert.Contains("Xã Thụy Sơn (phiên bản 1, chưa tiếp nhận)", withSent.MadeOf);
    }

    [Fact]
    public async Task The_roll_up_of_the_top_equals_the_aggregate_of_the_districts_roll_ups_and_of_the_communes_directly()
    {
        var province = await RolledUpAsync(Province);
        var districts = new[] { await RolledUpAsync(District), await RolledUpAsync(OtherDistrict) };
        Assert.Equal(400, districts[0].Find("III/3.1.1")!.Sum);

        // Each district's roll-up as the district's own figures, then aggregated once more.
        var ofDistricts = Aggregate.Of(province.Template, districts.Select(d => new UnitReport(d.Unit!,
            new Report(d.Unit!.Code, QuarterOne, province.Template.Ref, Aggregate.Sums(d.Template, d.Units), ImmutableDictionary<string, string>.Empty), 1, true)).ToList());
        var direct = Aggregate.Of(province.Template, province.Units);
        foreach (var value in province.Values)
        {
            var (viaDistricts, viaCommunes) = (ofDistricts.Single(v => v.Indicator.Key == value.Indicator.Key), direct.Single(v => v.Indicator.Key == value.Indicator.Key));
            Assert.Equal((value.Sum, value.Rate), (viaDistricts.Sum, viaDistricts.Rate));
            Assert.Equal((value.Sum, value.Rate, value.Reported), (viaCommunes.Sum, viaCommunes.Rate, viaCommunes.Reported));
        }
        // The whole country: the same communes, the province's flat neighbour asked nothing of this template.
        var nation = await RolledUpAsync(null);
        Assert.Equal(province.Values.Select(v => (v.Sum, v.Rate)), nation.Values.Select(v => (v.Sum, v.Rate)));
        Assert.Equal(AggregationMessages.Nation, nation.Name);
    }

    [Fact]
    public async Task A_roll_up_read_again_follows_an_acceptance_a_unit_taken_out_of_a_request_and_a_renamed_unit()
    {
        Assert.Equal(480, (await RolledUpAsync(Province)).Find("III/3.1.1")!.Sum);
        Assert.Equal(480, (await RolledUpAsync(null)).Find("III/3.1.1")!.Sum);

        await _world.MovedAsync(await _world.UserAsync(District, Role.Reviewer), _kimBang, ThuySon, ReportTransition.Accept);
        Assert.Equal(530, (await RolledUpAsync(Province)).Find("III/3.1.1")!.Sum);
        Assert.Equal(530, (await RolledUpAsync(null)).Find("III/3.1.1")!.Sum);

        await using (var db = _world.Open())
            Assert.True((await new RequestBoardQuery(db, TimeProvider.System).SetExpectedAsync(await _world.UserAsync(District, Role.Compiler), _kimBang, DaiCuong, false, "Đã sáp nhập")).IsDone);
        var taken = await RolledUpAsync(Province);
        Assert.DoesNotContain(taken.Units, u => u.Unit.Code == DaiCuong);
        Assert.Null(AggregationMessages.Missing(taken.Find("III/3.1.1")!));

        await using (var db = _world.Open())
            Assert.Empty(await new UnitStore(db).ImportAsync([Units.Single(u => u.Code == ThanhHa) with { Name = "Xã Thanh Hà Mới" }]));
        var renamed = await RolledUpAsync(null);
        Assert.Contains("Xã Thanh Hà Mới (phiên bản 1)", renamed.MadeOf);
        Assert.Equal(4, renamed.Units.Count);
    }

    [Theory]
    [InlineData(Province, Role.Reviewer, Province, Outcome.Done)]
    [InlineData(Province, Role.Leader, District, Outcome.Done)]
    [InlineData(District, Role.Compiler, District, Outcome.Done)]
    [InlineData(District, Role.Reviewer, Province, Outcome.Forbidden)]
    [InlineData(OtherDistrict, Role.Reviewer, District, Outcome.Forbidden)]
    [InlineData(District, Role.Contributor, District, Outcome.Forbidden)]
    [InlineData(Province, Role.Reviewer, null, Outcome.Forbidden)]
    [InlineData(Province, Role.Reviewer, "khong-co", Outcome.NotFound)]
    public async Task The_roll_up_is_read_by_those_who_read_the_units_aggregate(string unit, Role role, string? rolledUp, Outcome outcome)
    {
        var actor = await _world.UserAsync(unit, role);
        Assert.Equal(outcome, (await RollUpAsync(actor, rolledUp)).Outcome);
    }

    [Fact]
    public async Task Nothing_asked_of_the_units_below_is_not_found()
    {
        Assert.Equal(Outcome.NotFound, (await RollUpAsync(null, FlatProvince)).Outcome);
        await using var db = _world.Open();
        Assert.Equal(Outcome.NotFound, (await new AggregateQuery(db).RollUpAsync(null, Province, QuarterOne.Previous, CommuneTemplate.Id)).Outcome);
    }
}
