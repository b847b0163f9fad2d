using ParReport.Domain.Dossiers;
using ParReport.Domain.Periods;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Tests.Dossiers;

public sealed class DossierIndicatorsTest
{
    [Fact]
    public void The_commune_forms_dossier_counts_come_from_the_statistics_of_the_window()
    {
        var window = new CutOffWindow(new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31));
        var statistics = new DossierStatistics(window);
        var day = new DateTime(2024, 2, 1);
        statistics.Add(new Dossier("1", "Hộ tịch", day, day.AddDays(5), day.AddDays(1), SubmissionChannel.Online, null, false, null));
        statistics.Add(new Dossier("2", "Hộ tịch", day, day.AddDays(5), day.AddDays(5), SubmissionChannel.Direct, null, false, null));
        statistics.Add(new Dossier("3", "Đất đai", day, day.AddDays(5), day.AddDays(9), SubmissionChannel.Online, null, false, null));
        statistics.Add(new Dossier("4", "Đất đai", day.AddDays(-90), day.AddDays(-60), null, SubmissionChannel.Online, null, false, null));

        var values = DossierIndicators.Values(TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 2)), statistics);
        Assert.Equal(new Dictionary<string, decimal>
        {
            ["III/3.1.1"] = 3, ["III/3.1.2"] = 2, ["V/2.4.1"] = 3, ["V/2.4.2"] = 2,
        }, values);
        Assert.True(DossierIndicators.Answers(TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 2)).FindForm("III")!));
        Assert.False(DossierIndicators.Answers(TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 2)).FindForm("I")!));
    }
}
