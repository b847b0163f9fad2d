using Microsoft.EntityFrameworkCore;
using MimeKit;
using ParReport.Application.Notices;
using ParReport.Domain.Access;
using ParReport.Domain.Workflow;
using static ParReport.Application.Tests.WorkflowWorld;

namespace ParReport.Application.Tests.Notices;

/// <summary>Who is told of a commune's report moving, in the app and by e-mail through a local SMTP server.</summary>
public sealed class NotifyTest : IAsyncLifetime
{
    private WorkflowWorld _world = null!;
    private readonly LocalSmtpServer _smtp = new();
    private int _requestId;
    private Actor _compiler = null!, _leader = null!, _contributor = null!, _reviewer = null!, _otherReviewer = null!, _districtCompiler = null!, _provinceReviewer = null!;

    public async ValueTask InitializeAsync()
    {
        _world = await WorkflowWorld.CreateAsync();
        _requestId = await _world.RequestAsync(District, CommuneTemplate);
        _compiler = await _world.UserAsync(BaSao, Role.Compiler, fullName: "Nguyễn Thị Hoa");
        _leader = await _world.UserAsync(BaSao, Role.Leader, email: "tvminh@basao.kimbang.gov.vn", fullName: "Trần Văn Minh");
        _contributor = await _world.UserAsync(BaSao, Role.Contributor);
        _reviewer = await _world.UserAsync(District, Role.Reviewer, email: "ltha@kimbang.hanam.gov.vn", fullName: "Lê Thu Hà");
        _otherReviewer = await _world.UserAsync(District, Role.Reviewer, fullName: "Phạm Quang Huy");
        _districtCompiler = await _world.UserAsync(District, Role.Compiler, email: "tonghop@kimbang.hanam.gov.vn");
        _provinceReviewer = await _world.UserAsync(Province, Role.Reviewer, email: "cchc@hanam.gov.vn");
    }

    public async ValueTask DisposeAsync()
    {
        await _smtp.DisposeAsync();
        await _world.DisposeAsync();
    }

    private async Task<IReadOnlyList<string>> ToldOfAsync(ReportTransition transition) =>
        (await _world.NoticesAsync($"move:{_requestId}:{BaSao}:{transition}:")).Select(n => n.UserId).Order().ToList();

    [Fact]
    public async Task A_sign_off_tells_the_reviewers_of_the_district_that_asked_and_the_communes_compiler_but_not_the_leader_who_signed()
    {
        await _world.SendUpAsync(_compiler, _leader, _requestId, BaSao);

        Assert.Equal(new[] { _reviewer, _otherReviewer, _compiler }.Select(a => a.Access.UserId).Order(), await ToldOfAsync(ReportTransition.SignOff));
        var notice = (await _world.NoticesAsync($"move:{_requestId}:{BaSao}:SignOff:"))[0];
        Assert.Equal("Báo cáo quý I năm 2024 của Xã Ba Sao đã được Trần Văn Minh ký và gửi cấp trên.", notice.Text);
        Assert.Equal($"/Reports/View/{_requestId}/{BaSao}", notice.Url);
        // The leader was told it was waiting for them.
        var waiting = Assert.Single(await _world.NoticesAsync($"move:{_requestId}:{BaSao}:SendToLeader:"));
        Assert.Equal((_leader.Access.UserId, "Báo cáo quý I năm 2024 của Xã Ba Sao đã hoàn thành, chờ lãnh đạo ký (gửi bởi Nguyễn Thị Hoa)."), (waiting.UserId, waiting.Text));
    }

    [Fact]
    public async Task A_return_tells_the_communes_compiler_and_leader_with_the_reasons()
    {
        await _world.SendUpAsync(_compiler, _leader, _requestId, BaSao);

        Assert.True((await _world.MoveAsync(_reviewer, _requestId, BaSao, ReportTransition.Return,
            reasons: new Dictionary<string, string> { ["bieu-III"] = "Số hồ sơ đúng hạn chưa khớp." })).IsDone);

        Assert.Equal(new[] { _compiler, _leader }.Select(a => a.Access.UserId).Order(), await ToldOfAsync(ReportTransition.Return));
        Assert.All(await _world.NoticesAsync($"move:{_requestId}:{BaSao}:Return:"),
            n => Assert.Equal("Báo cáo quý I năm 2024 của Xã Ba Sao bị Lê Thu Hà trả lại để sửa. Ghi chú: Số hồ sơ đúng hạn chưa khớp.", n.Text));
    }

    [Fact]
    public async Task A_sign_off_mails_the_reviewer_who_has_an_address_through_the_configured_server_only()
    {
        await _world.SendUpAsync(_compiler, _leader, _requestId, BaSao, mailer: new Mailer(_smtp.Settings));

        var mail = Assert.Single(_smtp.Messages);
        var to = Assert.IsType<MailboxAddress>(Assert.Single(mail.To));
        Assert.Equal(("ltha@kimbang.hanam.gov.vn", "Lê Thu Hà"), (to.Address, to.Name));
        Assert.Equal("parreport@kimbang.hanam.gov.vn", Assert.IsType<MailboxAddress>(Assert.Single(mail.From)).Address);
        var notice = (await _world.NoticesAsync($"move:{_requestId}:{BaSao}:SignOff:")).Single(n => n.UserId == _reviewer.Access.UserId);
        Assert.Equal(NoticeMessages.MailSubject(notice.Text), mail.Subject);
        Assert.Equal($"{notice.Text}\n\n{notice.Url}", (mail.TextBody ?? "").ReplaceLineEndings("\n").TrimEnd('\n'));
    }

    [Fact]
    public async Task A_mail_server_that_cannot_be_reached_neither_undoes_the_sign_off_nor_its_notices()
    {
        var mailer = new Mailer(_smtp.Settings with { Port = LocalSmtpServer.FreePort() });

        await _world.SendUpAsync(_compiler, _leader, _requestId, BaSao, mailer: mailer);

        Assert.Equal(ReportStatus.Sent, (ReportStatus)(await _world.ReportAsync(_requestId, BaSao)).Status);
        Assert.Equal(3, (await ToldOfAsync(ReportTransition.SignOff)).Count);
        Assert.StartsWith("Không gửi được thư qua 127.0.0.1:", mailer.LastError);
        Assert.Empty(_smtp.Messages);
    }

    [Fact]
    public async Task A_reviewer_whose_lockout_has_ended_is_told_again_a_disabled_one_is_not()
    {
        await using (var db = _world.Open())
        {
            // Five wrong passwords an hour ago locked the first out for five minutes; the second was disabled by an admin.
            var ended = _world.Clock.GetUtcNow().AddMinutes(-55);
            await db.Users.Where(u => u.Id == _reviewer.Access.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, ended));
            await db.Users.Where(u => u.Id == _otherReviewer.Access.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.MaxValue));
        }

        await _world.SendUpAsync(_compiler, _leader, _requestId, BaSao, mailer: new Mailer(_smtp.Settings));

        Assert.Equal(new[] { _reviewer, _compiler }.Select(a => a.Access.UserId).Order(), await ToldOfAsync(ReportTransition.SignOff));
        Assert.Equal("ltha@kimbang.hanam.gov.vn", Assert.IsType<MailboxAddress>(Assert.Single(Assert.Single(_smtp.Messages).To)).Address);
    }

    [Fact]
    public async Task Nobody_above_or_beside_the_district_is_told_and_nobody_is_mailed_twice()
    {
        var mailer = new Mailer(_smtp.Settings);
        await _world.SendUpAsync(_compiler, _leader, _requestId, BaSao, mailer: mailer);
        await _world.MovedAsync(_reviewer, _requestId, BaSao, ReportTransition.Accept, mailer: mailer);

        var told = (await _world.NoticesAsync("move:")).Select(n => n.UserId).ToHashSet();
        Assert.DoesNotContain(_provinceReviewer.Access.UserId, told);
        Assert.DoesNotContain(_districtCompiler.Access.UserId, told);
        Assert.DoesNotContain(_contributor.Access.UserId, told);
        // The reviewer is mailed of the sign-off, the leader of the acceptance: one message each.
        Assert.Equal(["ltha@kimbang.hanam.gov.vn", "tvminh@basao.kimbang.gov.vn"], _smtp.Messages.Select(m => m.To.Mailboxes.Single().Address).Order());
    }
}
