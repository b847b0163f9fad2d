using ParReport.Domain.Entry;
using ParReport.Domain.Formatting;
using ParReport.Domain.Templates;
using ParReport.Domain.Text;

namespace ParReport.Domain.Reports;

/// <summary>What changed between two versions of a report: its entered values, the rates derived from them, and its narrative.</summary>
public static class ReportDiff
{
    /// <summary>
    /// Every difference between <paramref name="older"/> and <paramref name="newer"/>: first the indicators in template
    /// order (an entered value added, removed or changed, or a derived rate that comes out differently), then any stored
    /// value the template does not know, by key, then the narrative sections in outline order (unknown keys last), by key.
    /// </summary>
    /// <remarks>
    /// Equality is what a reader could tell apart. An entered value is compared after normalisation: an empty value is
    /// no value, numbers are compared by value (1,0 equals 1) and text after line breaks are made "\n" and surrounding
    /// white space is trimmed, so a value equal after normalisation is not a change. A derived rate is never stored: it
    /// is recomputed from each version's parts and is a change when its shown value (rounded to one decimal) differs, or
    /// it can be computed in one version only (a missing part or a denominator of 0 is no rate, Old or New null). A
    /// narrative is compared like text, and an empty narrative equals an absent one.
    /// </remarks>
    /// <param name="template">The template both versions were made with.</param>
    /// <param name="older">The version compared from.</param>
    /// <param name="newer">The version compared to.</param>
    /// <exception cref="ArgumentException">A report was made with another template: its keys would not mean the same.</exception>
    public static IReadOnlyList<ReportChange> Between(ReportTemplate template, Report older, Report newer)
    {
        if (older.Template != template.Ref) throw new ArgumentException($"The report was made with template {older.Template}, not {template.Ref}.", nameof(older));
        if (newer.Template != template.Ref) throw new ArgumentException($"The report was made with template {newer.Template}, not {template.Ref}.", nameof(newer));

        var changes = new List<ReportChange>();
        var olderRates = Derivation.Rates(template, older.Values);
        var newerRates = Derivation.Rates(template, newer.Values);
        foreach (var indicator in template.Indicators)
        {
            if (indicator.Kind == IndicatorKind.Rate)
                Add(changes, ReportChangeKind.Value, indicator.Key, RateLabel(indicator), ShowRate(olderRates[indicator.Key]), ShowRate(newerRates[indicator.Key]));
            else if (indicator.IsEntered)
                Add(changes, ReportChangeKind.Value, indicator.Key, IndicatorLabel(indicator),
                    Show(indicator, Normalised(older.Values.GetValueOrDefault(indicator.Key))), Show(indicator, Normalised(newer.Values.GetValueOrDefault(indicator.Key))));
        }

        // A stored value the template does not know is still part of the report, so its change is listed, under its key.
        var unknownValues = older.Values.Keys.Union(newer.Values.Keys).Where(k => template.Find(k) is null).Order(StringComparer.Ordinal);
        foreach (var key in unknownValues)
            Add(changes, ReportChangeKind.Value, key, key,
                Show(null, Normalised(older.Values.GetValueOrDefault(key))), Show(null, Normalised(newer.Values.GetValueOrDefault(key))));

        var outline = template.OutlineItems.ToList();
        var narratives = older.Narratives.Keys.Union(newer.Narratives.Keys)
            .Select(key => (Key: key, At: outline.FindIndex(i => i.Code == ItemCode(key))))
            .OrderBy(n => n.At < 0 ? int.MaxValue : n.At).ThenBy(n => n.Key, StringComparer.Ordinal);
        foreach (var (key, at) in narratives)
            Add(changes, ReportChangeKind.Narrative, key, at < 0 ? key : NarrativeLabel(outline[at], key),
                Normalised(older.Narratives.GetValueOrDefault(key)), Normalised(newer.Narratives.GetValueOrDefault(key)));
        return changes;
    }

    private static void Add(List<ReportChange> changes, ReportChangeKind kind, string key, string label, string? old, string? @new)
    {
        if (old != @new) changes.Add(new ReportChange(kind, key, label, old, @new));
    }

    private static IndicatorValue? Normalised(IndicatorValue? value) =>
        value is null || value.IsEmpty ? null : value with { Text = Normalised(value.Text) };

    private static string? Normalised(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : TypedText.Clean(text).Trim();

    // Every shown form keeps all of a number's decimals, so two values show alike exactly when they are equal.
    private static string? Show(Indicator? indicator, IndicatorValue? value) => value switch
    {
        null => null,
        { Number: { } code } when indicator is { Kind: IndicatorKind.Choice } => IndicatorFormatter.FormatChoice(indicator, code),
        _ => ValueInput.Show(value),
    };

    private static string? ShowRate(decimal? rate) => rate is null ? null : VietnameseNumbers.FormatPercent(rate);

    // A narrative key is the outline code, with "#section" for an item's assessment (NarrativeSection).
    private static string ItemCode(string key) => key.IndexOf('#') is var hash and >= 0 ? key[..hash] : key;

    // The labels a reader sees; kept together so the wording is reviewed in one place.
    private static string IndicatorLabel(Indicator indicator) => $"Biểu {indicator.FormCode} — {indicator.Code}. {indicator.Label}";

    private static string RateLabel(Indicator rate) => IndicatorLabel(rate) + " (tỷ lệ tính tự động)";

    private static string NarrativeLabel(OutlineItem item, string key)
    {
        var label = $"Mục {item.Code}. {item.Title}";
        if (key == item.Code) return label;
        var section = NarrativeSection.Of(item).FirstOrDefault(s => s.Key == key)?.Title ?? key[(item.Code.Length + 1)..];
        return $"{label} — {section}";
    }
}
