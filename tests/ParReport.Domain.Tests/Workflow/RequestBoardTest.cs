using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Templates;
using ParReport.Domain.Workflow;

namespace ParReport.Domain.Tests.Workflow;

public sealed class RequestBoardTest
{
    private const string District = "huyen-kim-bang";

    // Due "trước 10 giờ ngày 20/03/2024".
    private static readonly ReportingRequest Request = ReportingRequest.Create(District, new ReportingPeriod(2024, PeriodKind.QuarterOne),
        new TemplateRef("xa", 2), deadline: new DateOnly(2024, 3, 20)) with { DeadlineHour = new TimeOnly(10, 0) };

    private static readonly DateTimeOffset Deadline = Request.DeadlineAt;
    private static readonly DateTimeOffset Now = Deadline.AddDays(2);

    private static OrgUnit Commune(string code, string name) => new(code, name, UnitLevel.Commune, District);

    private static readonly OrgUnit BaSao = Commune("ba-sao", "Xã Ba Sao");
    private static readonly OrgUnit TanSon = Commune("tan-son", "Xã Tân Sơn");
    private static readonly OrgUnit ThuySon = Commune("thuy-son", "Xã Thụy Sơn");
    private static readonly OrgUnit DaiCuong = Commune("dai-cuong", "Xã Đại Cương");
    private static readonly OrgUnit[] Expected = [BaSao, TanSon, ThuySon, DaiCuong];

    private static ReportProgress SentAt(DateTimeOffset first, DateTimeOffset? last = null, int returns = 0) => new(ReportStatus.Sent, first, last ?? first, returns);

    [Fact]
    public void Completeness_counts_the_sent_units_over_those_expected_and_timeliness_those_sent_by_the_deadline()
    {
        var board = RequestBoard.Build(Request, Expected, new Dictionary<string, ReportProgress>
        {
            ["ba-sao"] = SentAt(Deadline.AddHours(-5)),
            ["tan-son"] = new(ReportStatus.Accepted, Deadline.AddHours(3), Deadline.AddHours(3), 0),
            // Sent on time, then returned: not at the upper level any more.
            ["thuy-son"] = new(ReportStatus.Returned, Deadline.AddDays(-1), Deadline.AddDays(-1), 1),
        }, Now);

        Assert.Equal((4, 2, 1), (board.Expected, board.Sent, board.SentOnTime));
        Assert.Equal(0.5m, board.Completeness);
        Assert.Equal(0.25m, board.TimelinessRate);
        var rows = board.Rows.ToDictionary(r => r.Unit.Code);
        Assert.Equal(new Timeliness(TimelinessKind.OnTime, 0), rows["ba-sao"].Timeliness);
        Assert.Equal(new Timeliness(TimelinessKind.Late, 1), rows["tan-son"].Timeliness);
        Assert.Equal((false, new Timeliness(TimelinessKind.Overdue, 2)), (rows["thuy-son"].IsSent, rows["thuy-son"].Timeliness));
        Assert.Equal((false, false, new Timeliness(TimelinessKind.Overdue, 2)), (rows["dai-cuong"].Started, rows["dai-cuong"].IsSent, rows["dai-cuong"].Timeliness));
        Assert.True(rows["thuy-son"].Started);
        Assert.Same(ReportProgress.NotStarted, rows["dai-cuong"].Progress);
    }

    [Fact]
    public void Units_not_expected_are_not_counted_so_the_figures_never_pass_one_hundred_percent()
    {
        var everyone = new Dictionary<string, ReportProgress>
        {
            ["ba-sao"] = SentAt(Deadline.AddDays(-1)),
            ["tan-son"] = SentAt(Deadline.AddDays(-1)),
            // Units added under the district after the request, or taken out of it: they answer, but were not asked.
            ["moi-lap"] = SentAt(Deadline.AddDays(-2)),
            ["sap-nhap"] = SentAt(Deadline.AddDays(-2)),
        };
        var board = RequestBoard.Build(Request, [BaSao, TanSon], everyone, Now);

        Assert.Equal(["ba-sao", "tan-son"], board.Rows.Select(r => r.Unit.Code));
        Assert.Equal((2, 2, 2), (board.Expected, board.Sent, board.SentOnTime));
        Assert.Equal(1m, board.Completeness);
        Assert.Equal(1m, board.TimelinessRate);
    }

    [Fact]
    public void A_request_nobody_is_expected_to_answer_is_zero_not_a_division_by_zero()
    {
        var board = RequestBoard.Build(Request, [], new Dictionary<string, ReportProgress> { ["ba-sao"] = SentAt(Deadline) }, Now);
        Assert.Equal((0, 0, 0m, 0m), (board.Expected, board.Sent, board.Completeness, board.TimelinessRate));
    }

    [Fact]
    public void The_first_sign_off_decides_whether_a_report_sent_again_after_a_return_was_on_time()
    {
        var board = RequestBoard.Build(Request, [BaSao, TanSon], new Dictionary<string, ReportProgress>
        {
            // First sent on time, returned, sent again late: on time.
            ["ba-sao"] = SentAt(Deadline.AddDays(-1), last: Deadline.AddDays(1), returns: 1),
            // First sent late, returned, sent again: still late.
            ["tan-son"] = SentAt(Deadline.AddMinutes(1), last: Deadline.AddDays(1), returns: 1),
        }, Now);
        var rows = board.Rows.ToDictionary(r => r.Unit.Code);
        Assert.Equal(TimelinessKind.OnTime, rows["ba-sao"].Timeliness.Kind);
        Assert.Equal(new Timeliness(TimelinessKind.Late, 1), rows["tan-son"].Timeliness);
        Assert.Equal(0.5m, board.TimelinessRate);
    }

    [Fact]
    public void Before_the_deadline_units_that_have_not_sent_are_pending()
    {
        var board = RequestBoard.Build(Request, Expected, new Dictionary<string, ReportProgress>(), Deadline.AddHours(-1));
        Assert.All(board.Rows, r => Assert.Equal(new Timeliness(TimelinessKind.Pending, 0), r.Timeliness));
        Assert.Equal(0m, board.Completeness);
    }

    [Fact]
    public void Rows_are_in_Vietnamese_alphabetical_order_of_the_units_names()
    {
        var board = RequestBoard.Build(Request, [Commune("g", "Xã Gia Hòa"), Commune("d", "Xã Đại Cương"), Commune("a", "Xã Ân Thi"), Commune("b", "Xã An Bình"), Commune("c", "Xã Bắc Sơn")],
            new Dictionary<string, ReportProgress>(), Now);
        // Đ comes after D and before G; Â after A.
        Assert.Equal(["Xã An Bình", "Xã Ân Thi", "Xã Bắc Sơn", "Xã Đại Cương", "Xã Gia Hòa"], board.Rows.Select(r => r.Unit.Name));
    }
}
