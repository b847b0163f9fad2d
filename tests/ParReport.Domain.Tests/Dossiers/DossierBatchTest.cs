using ParReport.Domain.Dossiers;
using ParReport.Domain.Periods;
using ParReport.Domain.Text;

namespace ParReport.Domain.Tests.Dossiers;

public class DossierBatchTest
{
    private static List<Dossier> Random(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i =>
        {
            var received = new DateTime(2024, 1, 1).AddSeconds(random.Next(0, 365 * 24 * 3600));
            DateTime? deadline = random.Next(5) == 0 ? null : received.Date.AddDays(random.Next(0, 15)).AddHours(17);
            DateTime? resolved = random.Next(4) == 0 ? null : received.AddMinutes(random.Next(0, 30 * 24 * 60));
            decimal? fee = random.Next(3) == 0 ? random.Next(0, 1_000_000) / 100m : null;
            bool? satisfied = random.Next(3) switch { 0 => null, 1 => true, _ => false };
            return new Dossier($"HS-{i}-Đ{random.Next()}", random.Next(3) switch { 0 => "Tư pháp - Hộ tịch", 1 => "Đất đai", _ => "Xây dựng" },
                received, deadline, resolved, (SubmissionChannel)random.Next(3), fee, fee is not null && random.Next(2) == 0, satisfied);
        }).ToList();
    }

    private static DossierBatch Of(IEnumerable<Dossier> dossiers)
    {
        var batch = new DossierBatch();
        var line = 2;
        foreach (var dossier in dossiers) batch.Add(line++, dossier);
        return batch;
    }

    [Fact]
    public void Packed_and_unpacked_a_batch_gives_back_every_dossier()
    {
        var dossiers = Random(DossierBatch.Capacity, 1);
        var batch = Of(dossiers);
        var back = new DossierBatch();
        back.Unpack(batch.PackFigures(), batch.PackCodes());
        Assert.Equal(dossiers, Enumerable.Range(0, back.Count).Select(i => back[i]));
    }

    [Fact]
    public void Times_with_fractions_of_a_second_centuries_apart_or_in_year_1_are_kept_exactly()
    {
        var dossiers = new List<Dossier>
        {
            new("A", "Tư pháp", new DateTime(2024, 3, 4, 8, 0, 0).AddMilliseconds(250), null, null, SubmissionChannel.Online),
            new("B", "Tư pháp", new DateTime(1900, 1, 1), new DateTime(2204, 3, 4), new DateTime(9999, 12, 31, 23, 59, 59), SubmissionChannel.Direct, 0m),
            new("C", "Tư pháp", DateTime.MinValue, DateTime.MinValue, DateTime.MinValue, SubmissionChannel.Postal),
        };
        var batch = Of(dossiers);
        var back = new DossierBatch();
        back.Unpack(batch.PackFigures(), batch.PackCodes());
        Assert.Equal(dossiers, [back[0], back[1], back[2]]);
    }

    [Fact]
    public void Figures_alone_are_counted_as_the_dossiers_themselves()
    {
        var dossiers = Random(DossierBatch.Capacity, 2);
        var window = new ReportingPeriod(2024, PeriodKind.NineMonths).DefaultWindow;
        var expected = new DossierStatistics(window);
        expected.AddRange(dossiers);
        var back = new DossierBatch();
        back.Unpack(Of(dossiers).PackFigures(), default);
        var actual = new DossierStatistics(window);
        actual.Add(back);
        Assert.Equal(expected.Rows, actual.Rows);
        Assert.Equal((expected.OnlinePaymentRate, expected.SatisfactionRate), (actual.OnlinePaymentRate, actual.SatisfactionRate));
        Assert.True(actual.Total.Received > 1000);
    }

    [Fact]
    public void What_cannot_be_packed_is_refused_when_added()
    {
        var batch = new DossierBatch();
        var received = new DateTime(2024, 3, 4);
        Assert.Throws<ArgumentOutOfRangeException>(() => batch.Add(2, new Dossier("A", "Tư pháp", received, null, null, SubmissionChannel.Online, -0.01m)));
        Assert.Throws<ArgumentException>(() => batch.Add(2, new Dossier(new string('Đ', 130), "Tư pháp", received, null, null, SubmissionChannel.Online)));
        Assert.Equal(0, batch.Count);
    }

    [Fact]
    public void Filtering_keeps_the_chosen_rows_in_order_with_their_codes_and_lines()
    {
        var dossiers = Random(100, 3);
        var batch = Of(dossiers);
        batch.Filter(i => i % 3 == 0);
        Assert.Equal(dossiers.Where((_, i) => i % 3 == 0), Enumerable.Range(0, batch.Count).Select(i => batch[i]));
        Assert.Equal(5, batch.LineOf(1));
    }

    [Fact]
    public void Damaged_bytes_are_refused()
    {
        var figures = Of(Random(10, 4)).PackFigures();
        Assert.Throws<InvalidDataException>(() => new DossierBatch().Unpack(figures.AsSpan(0, figures.Length / 2), default));
        figures[0] = 99;
        Assert.Throws<InvalidDataException>(() => new DossierBatch().Unpack(figures, default));
        var good = Of(Random(10, 4)).PackFigures();
        var wrongField = (byte[])good.Clone();
        // The first field number (after version, count, field count and the three names) points past the names.
        var names = Of(Random(10, 4)).Fields.Sum(f => 4 + System.Text.Encoding.UTF8.GetByteCount(f));
        wrongField[9 + names] = 7;
        Assert.Throws<InvalidDataException>(() => new DossierBatch().Unpack(wrongField, default));
        var hugeName = (byte[])good.Clone();
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(hugeName.AsSpan(9), int.MaxValue);
        Assert.Throws<InvalidDataException>(() => new DossierBatch().Unpack(hugeName, default));
        Assert.Throws<InvalidDataException>(() => new DossierBatch().Unpack([.. good, 0], default));
        var codes = Of(Random(10, 4)).PackCodes();
        Assert.Throws<InvalidDataException>(() => new DossierBatch().Unpack(default, codes.AsSpan(0, codes.Length - 1)));
        codes[4] = 200; // the first code shares nothing: there is none before it
        Assert.Throws<InvalidDataException>(() => new DossierBatch().Unpack(default, codes));
    }

    [Fact]
    public void Rows_are_grouped_in_full_batches_with_the_refused_rows_of_their_stretch()
    {
        var rows = Random(DossierBatch.Capacity + 10, 5).Select((d, i) => new DossierRow(i + 2, i == 3 ? null : d,
            i == 3 ? [new RowError(5, "Mã hồ sơ", "", "thiếu mã hồ sơ.")] : [])).ToList();
        var seen = DossierBatch.Of(rows).Select(b => (b.Count, b.Refused, b.Errors.Count)).ToList();
        Assert.Equal([(DossierBatch.Capacity, 1, 1), (9, 0, 0)], seen);
    }
}
