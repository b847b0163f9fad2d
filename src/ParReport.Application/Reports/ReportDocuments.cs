using ParReport.Application.Aggregates;
using ParReport.Documents;
using ParReport.Domain.Aggregation;
using ParReport.Domain.Dossiers;
using ParReport.Domain.Entry;
using ParReport.Domain.Periods;
using ParReport.Domain.Templates;
using ParReport.Domain.Text;
using ParReport.Domain.Workflow;
using ParReport.Storage;

namespace ParReport.Application.Reports;

/// <summary>
/// The documents of a report as the web page and the sign-off make them: the letterhead with the document's number,
/// date and signer, the DOCX with its dossier table and charts, the XLSX appendix, the assignment letter of its parts.
/// Until the leader signs off, the DOCX is marked "DỰ THẢO" and lists the parts not finished.
/// </summary>
public sealed class ReportDocuments(ParReportDbContext db, TimeProvider clock)
{
    public const string BlankNumber = "     /BC-UBND";

    /// <summary>The document's number, date and signer as set; until then a blank number to write by hand, today, no name.</summary>
    /// <param name="document">The number, date and signer the leader gives when signing off, instead of the stored ones.</param>
    public Letterhead Letterhead(ReportContext report, string? signer = null, (string? Number, DateOnly? Date, string? Signer)? document = null)
    {
        var (number, date, named) = document ?? report.Document;
        return Documents.Letterhead.For(report.Unit, report.Issuer, report.Request, report.Template.Addressed,
            number ?? BlankNumber, date ?? VietnamTime.Day(clock.GetUtcNow()), named ?? signer ?? "");
    }

    /// <param name="final">The version the leader signs: no draft mark.</param>
    public async Task<byte[]> DocxAsync(ReportContext report, bool final = false, string? signer = null, CancellationToken cancel = default,
        (string? Number, DateOnly? Date, string? Signer)? document = null)
    {
        var dossiers = await DocumentDossiersAsync(report, cancel);
        // In the order of the preview: the chart by field under its table, then the rates over the periods.
        DocxReport.Figure?[] figures = [dossiers is null ? null : FieldChart.Figure(report.Template, dossiers), RateChart.Figure(report.Template, await HistoryAsync(report, cancel)),
            .. await UnitChartsAsync(report, cancel)];
        var draft = final || ReportStatuses.IsSent(report.Status) || report.ShownVersion > 0 ? null : new DraftMark(Unfinished(report));
        return DocxReport.Write(report.Template, report.Report, Letterhead(report, signer, document), figures.OfType<DocxReport.Figure>().ToList(), dossiers, draft);
    }

    public const string BlankLetterNumber = "     /UBND-VP";

    /// <summary>The hour of the deadline days in the assignment letter unless the compiler gives one: the request's own, or 16:00.</summary>
    public static TimeOnly LetterHour(ReportContext report) => report.Request.DeadlineHour ?? new TimeOnly(16, 0);

    /// <summary>
    /// The assignment letter (công văn phân công) of the unit's report: every part given to an official with its deadline
    /// (the request's when the part has none), at <paramref name="hour"/> of that day. The unit's compiler and leader
    /// may, as they set the report's document; refused while no part is given to anyone.
    /// </summary>
    /// <param name="number">The letter's number; blank ("     /UBND-VP") for the leader to write by hand.</param>
    /// <param name="signer">The signer; the report's signer when not given.</param>
    public Result<byte[]> AssignmentLetter(ReportContext report, string? number = null, DateOnly? date = null, TimeOnly? hour = null, string? signer = null)
    {
        if (!report.CanSetDocument) return Result<byte[]>.Of(Outcome.Forbidden);
        number = TypedText.Clean(number ?? "").Trim();
        signer = TypedText.Clean(signer ?? "").Trim();
        if (number.Length > 64 || signer.Length > 128) return Result<byte[]>.Refused(EntryMessages.BadLetter);
        var given = ReportPart.Of(report.Template)
            .Select(p => (Part: p, Assignment: report.Assignments.GetValueOrDefault(p.Key)))
            .Where(p => p.Assignment?.Assignee is not null)
            .Select(p => new Documents.AssignmentLetter.Given(p.Part, p.Assignment!.AssigneeId!, p.Assignment.Assignee!.FullName, p.Assignment.Deadline ?? report.Request.Deadline))
            .ToList();
        if (given.Count == 0) return Result<byte[]>.Refused(EntryMessages.NothingAssigned);
        var letter = Documents.AssignmentLetter.For(report.Unit, report.Issuer, report.Request, report.Template, given,
            number.Length > 0 ? number : BlankLetterNumber, date ?? VietnamTime.Day(clock.GetUtcNow()), hour ?? LetterHour(report),
            signer.Length > 0 ? signer : report.Document.Signer ?? "");
        return Result<byte[]>.Done(DocxReport.Write(letter));
    }

    public byte[] Xlsx(ReportContext report, (string? Number, DateOnly? Date, string? Signer)? document = null) =>
        XlsxAppendix.Write(report.Template, report.Report, Letterhead(report, document: document));

    /// <summary>The labels of the parts not marked done.</summary>
    public static IReadOnlyList<string> Unfinished(ReportContext report) =>
        ReportPart.Of(report.Template).Where(p => report.Assignments.GetValueOrDefault(p.Key)?.Status != (int)PartStatus.Done).Select(p => p.Label).ToList();

    /// <summary>The unit's dossier statistics for the request's window.</summary>
    public Task<DossierStatistics> DossiersAsync(ReportContext report, CancellationToken cancel) =>
        new DossierStore(db).StatisticsAsync(report.Unit.Code, report.Request.Window, cancel);

    /// <summary>The dossier table printed in the report: only when the report's figures are the dossiers' own.</summary>
    public async Task<DossierStatistics?> DocumentDossiersAsync(ReportContext report, CancellationToken cancel) =>
        DossierIndicators.ForDocument(report.Template, report.Report.Values, await DossiersAsync(report, cancel));

    /// <summary>
    /// The charts the outline asks for (<see cref="OutlineItem.Charts"/>), from the aggregate of the unit's own units'
    /// accepted reports for this period: none when the unit asked them for nothing, or no unit gave the figure.
    /// </summary>
    public async Task<IReadOnlyList<DocxReport.Figure>> UnitChartsAsync(ReportContext report, CancellationToken cancel)
    {
        var charts = report.Template.Outline.SelectMany(o => o.SelfAndDescendants()).SelectMany(o => o.Charts.Select(c => (o.Code, Chart: c))).ToList();
        if (charts.Count == 0) return [];
        var aggregates = new AggregateQuery(db);
        var views = await aggregates.OwnRequestsAsync(report.Unit.Code, report.Request.Period.Code, cancel);
        var figures = new List<DocxReport.Figure>();
        foreach (var (code, chart) in charts)
        {
            var upper = report.Template.Get(chart.IndicatorKey);
            if (views.FirstOrDefault(v => v.Template.RolledUpBy(upper) is not null) is not { } view) continue;
            var source = view.Template.RolledUpBy(upper)!;
            var percent = upper.Kind == IndicatorKind.Percent;
            if (chart.Kind == OutlineChartKind.Ranking)
            {
                var ranked = Aggregate.Ranking(source, view.Units);
                if (ranked.Count > 0)
                    figures.Add(UnitsChart.Ranking(code, AggregationMessages.RankingTitle(upper.Label, view.UnitsName), ranked.Select(v => (v.Unit.Name, v.Value!.Value)).ToList(), percent));
            }
            else
            {
                var points = await aggregates.HistoryAsync(view, source, cancel);
                if (points.Any(p => p.Value is not null))
                    figures.Add(UnitsChart.Trend(code, AggregationMessages.TrendTitle(upper.Label), points.Select(p => (p.Period.Title, p.Value)).ToList(), percent));
            }
        }
        return figures;
    }

    /// <summary>
    /// The on-time and online rates of the unit up to this period, or null when there is nothing to draw. The upper level
    /// sees only what was sent: earlier periods' reports sent or accepted, and this period as shown to it.
    /// </summary>
    public async Task<IReadOnlyList<RateChart.Point>?> HistoryAsync(ReportContext report, CancellationToken cancel)
    {
        var earlier = (await new ReportStore(db).HistoryAsync(report.Unit.Code, report.Request.Period, cancel, sentOnly: !report.IsOwnUnit))
            .Where(r => r.Period != report.Request.Period);
        var history = report.Report.Values.IsEmpty ? earlier : earlier.Append(report.Report);
        return RateChart.History(history.Select(r => (TemplateCatalog.BuiltIn.Get(r.Template), r)));
    }
}
