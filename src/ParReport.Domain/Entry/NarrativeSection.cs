using ParReport.Domain.Templates;

namespace ParReport.Domain.Entry;

/// <summary>
/// One text box of an outline item's narrative. Items the template asks to assess get three: the results,
/// the positive side, and the shortcomings with their causes — what the Bình Lãng directive asks of each field.
/// </summary>
/// <remarks>The key in the report is the outline code for the results ("II.2"), with a suffix for the others ("II.2#tich-cuc").</remarks>
public sealed record NarrativeSection(string Key, string Title)
{
    public static IReadOnlyList<NarrativeSection> Of(OutlineItem item) => item.Assess
        ?
        [
            new(item.Code, "Kết quả thực hiện"),
            new(item.Code + "#tich-cuc", "Mặt tích cực"),
            new(item.Code + "#ton-tai", "Tồn tại, hạn chế, nguyên nhân"),
        ]
        : [new(item.Code, "Nội dung")];
}
