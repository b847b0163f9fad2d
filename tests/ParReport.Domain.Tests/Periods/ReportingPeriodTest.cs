using ParReport.Domain.Periods;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Tests.Periods;

public class ReportingPeriodTest
{
    private static DateOnly D(int day, int month, int year) => new(year, month, day);

    [Theory]
    [InlineData(PeriodKind.QuarterOne, 15, 12, 2023, 14, 3, 2024)]
    [InlineData(PeriodKind.HalfYear, 15, 12, 2023, 14, 6, 2024)]
    [InlineData(PeriodKind.NineMonths, 15, 6, 2024, 14, 9, 2024)]
    [InlineData(PeriodKind.Year, 15, 12, 2023, 14, 12, 2024)]
    public void Default_windows_follow_the_ministry_rule(PeriodKind kind, int fd, int fm, int fy, int td, int tm, int ty)
    {
        var window = new ReportingPeriod(2024, kind).DefaultWindow;
        Assert.Equal(D(fd, fm, fy), window.From);
        Assert.Equal(D(td, tm, ty), window.To);
    }

    [Fact]
    public void Nine_months_counts_cumulative_indicators_from_the_fifteenth_of_December()
    {
        var window = new ReportingPeriod(2024, PeriodKind.NineMonths).DefaultCumulativeWindow;
        Assert.Equal(new CutOffWindow(D(15, 12, 2023), D(14, 9, 2024)), window);
    }

    [Fact]
    public void A_request_may_override_the_window_as_the_Binh_Lang_directive_does()
    {
        var period = new ReportingPeriod(2022, PeriodKind.HalfYear);
        var request = ReportingRequest.Create("binh-lang", period, new TemplateRef("xa", 1),
            new CutOffWindow(D(10, 12, 2021), D(9, 6, 2022)), D(9, 6, 2022));
        Assert.Equal(D(10, 12, 2021), request.Window.From);
        Assert.Equal(request.Window, request.CumulativeWindow);
        Assert.True(request.IsOnTime(D(9, 6, 2022)));
        Assert.False(request.IsOnTime(D(10, 6, 2022)));
    }

    [Fact]
    public void A_default_request_is_due_on_the_last_day_of_its_window()
    {
        var request = ReportingRequest.Create("tinh", new ReportingPeriod(2024, PeriodKind.QuarterOne), new TemplateRef("xa", 2));
        Assert.Equal(D(14, 3, 2024), request.Deadline);
        Assert.Equal(new CutOffWindow(D(15, 12, 2023), D(14, 3, 2024)), request.Window);
    }

    [Fact]
    public void Cumulative_indicators_use_the_cumulative_window()
    {
        var template = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 1));
        var request = ReportingRequest.Create("tinh", new ReportingPeriod(2024, PeriodKind.NineMonths), template.Ref);
        Assert.Equal(D(15, 12, 2023), request.WindowFor(template.Get("1/2.1")).From);
        Assert.Equal(D(15, 6, 2024), request.WindowFor(template.Get("1/1")).From);
    }

    [Fact]
    public void A_window_cannot_end_before_it_starts() =>
        Assert.Throws<ArgumentException>(() => new CutOffWindow(D(2, 1, 2024), D(1, 1, 2024)));

    [Theory]
    [InlineData("2024-Q1", PeriodKind.QuarterOne, "quý I năm 2024")]
    [InlineData("2024-6T", PeriodKind.HalfYear, "6 tháng đầu năm 2024")]
    [InlineData("2024-9t", PeriodKind.NineMonths, "9 tháng năm 2024")]
    [InlineData("2024-N", PeriodKind.Year, "năm 2024")]
    public void Period_codes_round_trip_and_read_as_the_documents_name_them(string code, PeriodKind kind, string label)
    {
        var period = ReportingPeriod.Parse(code);
        Assert.Equal(kind, period.Kind);
        Assert.Equal(label, period.Label);
        Assert.Equal(code.ToUpperInvariant(), period.Code);
    }

    [Fact]
    public void A_heading_starts_with_a_capital() => Assert.Equal("Năm 2023", ReportingPeriod.Parse("2023-N").Title);

    [Fact]
    public void An_unknown_period_code_is_refused() => Assert.False(ReportingPeriod.TryParse("2024-Q5", out _));

    [Fact]
    public void A_year_out_of_range_is_refused() => Assert.False(ReportingPeriod.TryParse("0000-Q1", out _));

    [Fact]
    public void Cumulative_values_start_from_the_previous_period_of_the_same_year()
    {
        Assert.Equal(new ReportingPeriod(2024, PeriodKind.HalfYear), new ReportingPeriod(2024, PeriodKind.NineMonths).PreviousInYear);
        Assert.Null(new ReportingPeriod(2024, PeriodKind.QuarterOne).PreviousInYear);
        Assert.Equal(new ReportingPeriod(2023, PeriodKind.Year), new ReportingPeriod(2024, PeriodKind.QuarterOne).Previous);
    }

    [Fact]
    public void Periods_sort_by_year_then_kind() =>
        Assert.Equal(["2023-N", "2024-Q1", "2024-6T"],
            new[] { ReportingPeriod.Parse("2024-6T"), ReportingPeriod.Parse("2023-N"), ReportingPeriod.Parse("2024-Q1") }.Order().Select(p => p.Code));
}
