using ParReport.Domain.Access;
using ParReport.Domain.Organisation;
using ParReport.Domain.Workflow;

namespace ParReport.Domain.Tests.Workflow;

public sealed class ReportWorkflowTest
{
    // Province → two districts; the first has two communes, the second one. Huyện Kim Bảng asks its communes.
    private const string Province = "tinh-ha-nam";
    private const string District = "huyen-kim-bang";
    private const string OtherDistrict = "huyen-thanh-liem";
    private const string Commune = "kim-bang-ba-sao";
    private const string OtherCommune = "kim-bang-tan-son";
    private const string FarCommune = "thanh-liem-thanh-ha";

    private static readonly OrgTree Tree = OrgTree.Build([
        new OrgUnit(Province, "Tỉnh Hà Nam", UnitLevel.Province, null),
        new OrgUnit(District, "Huyện Kim Bảng", UnitLevel.District, Province),
        new OrgUnit(OtherDistrict, "Huyện Thanh Liêm", UnitLevel.District, Province),
        new OrgUnit(Commune, "Xã Ba Sao", UnitLevel.Commune, District),
        new OrgUnit(OtherCommune, "Xã Tân Sơn", UnitLevel.Commune, District),
        new OrgUnit(FarCommune, "Xã Thanh Hà", UnitLevel.Commune, OtherDistrict),
    ]).Tree!;

    private static UserAccess User(string unit, params Role[] roles) => new("u1", unit, roles.ToHashSet());

    // Written out by hand, not derived from the code under test: the states each transition may start from.
    private static readonly Dictionary<ReportTransition, ReportStatus[]> StartStates = new()
    {
        [ReportTransition.SendToLeader] = [ReportStatus.Draft, ReportStatus.Returned],
        [ReportTransition.CallBack] = [ReportStatus.AwaitingSignOff],
        [ReportTransition.SignOff] = [ReportStatus.AwaitingSignOff],
        [ReportTransition.Return] = [ReportStatus.Sent],
        [ReportTransition.Accept] = [ReportStatus.Sent],
        [ReportTransition.Reopen] = [ReportStatus.Accepted],
    };

    public static TheoryData<ReportTransition, ReportStatus> EveryTransitionAndState()
    {
        var data = new TheoryData<ReportTransition, ReportStatus>();
        foreach (var transition in Enum.GetValues<ReportTransition>())
            foreach (var status in Enum.GetValues<ReportStatus>())
                data.Add(transition, status);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTransitionAndState))]
    public void A_transition_starts_only_from_its_own_states(ReportTransition transition, ReportStatus status) =>
        Assert.Equal(StartStates[transition].Contains(status), ReportWorkflow.StartsFrom(transition, status));

    [Theory]
    [MemberData(nameof(EveryTransitionAndState))]
    public void From_a_wrong_state_the_only_problem_names_the_step_and_the_state(ReportTransition transition, ReportStatus status)
    {
        var problems = ReportWorkflow.Problems(transition, status, TransitionFacts.None);
        if (StartStates[transition].Contains(status))
            Assert.Empty(problems);
        else
        {
            var problem = Assert.Single(problems);
            Assert.Contains($"«{WorkflowMessages.Action(transition).ToLowerInvariant()}»", problem);
            Assert.EndsWith($"trạng thái «{ReportStatuses.Label(status)}».", problem);
        }
    }

    [Fact]
    public void A_wrong_state_is_said_in_Vietnamese_even_when_other_facts_are_missing_too()
    {
        var facts = new TransitionFacts(["Biểu III. Cải cách TTHC"], 2, HasDocument: false, HasReason: false);
        Assert.Equal(["Không thể «ký và gửi cấp trên»: báo cáo đang ở trạng thái «nháp»."], ReportWorkflow.Problems(ReportTransition.SignOff, ReportStatus.Draft, facts));
        Assert.Equal(["Không thể «gửi lãnh đạo ký»: báo cáo đang ở trạng thái «đã gửi»."], ReportWorkflow.Problems(ReportTransition.SendToLeader, ReportStatus.Sent, facts));
    }

    [Theory]
    [InlineData(ReportTransition.SendToLeader, ReportStatus.AwaitingSignOff)]
    [InlineData(ReportTransition.CallBack, ReportStatus.Draft)]
    [InlineData(ReportTransition.SignOff, ReportStatus.Sent)]
    [InlineData(ReportTransition.Return, ReportStatus.Returned)]
    [InlineData(ReportTransition.Accept, ReportStatus.Accepted)]
    [InlineData(ReportTransition.Reopen, ReportStatus.Returned)]
    public void Each_transition_leads_to_its_state(ReportTransition transition, ReportStatus target) =>
        Assert.Equal(target, ReportWorkflow.Target(transition));

    [Fact]
    public void Sending_to_the_leader_lists_every_unfinished_part_and_the_number_of_violations()
    {
        var facts = new TransitionFacts(["Mục I. Công tác chỉ đạo", "Biểu III. Cải cách TTHC"], 3, HasDocument: false, HasReason: false);
        Assert.Equal(
        [
            "Còn 2 phần chưa xong: Mục I. Công tác chỉ đạo; Biểu III. Cải cách TTHC.",
            "Còn 3 lỗi số liệu cần sửa trước khi gửi lãnh đạo ký.",
        ], ReportWorkflow.Problems(ReportTransition.SendToLeader, ReportStatus.Draft, facts));
        Assert.Equal(["Còn 3 lỗi số liệu cần sửa trước khi gửi lãnh đạo ký."],
            ReportWorkflow.Problems(ReportTransition.SendToLeader, ReportStatus.Returned, facts with { UnfinishedParts = [] }));
        // Neither a document nor a reason is needed to send to the leader.
        Assert.Empty(ReportWorkflow.Problems(ReportTransition.SendToLeader, ReportStatus.Draft, facts with { UnfinishedParts = [], Violations = 0 }));
    }

    [Fact]
    public void Signing_off_needs_the_document_number_and_date()
    {
        var facts = TransitionFacts.None with { HasDocument = false };
        Assert.Equal([WorkflowMessages.DocumentMissing], ReportWorkflow.Problems(ReportTransition.SignOff, ReportStatus.AwaitingSignOff, facts));
        Assert.Contains("số và ngày văn bản", WorkflowMessages.DocumentMissing);
        // Calling back is always possible, even with parts unfinished or no document.
        Assert.Empty(ReportWorkflow.Problems(ReportTransition.CallBack, ReportStatus.AwaitingSignOff, new TransitionFacts(["Mục I"], 1, false, false)));
    }

    [Fact]
    public void Returning_and_reopening_need_a_reason_accepting_does_not()
    {
        var facts = TransitionFacts.None with { HasReason = false };
        Assert.Equal(["Cần ghi lý do trả lại: chung cho cả báo cáo hoặc cho từng phần."], ReportWorkflow.Problems(ReportTransition.Return, ReportStatus.Sent, facts));
        Assert.Equal(["Cần ghi lý do mở lại báo cáo."], ReportWorkflow.Problems(ReportTransition.Reopen, ReportStatus.Accepted, facts));
        Assert.Empty(ReportWorkflow.Problems(ReportTransition.Accept, ReportStatus.Sent, facts));
        Assert.Empty(ReportWorkflow.Problems(ReportTransition.Return, ReportStatus.Sent, TransitionFacts.None));
    }

    public static TheoryData<string, Role, ReportTransition[]> WhoMayMoveTheCommunesReport() => new()
    {
        { Commune, Role.Compiler, [ReportTransition.SendToLeader, ReportTransition.CallBack] },
        { Commune, Role.Leader, [ReportTransition.CallBack, ReportTransition.SignOff] },
        { Commune, Role.Contributor, [] },
        { Commune, Role.Reviewer, [] },
        { Commune, Role.Admin, [] },
        { District, Role.Reviewer, [ReportTransition.Return, ReportTransition.Accept, ReportTransition.Reopen] },
        { District, Role.Compiler, [] },
        { District, Role.Leader, [] },
        { District, Role.Admin, [] },
        // A reviewer of another district, or of the province above the district that asked.
        { OtherDistrict, Role.Reviewer, [] },
        { Province, Role.Reviewer, [] },
        // The officials of another commune, of the same district or not.
        { OtherCommune, Role.Compiler, [] },
        { OtherCommune, Role.Leader, [] },
        { FarCommune, Role.Compiler, [] },
    };

    [Theory]
    [MemberData(nameof(WhoMayMoveTheCommunesReport))]
    public void Only_the_right_role_of_the_right_unit_may_take_a_step(string unit, Role role, ReportTransition[] allowed)
    {
        var user = User(unit, role);
        foreach (var transition in Enum.GetValues<ReportTransition>())
            Assert.True(allowed.Contains(transition) == ReportWorkflow.IsAllowed(transition, user, Commune, District, Tree),
                $"{role} of {unit}: {transition} should be {(allowed.Contains(transition) ? "allowed" : "refused")}.");
    }

    [Fact]
    public void A_reviewer_reviews_only_for_the_unit_that_asked()
    {
        var provinceReviewer = User(Province, Role.Reviewer);
        // The province asks its districts: its reviewer reviews a district's report, not what the district asked of a commune.
        // Which units answer a request is the request's own list (a unit moved since still answers it), checked when the report is loaded.
        Assert.True(ReportWorkflow.IsAllowed(ReportTransition.Accept, provinceReviewer, District, Province, Tree));
        Assert.False(ReportWorkflow.IsAllowed(ReportTransition.Accept, provinceReviewer, Commune, District, Tree));
        // The district's reviewer does not review the district's own report.
        Assert.False(ReportWorkflow.IsAllowed(ReportTransition.Accept, User(District, Role.Reviewer), District, Province, Tree));
    }

    public static TheoryData<ReportStatus, string, Role[], ReportTransition[]> WhatIsOffered() => new()
    {
        { ReportStatus.Draft, Commune, [Role.Compiler], [ReportTransition.SendToLeader] },
        { ReportStatus.Draft, Commune, [Role.Leader], [] },
        { ReportStatus.Draft, District, [Role.Reviewer], [] },
        { ReportStatus.AwaitingSignOff, Commune, [Role.Compiler], [ReportTransition.CallBack] },
        { ReportStatus.AwaitingSignOff, Commune, [Role.Leader], [ReportTransition.CallBack, ReportTransition.SignOff] },
        { ReportStatus.AwaitingSignOff, Commune, [Role.Compiler, Role.Leader], [ReportTransition.CallBack, ReportTransition.SignOff] },
        { ReportStatus.AwaitingSignOff, Commune, [Role.Contributor], [] },
        { ReportStatus.Sent, Commune, [Role.Compiler, Role.Leader], [] },
        { ReportStatus.Sent, District, [Role.Reviewer], [ReportTransition.Return, ReportTransition.Accept] },
        { ReportStatus.Sent, OtherDistrict, [Role.Reviewer], [] },
        { ReportStatus.Returned, Commune, [Role.Compiler], [ReportTransition.SendToLeader] },
        { ReportStatus.Returned, District, [Role.Reviewer], [] },
        { ReportStatus.Accepted, District, [Role.Reviewer], [ReportTransition.Reopen] },
        { ReportStatus.Accepted, Commune, [Role.Compiler, Role.Leader], [] },
    };

    [Theory]
    [MemberData(nameof(WhatIsOffered))]
    public void A_page_offers_the_steps_the_user_may_take_now_in_order(ReportStatus status, string unit, Role[] roles, ReportTransition[] offered) =>
        Assert.Equal(offered, ReportWorkflow.Offered(status, User(unit, roles), Commune, District, Tree));
}
