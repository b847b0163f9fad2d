namespace ParReport.Domain.Dossiers;

/// <summary>
/// Realistic made-up dossiers for tests and benchmarks, the same for the same seed: fields in the proportions of
/// the seed reports (civil status first), nearly all submitted online, most resolved early, a few late or still open.
/// </summary>
public static class SyntheticDossiers
{
    private static readonly (string Field, int Weight)[] Fields =
    [
        ("Tư pháp - Hộ tịch", 900), ("Lao động - Thương binh và Xã hội", 25), ("Thi đua - Khen thưởng", 20),
        ("Văn hóa - Thông tin", 12), ("Đất đai", 12), ("Xây dựng", 8), ("Nông nghiệp và Phát triển nông thôn", 8),
        ("Thanh tra", 5), ("Giáo dục và Đào tạo", 5), ("Tài chính - Kế hoạch", 5),
    ];

    /// <summary><paramref name="count"/> dossiers received in the year that ends on <paramref name="until"/> (15/12 → 14/12 for the default), codes HS-000000001 ….</summary>
    public static IEnumerable<Dossier> Generate(int seed, long count, DateOnly until)
    {
        var random = new Random(seed);
        var totalWeight = Fields.Sum(f => f.Weight);
        var start = until.AddYears(-1).AddDays(1).ToDateTime(new TimeOnly(7, 30));
        for (long i = 1; i <= count; i++)
        {
            var pick = random.Next(totalWeight);
            var field = Fields[0].Field;
            foreach (var (name, weight) in Fields)
            {
                if (pick < weight) { field = name; break; }
                pick -= weight;
            }
            var received = start.AddMinutes(random.Next(0, 365 * 24 * 60));
            var deadline = received.Date.AddDays(random.Next(0, 16)).AddHours(17);
            DateTime? resolved = random.Next(100) switch
            {
                < 3 => null,                                                     // still open
                < 5 => deadline.AddDays(random.Next(1, 6)),                      // late
                < 15 => deadline.Date.AddHours(random.Next(8, 17)),              // on the deadline day
                _ => received.AddHours(random.Next(1, Math.Max(2, (int)(deadline - received).TotalHours))), // early
            };
            var channel = random.Next(100) switch { < 96 => SubmissionChannel.Online, < 99 => SubmissionChannel.Direct, _ => SubmissionChannel.Postal };
            decimal? fee = random.Next(100) < 30 ? random.Next(1, 21) * 5_000 : null;
            bool? satisfied = random.Next(100) < 50 ? random.Next(100) < 98 : null;
            yield return new Dossier($"HS-{i:D9}", field, received, deadline, resolved, channel, fee, fee is not null && random.Next(100) < 80, satisfied);
        }
    }
}
