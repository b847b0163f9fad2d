using ParReport.Domain.Dossiers;
using ParReport.Domain.Periods;

namespace ParReport.Documents.Tests;

public class SyntheticDossiersTest
{
    [Fact]
    public void A_generated_export_reads_back_without_errors_and_looks_like_a_communes_year()
    {
        using var csv = new MemoryStream();
        Assert.Equal(10_000, DossierCsvWriter.Write(SyntheticDossiers.Generate(7, 10_000, new DateOnly(2024, 12, 14)), csv));
        csv.Position = 0;
        var rows = DossierCsv.Read(csv).ToList();
        Assert.Equal(10_000, rows.Count);
        Assert.All(rows, r => Assert.Empty(r.Errors));

        var statistics = new DossierStatistics(new ReportingPeriod(2024, PeriodKind.Year).DefaultWindow);
        statistics.AddRange(rows.Select(r => r.Dossier!));
        Assert.Equal(10_000, statistics.Total.Received);
        Assert.Equal("Tư pháp - Hộ tịch", statistics.Rows.MaxBy(r => r.Received)!.Field);
        Assert.InRange(statistics.OnlineRate!.Value, 94, 98);
        Assert.InRange(statistics.OnTimeRate!.Value, 95, 99);
    }

    [Fact]
    public void The_same_seed_gives_the_same_dossiers() =>
        Assert.Equal(SyntheticDossiers.Generate(3, 500, new DateOnly(2024, 6, 14)), SyntheticDossiers.Generate(3, 500, new DateOnly(2024, 6, 14)));
}
