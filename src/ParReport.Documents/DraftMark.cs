namespace ParReport.Documents;

/// <summary>
/// The mark a report downloaded before the leader signs it off carries: "DỰ THẢO" at the top of every page and,
/// under the title, a notice listing the parts not yet finished, so a draft is never mistaken for the issued report.
/// </summary>
/// <param name="Unfinished">The labels of the parts not yet finished ("Biểu III. Cải cách TTHC"), in the order to print them; may be empty.</param>
public sealed record DraftMark(IReadOnlyList<string> Unfinished)
{
    /// <summary>The word printed at the top of every page.</summary>
    public const string Word = "DỰ THẢO";

    /// <summary>The notice printed under the title.</summary>
    public const string Notice = "DỰ THẢO — chưa được lãnh đạo ký duyệt";

    /// <summary>"Các phần chưa hoàn thành: A; B; C." — null when every part is finished.</summary>
    public string? UnfinishedLine => Unfinished.Count == 0 ? null : $"Các phần chưa hoàn thành: {string.Join("; ", Unfinished)}.";
}
