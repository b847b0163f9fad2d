using ParReport.Domain.Periods;

namespace ParReport.Domain.Tests.Periods;

public sealed class VietnamTimeTest
{
    private static readonly DateOnly Day = new(2024, 6, 9);

    [Fact]
    public void A_deadline_with_an_hour_is_that_hour_in_Vietnam()
    {
        var at = VietnamTime.At(Day, new TimeOnly(10, 0));
        Assert.Equal(new DateTimeOffset(2024, 6, 9, 3, 0, 0, TimeSpan.Zero), at);
        Assert.Equal(TimeSpan.FromHours(7), at.Offset);
    }

    [Fact]
    public void A_deadline_without_an_hour_ends_with_the_day_in_Vietnam()
    {
        Assert.Equal(new DateTimeOffset(2024, 6, 10, 0, 0, 0, TimeSpan.FromHours(7)), VietnamTime.At(Day, null));
        Assert.Equal(new DateTimeOffset(2024, 6, 9, 17, 0, 0, TimeSpan.Zero), VietnamTime.At(Day, null));
    }

    [Fact]
    public void The_day_of_an_instant_is_its_day_in_Vietnam_whatever_its_offset()
    {
        // 18:30 UTC on the 9th is 01:30 on the 10th in Vietnam.
        Assert.Equal(new DateOnly(2024, 6, 10), VietnamTime.Day(new DateTimeOffset(2024, 6, 9, 18, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2024, 6, 9), VietnamTime.Day(new DateTimeOffset(2024, 6, 9, 16, 59, 59, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2024, 6, 10, 1, 30, 0, TimeSpan.FromHours(7)).DateTime,
            VietnamTime.Of(new DateTimeOffset(2024, 6, 9, 18, 30, 0, TimeSpan.Zero)).DateTime);
    }
}
