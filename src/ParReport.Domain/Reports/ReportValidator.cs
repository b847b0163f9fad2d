using ParReport.Domain.Templates;

namespace ParReport.Domain.Reports;

/// <summary>
/// Checks a report's values against its template: each value fits its kind (whole non-negative counts,
/// percentages within 0–100, a choice among its options), and the consistency rules of the template hold
/// (stated in its data or inferred from its tree). Missing values are not violations; a rule is checked once its values are entered.
/// </summary>
public static class ReportValidator
{
    public static ValidationResult Validate(ReportTemplate template, IReadOnlyDictionary<string, IndicatorValue> values)
    {
        var violations = new List<Violation>();
        foreach (var (key, value) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            var indicator = template.Find(key);
            if (indicator is null) violations.Add(new(ViolationKind.UnknownIndicator, [key], ValidationMessages.UnknownIndicator(key)));
            else if (!value.IsEmpty && CheckValue(indicator, value) is { } violation) violations.Add(violation);
        }

        decimal? Number(string key) => template.Find(key) is { IsQuantity: true } ? values.GetValueOrDefault(key)?.Number : null;

        foreach (var rule in template.Rules)
        {
            switch (rule)
            {
                case PartOfWhole(var partKey, var wholeKey):
                    if (Number(partKey) is { } part && Number(wholeKey) is { } whole && part > whole)
                        violations.Add(new(ViolationKind.PartExceedsWhole, [partKey, wholeKey],
                            ValidationMessages.PartExceedsWhole(template.Get(partKey), part, template.Get(wholeKey), whole)));
                    break;
                case SumOfParts(var wholeKey, var partKeys):
                    if (Number(wholeKey) is not { } total) break;
                    var entered = partKeys.Where(k => Number(k) is not null).Select(k => (template.Get(k), Number(k)!.Value)).ToList();
                    var sum = entered.Sum(p => p.Item2);
                    if (entered.Count == partKeys.Count && sum != total)
                        violations.Add(new(ViolationKind.PartsDoNotSum, [wholeKey, .. partKeys],
                            ValidationMessages.PartsDoNotSum(template.Get(wholeKey), total, entered)));
                    else if (entered.Count < partKeys.Count && sum > total)
                        violations.Add(new(ViolationKind.PartExceedsWhole, [wholeKey, .. entered.Select(p => p.Item1.Key)],
                            ValidationMessages.PartsExceedWhole(template.Get(wholeKey), total, entered)));
                    break;
                case PartsAtMost(var wholeKey, var partKeys):
                    if (Number(wholeKey) is not { } most) break;
                    var given = partKeys.Where(k => Number(k) is not null).Select(k => (template.Get(k), Number(k)!.Value)).ToList();
                    if (given.Count > 1 && given.Sum(p => p.Item2) > most)
                        violations.Add(new(ViolationKind.PartExceedsWhole, [wholeKey, .. given.Select(p => p.Item1.Key)],
                            ValidationMessages.DisjointPartsExceedWhole(template.Get(wholeKey), most, given)));
                    break;
                case ChoiceRequires(var choiceKey, var option, var key, var some):
                    if (values.GetValueOrDefault(choiceKey)?.Number != option || Number(key) is not { } counted || (some ? counted > 0 : counted == 0)) break;
                    var choice = template.Get(choiceKey);
                    violations.Add(new(ViolationKind.ChoiceContradictsCount, [choiceKey, key],
                        ValidationMessages.ChoiceContradictsCount(choice, choice.Choices.First(c => c.Code == option).Label, template.Get(key), counted, some)));
                    break;
            }
        }
        return new ValidationResult(violations);
    }

    /// <summary>Whether one value fits its indicator's kind, whatever the other values are.</summary>
    public static Violation? CheckValue(Indicator indicator, IndicatorValue value)
    {
        if (!indicator.IsEntered) return new(ViolationKind.NotEnterable, [indicator.Key], ValidationMessages.NotEnterable(indicator));
        if ((indicator.Kind == IndicatorKind.Text) != (value.Number is null))
            return new(ViolationKind.WrongType, [indicator.Key], ValidationMessages.WrongType(indicator));
        if (value.Number is not { } n) return null;
        return indicator.Kind switch
        {
            IndicatorKind.Count when n < 0 || n != decimal.Truncate(n) =>
                new(ViolationKind.NotACount, [indicator.Key], ValidationMessages.NotACount(indicator, n)),
            IndicatorKind.Money when n < 0 =>
                new(ViolationKind.NegativeMoney, [indicator.Key], ValidationMessages.NegativeMoney(indicator, n)),
            IndicatorKind.Percent when n is < 0 or > 100 =>
                new(ViolationKind.PercentOutOfRange, [indicator.Key], ValidationMessages.PercentOutOfRange(indicator, n)),
            IndicatorKind.Choice when indicator.Choices.All(o => o.Code != n) =>
                new(ViolationKind.NotAnOption, [indicator.Key], ValidationMessages.NotAnOption(indicator, n)),
            _ => null,
        };
    }
}
