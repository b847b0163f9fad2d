using ParReport.Domain.Checking;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Tests.Checking;

/// <summary>A template inferred from an appendix reproduces the relations that the shipped template of that appendix states.</summary>
public class AppendixTemplateTest(ITestOutputHelper output)
{
    // Relations by the appendix lines they join, so that the shipped and the inferred templates compare whatever their codes.
    private sealed record Relation(string Kind, int A, int B, int C = 0);

    public static TheoryData<string, string[]> SeedAppendices => new()
    {
        // The district form states 5.4 as the sum of its rows, but the appendix gives 5.4 no unit: nothing to infer it from.
        // The options of 7.2 are written on the rows under it, beside labels of their own.
        { Seeds.Kbang, ["part 5.4.1 of 5.4", "part 5.4.2 of 5.4", "part 5.4.3 of 5.4", "part 5.4.4 of 5.4", "choice Chưa có = 0;2 cấp = 1;3 cấp = 2 of 7.2"] },
        // The commune form states IV.1 as the sum of IV.1.1 and IV.1.2; the appendix writes the three rows with "-".
        { Seeds.PhuongDinh, ["part 1.1 of 1", "part 1.2 of 1"] },
        // The commune form's staff placed in their position and not placed make up those with an approved position (5/1.1):
        // a sum the wording does not state. The options of 7/2 are on the rows under it, as in the district's 7.2.
        { Seeds.BinhLang, ["part 1.2 of 1.1", "part 1.3 of 1.1", "choice Chưa có = 0;2 cấp = 1;3 cấp = 2 of 2"] },
    };

    [Theory]
    [MemberData(nameof(SeedAppendices))]
    public void The_inferred_template_reproduces_the_rates_parts_and_choices_of_the_shipped_one(string seed, string[] notInferable)
    {
        var rows = ReportReader.Read(Seeds.Lines(seed)).Appendix;
        var shipped = TemplateCatalog.BuiltIn.All.Select(t => IndicatorMatch.Of(t, rows)).MaxBy(m => m.Pairs.Count)!;
        var inferred = AppendixTemplate.Infer(rows, seed, new DateOnly(2024, 1, 1))!.Match;

        var expected = Relations(shipped);
        var found = Closure(Relations(inferred));
        var missing = expected.Except(found).Select(r => Describe(r, shipped)).ToList();
        output.WriteLine($"{expected.Count} relations of {shipped.Template.Ref}; {found.Count} inferred (with parts of parts)");
        foreach (var extra in Relations(inferred).Except(expected)) output.WriteLine("inferred beyond the template: " + Describe(extra, inferred));

        foreach (var m in missing) output.WriteLine("not inferred: " + m);
        Assert.True(expected.Count >= 15, $"only {expected.Count} relations compared");
        Assert.Equal(notInferable.Order(), missing.Order());
        // What is inferred beyond the template still holds on the seed's own figures (no false alarm).
        foreach (var part in Relations(inferred).Where(r => r.Kind == "part"))
            if (Number(rows, part.A) is { } p && Number(rows, part.B) is { } w) Assert.True(p <= w, Describe(part, inferred));
    }

    [Theory]
    [InlineData(Seeds.Kbang)]
    [InlineData(Seeds.PhuongDinh)]
    public void The_inferred_json_is_a_template_file_that_the_parser_accepts(string seed)
    {
        var inferred = AppendixTemplate.Infer(ReportReader.Read(Seeds.Lines(seed)).Appendix, seed, new DateOnly(2024, 1, 1))!;

        var parsed = TemplateParser.Parse("suy-ra.json", inferred.Json);

        Assert.True(parsed.Succeeded, string.Join("; ", parsed.Problems));
        Assert.Equal(inferred.Template.Indicators.Select(i => (i.Key, i.Kind, i.Numerator, i.Denominator)), parsed.Template!.Indicators.Select(i => (i.Key, i.Kind, i.Numerator, i.Denominator)));
        Assert.Equal(inferred.Template.Rules, parsed.Template.Rules);
    }

    [Fact]
    public void Units_off_the_list_are_kept_in_a_note_and_rows_of_other_units_are_not_compared()
    {
        var rows = Rows(
            ("1", "Tổng số hội nghị tuyên truyền", "Hội nghị", "4"),
            ("1.1", "Số người tham dự hội nghị", "Người", "150"),
            ("2", "Tổ chức đối thoại với doanh nghiệp", "Có = 1; Không = 0", "1"),
            ("2.1", "Số doanh nghiệp tham dự", "Doanh nghiệp", "0"));

        var template = AppendixTemplate.Infer(rows, "riêng", new DateOnly(2024, 1, 1))!.Template;

        Assert.Equal("Đơn vị tính trong phụ lục: Hội nghị", template.Get("1/1").Note);
        Assert.True(template.Get("1/1.1").Independent);
        Assert.DoesNotContain(template.Rules, r => r is PartOfWhole { PartKey: "1/1.1" });
        Assert.Equal([new ChoiceOption(1, "Có"), new ChoiceOption(0, "Không")], template.Get("1/2").Choices);
        Assert.Contains(new ChoiceRequires("1/2", 1, "1/2.1", true), template.Rules);
        Assert.Contains(new ChoiceRequires("1/2", 0, "1/2.1", false), template.Rules);
    }

    [Fact]
    public void Siblings_are_parts_only_when_the_wording_says_so()
    {
        var rows = Rows(
            ("1", "Nhiệm vụ được giao", "", ""),
            ("1.1", "Tổng số nhiệm vụ được giao", "Nhiệm vụ", "10"),
            ("1.2", "Số nhiệm vụ đã hoàn thành đúng hạn", "Nhiệm vụ", "6"),
            ("1.3", "Số nhiệm vụ đã hoàn thành nhưng quá hạn", "Nhiệm vụ", "2"),
            ("2", "Văn bản quy phạm pháp luật", "", ""),
            ("2.1", "Số VBQPPL đã ban hành", "Văn bản", "3"),
            ("2.2", "Số VBQPPL đã kiểm tra", "Văn bản", "5"),
            ("3", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "80%"),
            ("3.1", "Số hồ sơ giải quyết đúng hạn", "Hồ sơ", "8"),
            ("3.2", "Tổng số hồ sơ đã giải quyết", "Hồ sơ", "10"));

        var template = AppendixTemplate.Infer(rows, "riêng", new DateOnly(2024, 1, 1))!.Template;

        Assert.Contains(new PartOfWhole("1/1.2", "1/1.1"), template.Rules);
        Assert.Contains(new PartOfWhole("1/1.3", "1/1.1"), template.Rules);
        Assert.DoesNotContain(template.Rules, r => r is PartOfWhole { PartKey: "1/1.3", WholeKey: "1/1.2" });
        Assert.DoesNotContain(template.Rules, r => r is PartOfWhole { PartKey: "1/2.2" });
        // The whole of a rate is its "Tổng số" row, wherever it stands.
        Assert.Equal(("3.1", "3.2"), (template.Get("1/3").Numerator, template.Get("1/3").Denominator));
    }

    private static List<AppendixRow> Rows(params (string Stt, string Label, string Unit, string Value)[] rows) =>
        rows.Select((r, i) => new AppendixRow(i + 1, null, r.Stt, r.Label, r.Unit, StatedValue.Parse(r.Value), "")).ToList();

    private static HashSet<Relation> Relations(IndicatorMatch match)
    {
        int Line(string key) => match.RowOf(key)?.Line ?? -1;
        var relations = new List<Relation>();
        foreach (var rule in match.Template.Rules)
            switch (rule)
            {
                case PartOfWhole(var part, var whole): relations.Add(new("part", Line(part), Line(whole))); break;
                case SumOfParts(var whole, var parts): relations.AddRange(parts.Select(p => new Relation("part", Line(p), Line(whole)))); break;
                case PartsAtMost(var whole, var parts): relations.AddRange(parts.Select(p => new Relation("part", Line(p), Line(whole)))); break;
                case ChoiceRequires(var choice, var option, var key, var some): relations.Add(new(some ? "some" : "none", Line(choice), Line(key), option)); break;
            }
        foreach (var (row, indicator) in match.Pairs)
        {
            if (indicator.Kind == IndicatorKind.Rate)
                relations.Add(new("rate", row.Line, Line(IndicatorKey.Of(indicator.FormCode, indicator.Numerator!)), Line(IndicatorKey.Of(indicator.FormCode, indicator.Denominator!))));
            if (indicator.Kind == IndicatorKind.Choice) relations.Add(new("choice " + string.Join(";", indicator.Choices.OrderBy(c => c.Code)), row.Line, 0));
        }
        // Only relations between rows the appendix has.
        return relations.Where(r => r.A > 0 && r.B >= 0 && r.C >= 0).ToHashSet();
    }

    // A part of a part is a part of the whole: "2.1.3 ≤ 2.1.2 ≤ 2.1.1" states 2.1.3 ≤ 2.1.1.
    private static HashSet<Relation> Closure(HashSet<Relation> relations)
    {
        var closed = relations.ToHashSet();
        for (var grown = true; grown;)
        {
            var parts = closed.Where(r => r.Kind == "part").ToList();
            grown = false;
            foreach (var a in parts)
                foreach (var b in parts.Where(b => b.A == a.B))
                    grown |= closed.Add(new("part", a.A, b.B));
        }
        return closed;
    }

    private static string Describe(Relation r, IndicatorMatch match)
    {
        string Code(int line) => match.Pairs.FirstOrDefault(p => p.Row.Line == line).Indicator?.Code ?? $"dòng {line}";
        return r.Kind switch
        {
            "part" => $"part {Code(r.A)} of {Code(r.B)}",
            "rate" => $"rate {Code(r.A)} = {Code(r.B)} / {Code(r.C)}",
            "some" or "none" => $"{Code(r.A)} = {r.C} requires {r.Kind} in {Code(r.B)}",
            _ => $"{r.Kind} of {Code(r.A)}",
        };
    }

    private static decimal? Number(IReadOnlyList<AppendixRow> rows, int line) => rows.First(r => r.Line == line).Value.Number;
}
