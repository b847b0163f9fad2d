using ParReport.Application.Aggregates;

namespace ParReport.Web.Pages.Shared;

/// <summary>What the unusual-values panel shows: the flags, whether this user may explain them, and where a note returns to.</summary>
/// <param name="From">"report" when shown on a unit's report, so that saving a note comes back to it.</param>
/// <param name="ReportUrl">A unit's report page, on the board; null on the report itself.</param>
public sealed record OutliersPanel(int RequestId, IReadOnlyList<OutlierReview.Flag> Flags, bool MayExplain, string From,
    Func<string, string>? ReportUrl, IReadOnlyList<string> Errors);
