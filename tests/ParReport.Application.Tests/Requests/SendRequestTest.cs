using Microsoft.EntityFrameworkCore;
using ParReport.Application.Notices;
using ParReport.Application.Requests;
using ParReport.Domain.Access;
using ParReport.Domain.Templates;
using ParReport.Storage;
using static ParReport.Application.Tests.WorkflowWorld;

namespace ParReport.Application.Tests.Requests;

/// <summary>An upper level asking the units below it for quý I 2024.</summary>
public sealed class SendRequestTest : IAsyncLifetime
{
    private static readonly RequestInput Input = new(QuarterOne, TemplateCatalog.BuiltIn.Get(CommuneTemplate), null, DeadlineDay, null, "125/UBND-NV", new DateOnly(2024, 3, 1));
    private WorkflowWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await WorkflowWorld.CreateAsync();

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    private async Task<Result<int>> SendAsync(Actor actor, string issuer, RequestInput input)
    {
        await using var db = _world.Open();
        return await new SendRequest(db, _world.Clock).RunAsync(actor, issuer, input);
    }

    [Fact]
    public async Task A_request_fixes_the_units_below_the_issuer_and_tells_each_ones_compiler_and_leader()
    {
        var compiler = await _world.UserAsync(BaSao, Role.Compiler);
        var leader = await _world.UserAsync(BaSao, Role.Leader);
        var contributor = await _world.UserAsync(BaSao, Role.Contributor);
        var otherCompiler = await _world.UserAsync(TanSon, Role.Compiler);

        var sent = await SendAsync(await _world.UserAsync(District, Role.Compiler), District, Input);

        Assert.True(sent.IsDone);
        await using var db = _world.Open();
        Assert.Equal(DistrictCommunes.Order(StringComparer.Ordinal), (await new WorkflowStore(db, _world.Clock).ExpectedUnitsAsync(sent.Value)).Order(StringComparer.Ordinal));
        var request = await new ReportStore(db).RequestAsync(sent.Value);
        Assert.Equal(("125/UBND-NV", _world.Clock.GetUtcNow()), (request.Document!.Number, await db.Requests.Where(r => r.Id == sent.Value).Select(r => r.SentAt).SingleAsync()));
        var notices = await _world.NoticesAsync("request:");
        Assert.Equal(new[] { compiler, leader, otherCompiler }.Select(a => a.Access.UserId).Order(), notices.Select(n => n.UserId).Order());
        Assert.DoesNotContain(notices, n => n.UserId == contributor.Access.UserId);
        var toBaSao = notices.First(n => n.UserId == compiler.Access.UserId);
        Assert.Equal((NoticeMessages.RequestSent(request, "Huyện Kim Bảng"), $"request:{sent.Value}:{BaSao}", $"/Reports/View/{sent.Value}/{BaSao}"), (toBaSao.Text, toBaSao.Key, toBaSao.Url));
        Assert.Contains("hạn nộp 20/03/2024", toBaSao.Text);
    }

    [Fact]
    public async Task Asking_twice_for_the_same_period_is_a_conflict_and_stores_nothing_more()
    {
        var reviewer = await _world.UserAsync(District, Role.Reviewer);
        Assert.True((await SendAsync(reviewer, District, Input)).IsDone);

        var again = await SendAsync(reviewer, District, Input with { DeadlineHour = new TimeOnly(10, 0) });

        Assert.Equal((Outcome.Conflict, RequestMessages.Exists("Huyện Kim Bảng", QuarterOne)), (again.Outcome, Assert.Single(again.Messages)));
        await using var db = _world.Open();
        Assert.Equal(1, await db.Requests.CountAsync());
        Assert.Equal(4, await db.RequestUnits.CountAsync());
    }

    [Fact]
    public async Task Only_the_issuers_compiler_reviewer_or_admin_may_ask_and_only_units_with_units_below()
    {
        Assert.Equal(Outcome.Forbidden, (await SendAsync(await _world.UserAsync(District, Role.Leader), District, Input)).Outcome);
        Assert.Equal(Outcome.Forbidden, (await SendAsync(await _world.UserAsync(OtherDistrict, Role.Compiler), District, Input)).Outcome);
        Assert.Equal(Outcome.Forbidden, (await SendAsync(await _world.UserAsync(BaSao, Role.Compiler), BaSao, Input)).Outcome);
        Assert.True((await SendAsync(await _world.UserAsync(District, Role.Admin), District, Input)).IsDone);
    }

    [Fact]
    public async Task A_request_that_does_not_make_sense_is_refused_with_every_problem_and_not_stored()
    {
        var compiler = await _world.UserAsync(District, Role.Compiler);

        var refused = await SendAsync(compiler, District, Input with { LetterDate = null, ReminderDays = 31, Template = TemplateCatalog.BuiltIn.Get(DistrictTemplate) });

        Assert.Equal(Outcome.Refused, refused.Outcome);
        Assert.Equal(3, refused.Messages.Count);
        Assert.Contains(RequestMessages.LetterNeedsNumberAndDate, refused.Messages);
        Assert.Contains(RequestMessages.BadReminderDays(SendRequest.MaxReminderDays), refused.Messages);
        Assert.Contains(refused.Messages, m => m.Contains("các đơn vị trực thuộc là cấp xã", StringComparison.Ordinal));
        await using var db = _world.Open();
        Assert.False(await db.Requests.AnyAsync());
        Assert.Empty(await _world.NoticesAsync("request:"));
    }
}
