using ParReport.Domain.Templates;

namespace ParReport.Domain.Entry;

public enum ReportPartKind
{
    /// <summary>An outline item's narrative.</summary>
    Outline,
    /// <summary>A statistical form's numbers.</summary>
    Form,
}

/// <summary>
/// A piece of a report that can be given to one official: the narrative of a leaf outline item ("muc-II.2"),
/// or a statistical form ("bieu-III"), as the Bình Lãng directive shares out the outline and the forms.
/// </summary>
public sealed record ReportPart(string Key, ReportPartKind Kind, string Code, string Title, string? Field)
{
    public string Label => Kind == ReportPartKind.Outline ? $"Mục {Code}. {Title}" : $"Biểu {Code}. {Title}";

    /// <summary>Every part of a template: the leaf outline items in outline order, then the forms.</summary>
    public static IReadOnlyList<ReportPart> Of(ReportTemplate template) =>
    [
        .. template.OutlineItems.Where(i => i.Items.Count == 0).Select(i => new ReportPart(OutlineKey(i.Code), ReportPartKind.Outline, i.Code, i.Title, i.Field)),
        .. template.Forms.Select(f => new ReportPart(FormKey(f.Code), ReportPartKind.Form, f.Code, f.Title, f.Field)),
    ];

    public static ReportPart? Find(ReportTemplate template, string key) => Of(template).FirstOrDefault(p => p.Key == key);

    public static string OutlineKey(string outlineCode) => "muc-" + outlineCode;

    public static string FormKey(string formCode) => "bieu-" + formCode;

    /// <summary>The form part an indicator ("III/2.1") belongs to.</summary>
    public static string KeyOfIndicator(string indicatorKey) => FormKey(indicatorKey[..indicatorKey.IndexOf('/')]);
}
