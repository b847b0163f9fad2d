using ParReport.Application.Reports;
using Microsoft.EntityFrameworkCore;
using ParReport.Application.Requests;
using ParReport.Domain.Access;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Workflow;
using ParReport.Storage;
using static ParReport.Application.Tests.WorkflowWorld;

namespace ParReport.Application.Tests.Requests;

/// <summary>The upper level's board of a request on a three-level and a two-level hierarchy, and the units expected to answer it.</summary>
public sealed class RequestBoardQueryTest : IAsyncLifetime
{
    private WorkflowWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await WorkflowWorld.CreateAsync();

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    private async Task<RequestBoardQuery.View> BoardAsync(int requestId, Actor? actor = null)
    {
        await using var db = _world.Open();
        var board = await new RequestBoardQuery(db, _world.Clock).LoadAsync(actor, requestId);
        Assert.True(board.IsDone, board.Outcome.ToString());
        return board.Value!;
    }

    private async Task<(Actor Compiler, Actor Leader)> OfficialsAsync(string unit) =>
        (await _world.UserAsync(unit, Role.Compiler), await _world.UserAsync(unit, Role.Leader));

    [Fact]
    public async Task On_three_levels_the_districts_board_counts_its_four_communes_two_sent_one_late_one_returned_one_silent()
    {
        var reviewer = await _world.UserAsync(District, Role.Reviewer);
        var requestId = await _world.RequestAsync(District, CommuneTemplate, deadlineHour: new TimeOnly(17, 0));
        var deadline = VietnamTime.At(DeadlineDay, new TimeOnly(17, 0));
        var (baSao, baSaoLeader) = await OfficialsAsync(BaSao);
        var (tanSon, tanSonLeader) = await OfficialsAsync(TanSon);
        var (thuySon, thuySonLeader) = await OfficialsAsync(ThuySon);
        // Another district's commune answers its own district: never on this board.
        var (thanhHa, thanhHaLeader) = await OfficialsAsync(ThanhHa);
        var otherRequest = await _world.RequestAsync(OtherDistrict, CommuneTemplate);

        await _world.SendUpAsync(baSao, baSaoLeader, requestId, BaSao);
        await _world.SendUpAsync(thuySon, thuySonLeader, requestId, ThuySon);
        await _world.MovedAsync(reviewer, requestId, ThuySon, ReportTransition.Return, comment: "Thiếu số liệu biểu V.");
        await _world.SendUpAsync(thanhHa, thanhHaLeader, otherRequest, ThanhHa);
        // Tân Sơn signs off at 17:00:01, one second after the deadline.
        _world.Clock.SetUtcNow(deadline.AddSeconds(1));
        await _world.SendUpAsync(tanSon, tanSonLeader, requestId, TanSon);
        _world.Clock.Advance(TimeSpan.FromDays(1));

        var view = await BoardAsync(requestId, reviewer);

        var board = view.Board;
        Assert.Equal(District, view.Issuer.Code);
        Assert.Equal((4, 2, 1), (board.Expected, board.Sent, board.SentOnTime));
        Assert.Equal((0.5m, 0.25m), (board.Completeness, board.TimelinessRate));
        var rows = board.Rows.ToDictionary(r => r.Unit.Code);
        Assert.Equal([BaSao, DaiCuong, TanSon, ThuySon], rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((ReportStatus.Sent, TimelinessKind.OnTime), (rows[BaSao].Progress.Status, rows[BaSao].Timeliness.Kind));
        Assert.Equal((ReportStatus.Sent, new Timeliness(TimelinessKind.Late, 1)), (rows[TanSon].Progress.Status, rows[TanSon].Timeliness));
        Assert.Equal(deadline.AddSeconds(1), rows[TanSon].Progress.FirstSent);
        Assert.Equal((ReportStatus.Returned, 1, false), (rows[ThuySon].Progress.Status, rows[ThuySon].Progress.Returns, rows[ThuySon].IsSent));
        Assert.Equal(new Timeliness(TimelinessKind.Overdue, 2), rows[ThuySon].Timeliness);
        Assert.Equal((false, new Timeliness(TimelinessKind.Overdue, 2)), (rows[DaiCuong].Started, rows[DaiCuong].Timeliness));
        // The province sees the district's board; a commune does not.
        Assert.Equal(4, (await BoardAsync(requestId, await _world.UserAsync(Province, Role.Reviewer))).Board.Expected);
        await using var db = _world.Open();
        Assert.Equal(Outcome.Forbidden, (await new RequestBoardQuery(db, _world.Clock).LoadAsync(baSao, requestId)).Outcome);
    }

    [Fact]
    public async Task On_two_levels_the_provinces_board_counts_the_communes_directly_below_it()
    {
        var requestId = await _world.RequestAsync(FlatProvince, CommuneTemplate);
        var (kinhBac, kinhBacLeader) = await OfficialsAsync(KinhBac);
        await _world.SendUpAsync(kinhBac, kinhBacLeader, requestId, KinhBac);
        // Vũ Ninh has started but not sent.
        await _world.FillAsync(await _world.UserAsync(VuNinh, Role.Compiler), requestId, VuNinh);
        await _world.MovedAsync(await _world.UserAsync(FlatProvince, Role.Reviewer), requestId, KinhBac, ReportTransition.Accept);

        var board = (await BoardAsync(requestId)).Board;

        // In Vietnamese order: Đ before K.
        Assert.Equal([DaiPhuc, KinhBac, VuNinh], board.Rows.Select(r => r.Unit.Code));
        Assert.Equal((3, 1, 1), (board.Expected, board.Sent, board.SentOnTime));
        Assert.Equal(1m / 3, board.Completeness);
        var rows = board.Rows.ToDictionary(r => r.Unit.Code);
        Assert.Equal((ReportStatus.Accepted, true), (rows[KinhBac].Progress.Status, rows[KinhBac].IsSent));
        Assert.Equal((ReportStatus.Draft, true, TimelinessKind.Pending), (rows[VuNinh].Progress.Status, rows[VuNinh].Started, rows[VuNinh].Timeliness.Kind));
        Assert.False(rows[DaiPhuc].Started);
    }

    [Fact]
    public async Task A_unit_added_under_the_issuer_after_the_request_changes_neither_the_units_expected_nor_the_completeness()
    {
        var requestId = await _world.RequestAsync(District, CommuneTemplate);
        var (baSao, baSaoLeader) = await OfficialsAsync(BaSao);
        await _world.SendUpAsync(baSao, baSaoLeader, requestId, BaSao);
        await using (var db = _world.Open())
            Assert.Empty(await new UnitStore(db).ImportAsync([new OrgUnit("kim-bang-tuong-linh", "Xã Tượng Lĩnh", UnitLevel.Commune, District)]));
        // The new commune was not asked: it has no report to answer with.
        var (tuongLinh, _) = await OfficialsAsync("kim-bang-tuong-linh");
        await using var read = _world.Open();
        Assert.Equal(Outcome.NotFound, (await ReportContext.LoadAsync(read, _world.Clock, tuongLinh, requestId, "kim-bang-tuong-linh", default)).Outcome);

        Assert.Equal(DistrictCommunes.Order(StringComparer.Ordinal), (await new WorkflowStore(read, _world.Clock).ExpectedUnitsAsync(requestId)).Order(StringComparer.Ordinal));
        var board = (await BoardAsync(requestId)).Board;
        Assert.Equal((4, 1, 0.25m), (board.Expected, board.Sent, board.Completeness));
        Assert.DoesNotContain(board.Rows, r => r.Unit.Code == "kim-bang-tuong-linh");
    }

    [Fact]
    public async Task A_unit_moved_to_another_district_after_the_request_still_answers_it_and_is_reviewed_by_the_district_that_asked()
    {
        var reviewer = await _world.UserAsync(District, Role.Reviewer);
        var requestId = await _world.RequestAsync(District, CommuneTemplate);
        var (baSao, baSaoLeader) = await OfficialsAsync(BaSao);
        var (tanSon, _) = await OfficialsAsync(TanSon);
        await _world.SendUpAsync(baSao, baSaoLeader, requestId, BaSao);
        await using (var db = _world.Open())
        {
            var units = await db.Units.AsNoTracking().Where(u => u.Code == BaSao || u.Code == TanSon).ToListAsync();
            Assert.Empty(await new UnitStore(db).ImportAsync(units.Select(u => new OrgUnit(u.Code, u.Name, UnitLevel.Commune, OtherDistrict)).ToList()));
        }

        // Its own compiler still opens its report, and the district that asked still accepts it.
        await using (var db = _world.Open())
            Assert.True((await ReportContext.LoadAsync(db, _world.Clock, tanSon, requestId, TanSon, default)).IsDone);
        Assert.Equal(ReportStatus.Accepted, (await _world.MoveAsync(reviewer, requestId, BaSao, ReportTransition.Accept)).Value);
        var board = (await BoardAsync(requestId, reviewer)).Board;
        Assert.Equal((4, 1), (board.Expected, board.Sent));
    }

    [Fact]
    public async Task The_issuer_adds_and_removes_units_expected_only_with_a_reason_kept_with_who_and_when()
    {
        var requestId = await _world.RequestAsync(District, CommuneTemplate);
        var compiler = await _world.UserAsync(District, Role.Compiler);
        await using (var db = _world.Open())
            Assert.Empty(await new UnitStore(db).ImportAsync([new OrgUnit("kim-bang-tuong-linh", "Xã Tượng Lĩnh", UnitLevel.Commune, District)]));
        async Task<Result<bool>> SetAsync(Actor actor, string unit, bool expected, string? reason)
        {
            await using var db = _world.Open();
            return await new RequestBoardQuery(db, _world.Clock).SetExpectedAsync(actor, requestId, unit, expected, reason);
        }

        var refused = await SetAsync(compiler, "kim-bang-tuong-linh", true, "   ");
        Assert.Equal((Outcome.Refused, RequestMessages.ReasonNeeded), (refused.Outcome, Assert.Single(refused.Messages)));
        Assert.Equal(Outcome.Forbidden, (await SetAsync(await _world.UserAsync(BaSao, Role.Compiler), DaiCuong, false, "Sáp nhập.")).Outcome);
        Assert.Equal(Outcome.Forbidden, (await SetAsync(await _world.UserAsync(District, Role.Leader), DaiCuong, false, "Sáp nhập.")).Outcome);
        var notBelow = await SetAsync(compiler, ThanhHa, true, "Nhầm huyện.");
        Assert.Equal((Outcome.Refused, "Xã Thanh Hà không trực thuộc Huyện Kim Bảng."), (notBelow.Outcome, Assert.Single(notBelow.Messages)));
        Assert.Equal(4, (await BoardAsync(requestId)).Board.Expected);

        _world.Clock.Advance(TimeSpan.FromHours(3));
        Assert.True((await SetAsync(compiler, "kim-bang-tuong-linh", true, "Xã mới thành lập từ 01/3/2024, đề nghị báo cáo.")).IsDone);
        Assert.True((await SetAsync(compiler, DaiCuong, false, "Sáp nhập vào Xã Ba Sao.")).IsDone);

        var board = (await BoardAsync(requestId)).Board;
        Assert.Equal([BaSao, TanSon, ThuySon, "kim-bang-tuong-linh"], board.Rows.Select(r => r.Unit.Code).Order(StringComparer.Ordinal));
        await using var read = _world.Open();
        var removed = await read.RequestUnits.AsNoTracking().SingleAsync(u => u.RequestId == requestId && u.Unit.Code == DaiCuong);
        Assert.Equal((true, "Sáp nhập vào Xã Ba Sao.", compiler.UserName, _world.Clock.GetUtcNow()), (removed.Removed, removed.Reason, removed.ChangedBy, removed.ChangedAt));
        var added = await read.RequestUnits.AsNoTracking().SingleAsync(u => u.RequestId == requestId && u.Unit.Code == "kim-bang-tuong-linh");
        Assert.Equal((false, "Xã mới thành lập từ 01/3/2024, đề nghị báo cáo."), (added.Removed, added.Reason));

        // Put back, it counts again.
        Assert.True((await SetAsync(compiler, DaiCuong, true, "Chưa sáp nhập trong kỳ báo cáo.")).IsDone);
        Assert.Equal(5, (await BoardAsync(requestId)).Board.Expected);
    }
}
