using ParReport.Domain.Dossiers;
using ParReport.Domain.Periods;

namespace ParReport.Documents.Tests;

/// <summary>
/// An export in the old binary XLS format, as older one-stop systems write it: a cover sheet before the dossiers,
/// title rows above the header, a field merged over its dossiers, a row of totals at the end (Data/ho-so-hai-trang.xls).
/// </summary>
public class DossierXlsTest
{
    private static FileStream Fixture() => File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Data", "ho-so-hai-trang.xls"));

    [Fact]
    public void An_XLS_export_is_read_from_the_sheet_with_the_header_with_merged_fields_and_without_its_totals()
    {
        using var xls = Fixture();
        var rows = DossierXls.Read(xls).ToList();

        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Empty(r.Errors));
        var (first, second, third) = (rows[0].Dossier!, rows[1].Dossier!, rows[2].Dossier!);
        Assert.Equal(("XLS-001", "Hộ tịch", new DateTime(2024, 1, 2, 8, 30, 0), SubmissionChannel.Online, 8000m), (first.Code, first.Field, first.Received, first.Channel, first.Fee));
        // The field is written once, merged over the two dossiers of "Hộ tịch".
        Assert.Equal(("Hộ tịch", DossierStatus.Paused, SubmissionChannel.Direct, false), (second.Field, second.Status, second.Channel, second.WithFee));
        Assert.Equal(("Chứng thực", SubmissionChannel.Postal, new DateTime(2024, 1, 9)), (third.Field, third.Channel, third.Resolved));
    }

    [Fact]
    public void An_XLS_file_is_known_by_its_first_bytes_and_counted()
    {
        using var xls = Fixture();
        var statistics = new DossierStatistics(new CutOffWindow(new DateOnly(2023, 12, 15), new DateOnly(2024, 3, 14)));
        foreach (var batch in DossierFile.Read(xls)) statistics.Add(batch);

        var total = statistics.Total;
        Assert.Equal((2, 1, 1, 2, 1, 1), (total.Received, total.Online, total.DirectOrPostal, total.Resolved, total.Early, total.Late));
        Assert.Equal(1, total.Paused);
    }

    [Fact]
    public void A_damaged_XLS_is_refused_with_a_message_not_an_exception()
    {
        using var xls = Fixture();
        var bytes = new byte[3000];
        xls.ReadExactly(bytes);
        var e = Assert.Throws<UnreadableFileException>(() => DossierFile.Read(new MemoryStream(bytes)).ToList());
        Assert.Contains("XLS", e.Message);
    }
}
