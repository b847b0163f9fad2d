using ParReport.Domain.Periods;
using ParReport.Domain.Workflow;

namespace ParReport.Domain.Tests.Workflow;

public sealed class TimelinessTest
{
    private static readonly DateOnly DeadlineDay = new(2024, 6, 9);

    // "trước 10 giờ ngày 09/6".
    private static readonly DateTimeOffset TenOClock = VietnamTime.At(DeadlineDay, new TimeOnly(10, 0));

    // A deadline without an hour: the whole of 09/6 counts.
    private static readonly DateTimeOffset EndOfDay = VietnamTime.At(DeadlineDay, null);

    private static DateTimeOffset Vietnam(int day, int hour, int minute, int second = 0) => new(2024, 6, day, hour, minute, second, TimeSpan.FromHours(7));

    private static Timeliness Sent(DateTimeOffset deadline, DateTimeOffset at) => Timeliness.Of(deadline, at, now: at.AddDays(30));

    [Fact]
    public void Sent_at_the_deadlines_exact_minute_is_on_time()
    {
        Assert.Equal(new Timeliness(TimelinessKind.OnTime, 0), Sent(TenOClock, Vietnam(9, 10, 0)));
        Assert.Equal("đúng hạn", Sent(TenOClock, Vietnam(9, 10, 0)).Label);
        Assert.Equal(TimelinessKind.OnTime, Sent(TenOClock, Vietnam(1, 8, 0)).Kind);
    }

    [Fact]
    public void One_second_after_the_deadline_is_one_day_late()
    {
        var late = Sent(TenOClock, Vietnam(9, 10, 0, 1));
        Assert.Equal(new Timeliness(TimelinessKind.Late, 1), late);
        Assert.Equal("trễ 1 ngày", late.Label);
    }

    [Fact]
    public void A_deadline_without_an_hour_counts_the_whole_day()
    {
        Assert.Equal(TimelinessKind.OnTime, Sent(EndOfDay, Vietnam(9, 23, 59)).Kind);
        Assert.Equal(new Timeliness(TimelinessKind.Late, 1), Sent(EndOfDay, Vietnam(10, 0, 1)));
    }

    [Fact]
    public void Days_late_are_whole_days_begun_after_the_deadline()
    {
        Assert.Equal(new Timeliness(TimelinessKind.Late, 1), Sent(TenOClock, TenOClock.AddHours(24)));
        Assert.Equal(new Timeliness(TimelinessKind.Late, 2), Sent(TenOClock, TenOClock.AddHours(24).AddMinutes(1)));
        Assert.Equal("trễ 2 ngày", Sent(TenOClock, TenOClock.AddHours(24).AddMinutes(1)).Label);
    }

    [Fact]
    public void The_deadline_is_an_instant_whatever_the_offset_the_sending_is_given_in()
    {
        // 03:00 UTC is 10:00 in Vietnam.
        Assert.Equal(TimelinessKind.OnTime, Sent(TenOClock, new DateTimeOffset(2024, 6, 9, 3, 0, 0, TimeSpan.Zero)).Kind);
        Assert.Equal(TimelinessKind.Late, Sent(TenOClock, new DateTimeOffset(2024, 6, 9, 3, 1, 0, TimeSpan.Zero)).Kind);
    }

    [Fact]
    public void A_report_not_sent_is_pending_until_the_deadline_then_overdue_by_the_days_begun()
    {
        Assert.Equal(new Timeliness(TimelinessKind.Pending, 0), Timeliness.Of(TenOClock, null, Vietnam(9, 10, 0)));
        Assert.Equal("chưa gửi", Timeliness.Of(TenOClock, null, Vietnam(8, 9, 0)).Label);
        Assert.Equal(new Timeliness(TimelinessKind.Overdue, 1), Timeliness.Of(TenOClock, null, Vietnam(9, 10, 1)));
        var overdue = Timeliness.Of(TenOClock, null, Vietnam(11, 13, 0));
        Assert.Equal(new Timeliness(TimelinessKind.Overdue, 3), overdue);
        Assert.Equal("chưa gửi — quá hạn 3 ngày", overdue.Label);
        Assert.Equal(new Timeliness(TimelinessKind.Overdue, 1), Timeliness.Of(EndOfDay, null, Vietnam(10, 0, 1)));
    }

    [Fact]
    public void When_a_report_was_sent_the_clock_no_longer_matters()
    {
        Assert.Equal(TimelinessKind.OnTime, Timeliness.Of(TenOClock, Vietnam(9, 9, 0), now: Vietnam(30, 0, 0)).Kind);
        Assert.Equal(new Timeliness(TimelinessKind.Late, 2), Timeliness.Of(TenOClock, Vietnam(10, 11, 0), now: Vietnam(10, 11, 0)));
    }
}
