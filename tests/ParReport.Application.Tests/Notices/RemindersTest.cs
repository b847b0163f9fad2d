using ParReport.Application.Notices;
using ParReport.Domain.Access;
using ParReport.Domain.Periods;
using ParReport.Storage;
using static ParReport.Application.Tests.WorkflowWorld;

namespace ParReport.Application.Tests.Notices;

/// <summary>Reminders before and after a deadline of 17:00 on 20/03/2024 with three reminder days, on a fake clock.</summary>
public sealed class RemindersTest : IAsyncLifetime
{
    private static readonly DateTimeOffset Deadline = VietnamTime.At(DeadlineDay, new TimeOnly(17, 0));
    private WorkflowWorld _world = null!;
    private int _requestId;
    private Actor _sentCompiler = null!, _compiler = null!, _leader = null!, _contributor = null!, _lonelyCompiler = null!;

    public async ValueTask InitializeAsync()
    {
        _world = await WorkflowWorld.CreateAsync();
        // Ba Sao will have sent; Tân Sơn has a compiler, a leader and a contributor; Thụy Sơn only a compiler; Đại Cương nobody.
        _sentCompiler = await _world.UserAsync(BaSao, Role.Compiler);
        var sentLeader = await _world.UserAsync(BaSao, Role.Leader);
        _compiler = await _world.UserAsync(TanSon, Role.Compiler);
        _leader = await _world.UserAsync(TanSon, Role.Leader);
        _contributor = await _world.UserAsync(TanSon, Role.Contributor);
        _lonelyCompiler = await _world.UserAsync(ThuySon, Role.Compiler);
        await _world.UserAsync(District, Role.Reviewer);
        _requestId = await _world.RequestAsync(District, CommuneTemplate, deadlineHour: new TimeOnly(17, 0), reminderDays: 3);
        await _world.SendUpAsync(_sentCompiler, sentLeader, _requestId, BaSao);
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    private async Task<int> RunAsync(DateTimeOffset? at = null)
    {
        if (at is { } now) _world.Clock.SetUtcNow(now);
        await using var db = _world.Open();
        return await new Reminders(db, _world.Clock).RunAsync();
    }

    private string[] Reminded => [_compiler.Access.UserId, _leader.Access.UserId, _lonelyCompiler.Access.UserId];

    [Fact]
    public async Task Four_days_before_the_deadline_nobody_is_reminded()
    {
        Assert.Equal(0, await RunAsync(Deadline.AddDays(-4)));
        // Three days and a minute are more than three days.
        Assert.Equal(0, await RunAsync(Deadline.AddDays(-3).AddMinutes(-1)));
        Assert.Empty(await _world.NoticesAsync("due:"));
    }

    [Fact]
    public async Task Three_days_before_each_compiler_and_leader_of_each_unit_that_has_not_sent_is_reminded_once()
    {
        Assert.Equal(3, await RunAsync(Deadline.AddDays(-3)));

        var due = await _world.NoticesAsync("due:");
        Assert.Equal(Reminded.Order(), due.Select(n => n.UserId).Order());
        var toTanSon = due.Single(n => n.UserId == _compiler.Access.UserId);
        Assert.Equal($"due:{_requestId}:{TanSon}", toTanSon.Key);
        Assert.Equal("Báo cáo quý I năm 2024 của Xã Tân Sơn đến hạn nộp 17 giờ 00 ngày 20/03/2024 (còn 3 ngày) mà chưa gửi.", toTanSon.Text);
        Assert.Equal($"/Reports/View/{_requestId}/{TanSon}", toTanSon.Url);
        Assert.Equal(_world.Clock.GetUtcNow(), toTanSon.At);

        // Again the same day, later that day, the next day: no second reminder.
        Assert.Equal(0, await RunAsync());
        Assert.Equal(0, await RunAsync(Deadline.AddDays(-3).AddHours(2)));
        Assert.Equal(0, await RunAsync(Deadline.AddDays(-2)));
        Assert.Equal(3, (await _world.NoticesAsync("due:")).Count);
    }

    [Fact]
    public async Task After_the_deadline_each_unit_that_has_not_sent_is_reminded_once_a_day_with_the_days_overdue()
    {
        Assert.Equal(3, await RunAsync(Deadline.AddMinutes(1)));
        Assert.Equal(0, await RunAsync(Deadline.AddHours(2)));
        Assert.Equal(3, await RunAsync(Deadline.AddDays(1).AddMinutes(1)));
        Assert.Equal(0, await RunAsync());

        var overdue = await _world.NoticesAsync("overdue:");
        Assert.Equal(6, overdue.Count);
        Assert.All(Reminded, user => Assert.Equal(2, overdue.Count(n => n.UserId == user)));
        var toThuySon = overdue.Where(n => n.UserId == _lonelyCompiler.Access.UserId).ToList();
        Assert.Equal([$"overdue:{_requestId}:{ThuySon}:20240320", $"overdue:{_requestId}:{ThuySon}:20240321"], toThuySon.Select(n => n.Key));
        Assert.Equal(
        [
            "Báo cáo quý I năm 2024 của Xã Thụy Sơn đã quá hạn 1 ngày (hạn 17 giờ 00 ngày 20/03/2024) mà chưa gửi.",
            "Báo cáo quý I năm 2024 của Xã Thụy Sơn đã quá hạn 2 ngày (hạn 17 giờ 00 ngày 20/03/2024) mà chưa gửi.",
        ], toThuySon.Select(n => n.Text));
    }

    [Fact]
    public async Task Notices_are_counted_until_read_and_the_contributor_and_the_unit_that_sent_get_no_reminder()
    {
        await RunAsync(Deadline.AddDays(-3));
        await RunAsync(Deadline.AddMinutes(1));
        await RunAsync(Deadline.AddDays(1).AddMinutes(1));

        await using var db = _world.Open();
        var notices = new NoticeStore(db, _world.Clock);
        // The request, the reminder and two overdue notices.
        Assert.Equal(4, await notices.UnreadAsync(_compiler.Access.UserId));
        Assert.Equal(0, await notices.UnreadAsync(_contributor.Access.UserId));
        Assert.DoesNotContain(await notices.ListAsync(_sentCompiler.Access.UserId), n => n.Key.StartsWith("due:") || n.Key.StartsWith("overdue:"));

        _world.Clock.Advance(TimeSpan.FromMinutes(5));
        await notices.MarkReadAsync(_compiler.Access.UserId);

        Assert.Equal(0, await notices.UnreadAsync(_compiler.Access.UserId));
        var listed = await notices.ListAsync(_compiler.Access.UserId);
        Assert.Equal(4, listed.Count);
        Assert.All(listed, n => Assert.Equal(_world.Clock.GetUtcNow(), n.ReadAt));
        Assert.StartsWith("overdue:", listed[0].Key);
        // Someone else's notices stay unread.
        Assert.Equal(4, await notices.UnreadAsync(_leader.Access.UserId));
    }
}
