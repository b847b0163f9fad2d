using ParReport.Domain.Dossiers;
using ParReport.Domain.Formatting;
using ParReport.Domain.Periods;

namespace ParReport.Domain.Tests.Dossiers;

public class DossierStatisticsTest
{
    // 6 tháng 2024: 15/12/2023 → 14/06/2024.
    private static readonly CutOffWindow HalfYear = new ReportingPeriod(2024, PeriodKind.HalfYear).DefaultWindow;
    private static readonly DateTime First = new(2023, 12, 15, 8, 0, 0), Last = new(2024, 6, 14, 16, 0, 0);

    private static int _next;

    private static Dossier D(string field, DateTime received, DateTime? deadline, DateTime? resolved, SubmissionChannel channel = SubmissionChannel.Online) =>
        new($"HS-{++_next}", field, received, deadline, resolved, channel);

    private static IEnumerable<Dossier> Many(int count, string field, Func<int, Dossier> make) => Enumerable.Range(0, count).Select(make);

    [Fact]
    public void The_table_by_field_equals_the_hand_computed_Bac_Son_table()
    {
        var day = new DateTime(2024, 3, 4, 9, 0, 0);
        Dossier EarlyOnline(string field, int i) => D(field, day.AddDays(i % 50), day.AddDays(i % 50 + 5), day.AddDays(i % 50 + 1));
        Dossier Open(string field, bool overdue = false) => D(field, new DateTime(2024, 6, 1), overdue ? new DateTime(2024, 6, 10) : new DateTime(2024, 6, 20), null);
        var dossiers = new List<Dossier>();
        dossiers.AddRange(Many(561, "Tư pháp - Hộ tịch", i => EarlyOnline("Tư pháp - Hộ tịch", i)));
        dossiers.AddRange(Many(18, "Lao động - Thương binh và Xã hội", i => EarlyOnline("Lao động - Thương binh và Xã hội", i)));
        dossiers.AddRange(Many(2, "", _ => Open("Lao động - Thương binh và Xã hội")));
        dossiers.AddRange(Many(5, "", i => EarlyOnline("Văn hóa - Thông tin", i)));
        dossiers.AddRange(Many(4, "", i => EarlyOnline("Thi đua - Khen thưởng", i)));
        dossiers.AddRange(Many(2, "", i => EarlyOnline("Nông nghiệp", i)));
        dossiers.Add(Open("Nông nghiệp"));
        dossiers.Add(EarlyOnline("Địa chính - Xây dựng", 0));
        dossiers.Add(Open("Địa chính - Xây dựng", overdue: true));
        dossiers.Add(D("Tài chính - Kế hoạch", day, day.AddDays(3), day.AddDays(1), SubmissionChannel.Direct));
        dossiers.Add(Open("Giáo dục"));
        // Received before the window, resolved early within it: carried over.
        dossiers.Add(D("Thanh tra", new DateTime(2023, 12, 10), new DateTime(2023, 12, 30), new DateTime(2023, 12, 20)));

        var statistics = new DossierStatistics(HalfYear);
        statistics.AddRange(dossiers);

        //                                   (4)  (5) (6) (8)  (9) (10) (12) (13)
        Assert.Equal(
        [
            new DossierTableRow("Địa chính - Xây dựng", 2, 0, 0, 1, 0, 0, 0, 1),
            new DossierTableRow("Giáo dục", 1, 0, 0, 0, 0, 0, 1, 0),
            new DossierTableRow("Lao động - Thương binh và Xã hội", 20, 0, 0, 18, 0, 0, 2, 0),
            new DossierTableRow("Nông nghiệp", 3, 0, 0, 2, 0, 0, 1, 0),
            new DossierTableRow("Tài chính - Kế hoạch", 0, 1, 0, 1, 0, 0, 0, 0),
            new DossierTableRow("Thanh tra", 0, 0, 1, 1, 0, 0, 0, 0),
            new DossierTableRow("Thi đua - Khen thưởng", 4, 0, 0, 4, 0, 0, 0, 0),
            new DossierTableRow("Tư pháp - Hộ tịch", 561, 0, 0, 561, 0, 0, 0, 0),
            new DossierTableRow("Văn hóa - Thông tin", 5, 0, 0, 5, 0, 0, 0, 0),
        ], statistics.Rows);
        var total = statistics.Total;
        Assert.Equal(("Tổng cộng", 598, 596, 1, 1, 593, 593, 5), (total.Field, total.Received, total.Online, total.DirectOrPostal, total.CarriedOver, total.Resolved, total.Early, total.InProgress));
        Assert.Equal("100%", VietnameseNumbers.FormatPercent(statistics.OnTimeRate));
        Assert.Equal("99,8%", VietnameseNumbers.FormatPercent(statistics.OnlineRate));
    }

    [Fact]
    public void Every_edge_of_the_window_counts_where_the_report_expects_it()
    {
        var deadline = new DateTime(2024, 6, 20);
        var statistics = new DossierStatistics(HalfYear);
        statistics.AddRange(
        [
            D("A", First, deadline, null),                                       // received on the first day: this period, in progress
            D("A", new DateTime(2024, 3, 1), deadline, Last),                     // resolved on the last day: resolved, early
            D("A", new DateTime(2023, 12, 1), new DateTime(2023, 12, 20), null), // received before, still open: carried over, overdue
            D("A", new DateTime(2023, 12, 1), deadline, new DateTime(2023, 12, 14)), // resolved the day before the window: not counted
            D("A", new DateTime(2024, 6, 15), deadline, null),                    // received the day after: not counted
            D("A", new DateTime(2024, 6, 1), new DateTime(2024, 6, 14), new DateTime(2024, 6, 15)), // resolved the day after, due on the last day: in progress, within
            D("A", new DateTime(2024, 6, 1), new DateTime(2024, 6, 13), null),    // due the day before the end, open: overdue
            D("A", new DateTime(2024, 6, 1), new DateTime(2024, 6, 5), new DateTime(2024, 6, 5, 17, 0, 0)), // resolved on the deadline day: on time
            D("A", new DateTime(2024, 6, 1), new DateTime(2024, 6, 5), new DateTime(2024, 6, 6)), // a day late
            D("A", new DateTime(2024, 6, 1), null, new DateTime(2024, 6, 1), SubmissionChannel.Postal), // no deadline, resolved: on time
        ]);
        var row = Assert.Single(statistics.Rows);
        Assert.Equal(new DossierTableRow("A", 6, 1, 1, 1, 2, 1, 2, 2), row);
        Assert.Equal(8, row.Received);
    }

    [Fact]
    public void The_table_identities_hold_on_random_data()
    {
        var fields = new[] { "Tư pháp - Hộ tịch", "Đất đai", "Xây dựng", "Lao động" };
        for (var seed = 0; seed < 100; seed++)
        {
            var random = new Random(seed);
            var from = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 200));
            var window = new CutOffWindow(from, from.AddDays(random.Next(0, 120)));
            var dossiers = Enumerable.Range(0, 300).Select(i =>
            {
                var received = new DateTime(2023, 10, 1).AddHours(random.Next(0, 24 * 500));
                DateTime? deadline = random.Next(10) == 0 ? null : received.AddDays(random.Next(0, 30));
                DateTime? resolved = random.Next(5) == 0 ? null : received.AddHours(random.Next(0, 24 * 40));
                return new Dossier($"{seed}-{i}", fields[random.Next(fields.Length)], received, deadline, resolved, (SubmissionChannel)random.Next(3));
            }).ToList();

            var statistics = new DossierStatistics(window);
            statistics.AddRange(dossiers);

            var inScope = dossiers.Count(d => DateOnly.FromDateTime(d.Received) <= window.To && (d.Resolved is null || DateOnly.FromDateTime(d.Resolved.Value) >= window.From));
            Assert.Equal(inScope, statistics.Total.Received);
            foreach (var row in statistics.Rows.Append(statistics.Total))
            {
                var c = row.Columns;
                Assert.Equal(c[0], c[1] + c[2] + c[3]);
                Assert.Equal(c[4], c[5] + c[6] + c[7]);
                Assert.Equal(c[8], c[9] + c[10]);
                Assert.Equal(c[0], c[4] + c[8]);
            }
            Assert.Equal(statistics.Rows.Sum(r => r.Received), statistics.Total.Received);
        }
    }

    [Fact]
    public void Payment_and_satisfaction_rates_count_dossiers_received_in_the_window()
    {
        var day = new DateTime(2024, 3, 1);
        var statistics = new DossierStatistics(HalfYear);
        statistics.AddRange(
        [
            new Dossier("1", "A", day, day, day, SubmissionChannel.Online, Fee: 50_000, PaidOnline: true, Satisfied: true),
            new Dossier("2", "A", day, day, day, SubmissionChannel.Direct, Fee: 50_000, PaidOnline: false, Satisfied: false),
            new Dossier("3", "A", day, day, day, SubmissionChannel.Online),
            new Dossier("4", "A", new DateTime(2023, 12, 1), null, null, SubmissionChannel.Online, Fee: 10_000, PaidOnline: true, Satisfied: true),
        ]);
        Assert.Equal(50m, statistics.OnlinePaymentRate);
        Assert.Equal(50m, statistics.SatisfactionRate);
        Assert.Equal("66,7%", VietnameseNumbers.FormatPercent(statistics.OnlineRate));
    }

    [Fact]
    public void Without_dossiers_every_rate_is_a_dash()
    {
        var statistics = new DossierStatistics(HalfYear);
        Assert.Empty(statistics.Rows);
        Assert.Equal(0, statistics.Total.Received);
        Assert.Equal("—", VietnameseNumbers.FormatPercent(statistics.OnTimeRate));
        Assert.Null(statistics.SatisfactionRate);
    }
}
