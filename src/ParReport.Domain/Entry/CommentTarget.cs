using ParReport.Domain.Templates;

namespace ParReport.Domain.Entry;

public enum CommentTargetKind
{
    /// <summary>A part as a whole: "muc-II.2", "bieu-III".</summary>
    Part,
    /// <summary>An indicator's value: "III/3.1.1".</summary>
    Value,
    /// <summary>A text box of an outline item's narrative: "II.2", "II.2#ton-tai".</summary>
    Narrative,
}

/// <summary>
/// What officials discuss in a comment thread: a part of the report, one indicator's value, or one narrative box;
/// each belongs to one part, whose assignee takes part in the discussion.
/// </summary>
public sealed record CommentTarget(string Key, CommentTargetKind Kind, ReportPart Part, string Label)
{
    /// <summary>The target a key names in a template; null for a key of nothing in it.</summary>
    public static CommentTarget? Find(ReportTemplate template, string? key)
    {
        if (string.IsNullOrEmpty(key)) return null;
        var parts = ReportPart.Of(template);
        if (parts.FirstOrDefault(p => p.Key == key) is { } whole) return new(key, CommentTargetKind.Part, whole, whole.Label);
        if (key.Contains('/'))
        {
            if (template.Find(key) is not { } indicator) return null;
            var form = parts.First(p => p.Key == ReportPart.KeyOfIndicator(key));
            return new(key, CommentTargetKind.Value, form, $"Biểu {indicator.FormCode}, chỉ tiêu {indicator.Code}. {indicator.Label}");
        }
        var code = key.Split('#')[0];
        if (parts.FirstOrDefault(p => p.Key == ReportPart.OutlineKey(code)) is not { } outline) return null;
        var section = NarrativeSection.Of(template.OutlineItems.Single(i => i.Code == code)).FirstOrDefault(s => s.Key == key);
        return section is null ? null : new(key, CommentTargetKind.Narrative, outline, $"{outline.Label} — {section.Title}");
    }

    /// <summary>What can be discussed within a part: the part itself, then its entered values or its narrative boxes.</summary>
    public static IReadOnlyList<CommentTarget> Within(ReportTemplate template, ReportPart part)
    {
        IEnumerable<string> keys = part.Kind == ReportPartKind.Form
            ? template.FindForm(part.Code)!.Indicators.Where(i => i.Kind != IndicatorKind.Group).Select(i => i.Key)
            : NarrativeSection.Of(template.OutlineItems.Single(i => i.Code == part.Code)).Select(s => s.Key);
        return [Find(template, part.Key)!, .. keys.Select(k => Find(template, k)!)];
    }
}
