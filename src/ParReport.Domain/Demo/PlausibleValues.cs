using System.Collections.Immutable;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;

namespace ParReport.Domain.Demo;

/// <summary>
/// Fills a template with values of the magnitudes seen in real reports (about a thousand dossiers, a hundred
/// procedures, twenty staff) that satisfy every rule of the template. Deterministic for a given seed.
/// </summary>
public static class PlausibleValues
{
    public static ImmutableDictionary<string, IndicatorValue> Generate(ReportTemplate template, int seed)
    {
        var random = new Random(seed);
        var values = new Dictionary<string, decimal>();
        foreach (var indicator in template.Indicators)
        {
            if (indicator.Kind == IndicatorKind.Choice)
                values[indicator.Key] = indicator.Choices[random.Next(indicator.Choices.Count)].Code;
            else if (indicator.Kind == IndicatorKind.Percent)
                values[indicator.Key] = random.Next(80, 101);
            else if (indicator.IsQuantity)
                values[indicator.Key] = Magnitude(indicator, random);
        }
        MakeConsistent(template, values, random);
        return values.ToImmutableDictionary(v => v.Key, v => IndicatorValue.Of(v.Value));
    }

    private static decimal Magnitude(Indicator indicator, Random random) => indicator.Unit switch
    {
        "Hồ sơ" or "Phiếu" => random.Next(300, 1500),
        "Thủ tục" or "TTHC" => random.Next(80, 130),
        "Người" or "Cán bộ, công chức" => random.Next(15, 26),
        "Nhiệm vụ" => random.Next(6, 31),
        "Văn bản" => random.Next(3, 21),
        "Triệu đồng" => random.Next(1_000, 20_000),
        _ => random.Next(0, 12),
    };

    // Wholes first take the sum of their parts, then parts are brought under their wholes (mostly 85–100%,
    // like on-time rates). Sums are recomputed after, since a part may itself be a whole; the loop ends
    // because every adjustment only lowers a part or sets a whole to a sum of already-settled parts.
    private static void MakeConsistent(ReportTemplate template, Dictionary<string, decimal> values, Random random)
    {
        for (var pass = 0; pass < 10; pass++)
        {
            var changed = false;
            foreach (var rule in template.Rules.OfType<SumOfParts>().Reverse())
            {
                var sum = rule.PartKeys.Sum(k => values[k]);
                if (values[rule.WholeKey] != sum) { values[rule.WholeKey] = sum; changed = true; }
            }
            foreach (var rule in template.Rules.OfType<PartOfWhole>())
            {
                var whole = values[rule.WholeKey];
                if (values[rule.PartKey] <= whole) continue;
                var share = random.Next(85, 101) / 100m;
                var part = template.Get(rule.PartKey).Kind == IndicatorKind.Money ? Math.Round(whole * share, 1) : Math.Floor(whole * share);
                values[rule.PartKey] = part;
                changed = true;
            }
            // Disjoint parts share their whole: when they add up to more, each is scaled down to its share.
            foreach (var rule in template.Rules.OfType<PartsAtMost>())
            {
                var sum = rule.PartKeys.Sum(k => values[k]);
                if (sum <= values[rule.WholeKey]) continue;
                foreach (var key in rule.PartKeys) values[key] = Math.Floor(values[key] * values[rule.WholeKey] / sum);
                changed = true;
            }
            // A choice and the counts under it agree: "Có" with some counted, "Không" with none.
            foreach (var rule in template.Rules.OfType<ChoiceRequires>())
            {
                if (!values.TryGetValue(rule.ChoiceKey, out var chosen) || chosen != rule.Option) continue;
                if (rule.Some && values[rule.Key] == 0) { values[rule.Key] = random.Next(20, 300); changed = true; }
                else if (!rule.Some && values[rule.Key] != 0) { values[rule.Key] = 0; changed = true; }
            }
            if (!changed) return;
        }
        throw new InvalidOperationException($"Could not make values of template {template.Ref} consistent.");
    }
}
