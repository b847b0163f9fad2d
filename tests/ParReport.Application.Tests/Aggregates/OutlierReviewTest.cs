using ParReport.Application.Aggregates;
using ParReport.Domain.Access;
using ParReport.Domain.Aggregation;
using ParReport.Domain.Organisation;
using ParReport.Domain.Workflow;
using ParReport.Storage;
using static ParReport.Application.Tests.WorkflowWorld;

namespace ParReport.Application.Tests.Aggregates;

/// <summary>
/// Unusual values of a request's units read from the database: a planted value among six communes flagged with its
/// reason, explained by the reviewer for that version only, flagged again when a new version is sent; who may explain.
/// </summary>
public sealed class OutlierReviewTest : IAsyncLifetime
{
    private static readonly string[] Communes = ["tl-1", "tl-2", "tl-3", "tl-4", "tl-5", "tl-6"];
    private WorkflowWorld _world = null!;
    private Actor _reviewer = null!;
    private int _requestId;

    public async ValueTask InitializeAsync()
    {
        _world = await WorkflowWorld.CreateAsync();
        await using (var db = _world.Open())
            Assert.Empty(await new UnitStore(db).ImportAsync(Communes.Select((c, i) => new OrgUnit(c, $"Xã Liêm {i + 1}", UnitLevel.Commune, OtherDistrict)).ToList()));
        _reviewer = await _world.UserAsync(OtherDistrict, Role.Reviewer);
        _requestId = await _world.RequestAsync(OtherDistrict, CommuneTemplate);
        decimal[] resolved = [180, 185, 190, 175, 1132, 188];
        foreach (var (unit, count) in Communes.Zip(resolved)) await _world.SendUpAsync(_requestId, unit, ("III/3.1.1", count), ("III/3.1.2", count));
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    private async Task<IReadOnlyList<OutlierReview.Flag>> FlagsAsync(Actor? actor = null, string? unit = null)
    {
        await using var db = _world.Open();
        var review = new OutlierReview(db, new AggregateQuery(db), _world.Clock);
        var result = await review.ListAsync(actor ?? _reviewer, _requestId, unit);
        Assert.True(result.IsDone, result.Outcome.ToString());
        return result.Value!;
    }

    private async Task<Result<ParReport.Storage.Records.OutlierNoteRecord>> ExplainAsync(Actor actor, string key, string? note)
    {
        await using var db = _world.Open();
        return await new OutlierReview(db, new AggregateQuery(db), _world.Clock).ExplainAsync(actor, _requestId, "tl-5", key, note);
    }

    [Fact]
    public async Task The_planted_value_is_flagged_among_the_sent_reports_and_explained_for_its_version_only()
    {
        var flag = Assert.Single(await FlagsAsync(), f => f.Outlier.Indicator.Key == "III/3.1.1");
        Assert.Equal(("tl-5", OutlierKind.AmongPeers, 1), (flag.Outlier.Unit.Code, flag.Outlier.Kind, flag.Outlier.Version));
        Assert.Equal("Xã Liêm 5: 1.132 hồ sơ, gấp 6,1 lần trung vị 186,5 của 6 xã", flag.Outlier.Reason);
        Assert.False(flag.IsExplained);
        Assert.All(await FlagsAsync(unit: "tl-1"), f => Assert.Equal("tl-1", f.Outlier.Unit.Code));

        Assert.Equal([OutlierMessages.ExplainNeedsNote], (await ExplainAsync(_reviewer, "III/3.1.1", "  ")).Messages);
        Assert.Equal([OutlierMessages.NotFlagged], (await ExplainAsync(_reviewer, "I/1", "Không bất thường")).Messages);
        var explained = await ExplainAsync(_reviewer, "III/3.1.1", "Xã sáp nhập thêm một đơn vị từ tháng 2.");
        Assert.True(explained.IsDone, string.Join(" ", explained.Messages));

        var noted = Assert.Single(await FlagsAsync(), f => f.Outlier.Indicator.Key == "III/3.1.1");
        Assert.True(noted.IsExplained);
        Assert.Equal(("Xã sáp nhập thêm một đơn vị từ tháng 2.", 1), (noted.Note!.Note, noted.Note.Version));

        // Returned and sent again: version 2 is flagged afresh.
        await _world.MovedAsync(_reviewer, _requestId, "tl-5", ReportTransition.Return, "Xem lại số hồ sơ.");
        var (compiler, leader) = (await _world.UserAsync("tl-5", Role.Compiler), await _world.UserAsync("tl-5", Role.Leader));
        await _world.MovedAsync(compiler, _requestId, "tl-5", ReportTransition.SendToLeader);
        await _world.MovedAsync(leader, _requestId, "tl-5", ReportTransition.SignOff);
        var again = Assert.Single(await FlagsAsync(), f => f.Outlier.Indicator.Key == "III/3.1.1");
        Assert.Equal((2, false), (again.Outlier.Version, again.IsExplained));
    }

    [Fact]
    public async Task Only_the_requests_reviewer_explains_and_only_readers_of_the_units_see_the_flags()
    {
        var compiler = await _world.UserAsync(OtherDistrict, Role.Compiler);
        Assert.NotEmpty(await FlagsAsync(compiler));
        Assert.Equal(Outcome.Forbidden, (await ExplainAsync(compiler, "III/3.1.1", "Giải trình")).Outcome);
        Assert.Equal(Outcome.Forbidden, (await ExplainAsync(await _world.UserAsync(District, Role.Reviewer), "III/3.1.1", "Giải trình")).Outcome);

        await using var db = _world.Open();
        var review = new OutlierReview(db, new AggregateQuery(db), _world.Clock);
        Assert.Equal(Outcome.Forbidden, (await review.ListAsync(await _world.UserAsync("tl-1", Role.Compiler), _requestId)).Outcome);
        Assert.Equal(Outcome.Forbidden, (await review.ListAsync(await _world.UserAsync(District, Role.Reviewer), _requestId)).Outcome);
    }
}
