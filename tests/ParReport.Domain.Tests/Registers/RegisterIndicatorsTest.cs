using ParReport.Domain.Registers;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Tests.Registers;

public sealed class RegisterIndicatorsTest
{
    private static readonly ReportTemplate Xa = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 2));

    [Fact]
    public void Every_indicator_the_commune_template_counts_from_a_register_matches_the_hand_count_of_the_seed_like_registers()
    {
        var values = RegisterIndicators.Values(Xa, SeedRegisters.All(), SeedRegisters.HalfYear);

        var expected = new Dictionary<string, decimal>
        {
            ["I/1"] = 12,                                   // 12 CCHC plans and decisions issued in the half-year
            ["I/2.1"] = 6, ["I/2.2"] = 3,                   // 3 of the 2024 plan's 6 tasks done by 14/06/2024
            ["I/3.1"] = 1, ["I/3.2"] = 1, ["I/3.3.1"] = 8, ["I/3.3.2"] = 7,
            ["I/4.1"] = 14, ["I/4.2"] = 14, ["I/4.3"] = 0, ["I/4.4"] = 0, // 14 tasks from the district, all on time
            ["III/1"] = 101, ["III/1.1"] = 0, ["III/1.2"] = 101,          // 101 procedures over 9 fields
            ["V/2.1.2"] = 60, ["V/2.2.2"] = 20, ["V/2.3.1"] = 80, ["V/2.3.2"] = 70,
            ["V/2.5.1"] = 34, ["V/2.5.2"] = 12,
        };
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), values.OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void The_older_commune_template_and_the_district_template_count_the_same_registers_by_hand_too()
    {
        var xa1 = RegisterIndicators.Values(TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 1)), SeedRegisters.All(), SeedRegisters.HalfYear);
        Assert.Equal(new Dictionary<string, decimal>
        {
            ["1/1"] = 12, ["1/2.1"] = 6, ["1/2.2"] = 3, ["1/3.3.1"] = 8, ["1/3.3.2"] = 7,
            ["1/4.1"] = 14, ["1/4.2"] = 14, ["1/4.3"] = 0, ["1/4.4"] = 0,
            ["3/1.4"] = 101, ["3/1.4.2"] = 0, ["3/1.4.3"] = 101,
            ["4/2.1"] = 22, ["4/2.2"] = 21,                  // 11 + 11 assigned, 11 + 10 present (the 2023 row stopped applying)
            ["7/6.8.1"] = 34, ["7/6.8.2"] = 12,
        }.OrderBy(e => e.Key, StringComparer.Ordinal), xa1.OrderBy(e => e.Key, StringComparer.Ordinal));

        var huyen = RegisterIndicators.Values(TemplateCatalog.BuiltIn.Get(new TemplateRef("huyen", 1)), SeedRegisters.All(), SeedRegisters.HalfYear);
        Assert.Equal(new Dictionary<string, decimal>
        {
            ["1/1.1.1"] = 6, ["1/1.1.2"] = 3, ["1/1.1.3"] = 12, ["1/1.2.3"] = 8, ["1/1.2.4"] = 7,
            ["1/1.3.1"] = 14, ["1/1.3.2"] = 14, ["1/1.3.3"] = 0, ["4/4.2.1"] = 22, ["4/4.2.2"] = 21,
        }.OrderBy(e => e.Key, StringComparer.Ordinal), huyen.OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void A_register_never_kept_gives_nothing_rather_than_zero_but_one_kept_gives_zero_for_an_empty_period()
    {
        var inspectionsOnly = new Dictionary<string, IReadOnlyList<RegisterRow>> { [RegisterCatalog.Inspections] = SeedRegisters.Inspections() };
        var later = new ParReport.Domain.Periods.CutOffWindow(new DateOnly(2024, 9, 15), new DateOnly(2024, 12, 14));

        var values = RegisterIndicators.Values(Xa, inspectionsOnly, later);

        Assert.Equal(["I/3.1", "I/3.2", "I/3.3.1", "I/3.3.2"], values.Keys.Order(StringComparer.Ordinal));
        Assert.All(values.Values, v => Assert.Equal(0, v));
    }

    [Fact]
    public void A_task_done_after_the_window_is_overdue_at_its_end_and_one_done_after_its_due_day_is_late()
    {
        var tasks = new[]
        {
            SeedRegisters.Row(RegisterCatalog.AssignedTasks, ("source", "CV 1"), ("task", "a"), ("assigned", "02/01/2024"), ("due", "10/01/2024"), ("done", "12/01/2024")),
            SeedRegisters.Row(RegisterCatalog.AssignedTasks, ("source", "CV 2"), ("task", "b"), ("assigned", "02/05/2024"), ("due", "10/06/2024"), ("done", "20/06/2024")),
            SeedRegisters.Row(RegisterCatalog.AssignedTasks, ("source", "CV 3"), ("task", "c"), ("assigned", "02/05/2024"), ("due", "30/06/2024")),
        };
        var values = RegisterIndicators.Values(Xa, new Dictionary<string, IReadOnlyList<RegisterRow>> { [RegisterCatalog.AssignedTasks] = tasks }, SeedRegisters.HalfYear);

        Assert.Equal(3, values["I/4.1"]);
        Assert.Equal(0, values["I/4.2"]);
        Assert.Equal(1, values["I/4.3"]);
        // Due 10/06 and not done by 14/06: overdue. Due 30/06: still within its time, counted in none of the three.
        Assert.Equal(1, values["I/4.4"]);
    }

    [Fact]
    public void The_template_names_its_register_sources_and_a_bad_source_is_a_template_problem()
    {
        Assert.Equal(20, Xa.Indicators.Count(i => i.Register is not null));
        using var stream = typeof(ReportTemplate).Assembly.GetManifestResourceStream("templates/xa-v2.json")!;
        var json = new StreamReader(stream).ReadToEnd()
            .Replace("\"where\": [\"cchc\"]", "\"where\": [\"cchc\", \"type = Sắc lệnh\", \"colour\"]");
        var result = TemplateParser.Parse("xa-v2.json", json);
        Assert.Null(result.Template);
        Assert.Contains(result.Problems, p => p.Message.Contains("«Sắc lệnh»") && p.Message.Contains("«type»"));
        Assert.Contains(result.Problems, p => p.Message.Contains("không có cột «colour»"));
    }
}
