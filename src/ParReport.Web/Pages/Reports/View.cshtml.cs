using Microsoft.AspNetCore.Mvc;
using ParReport.Application;
using ParReport.Application.Reports;
using ParReport.Documents;
using ParReport.Domain.Dossiers;
using ParReport.Domain.Entry;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using ParReport.Domain.Workflow;
using ParReport.Domain.Writing;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Web.Pages.Reports;

/// <summary>
/// One unit's report: its state and the workflow steps this user may take, its parts with who fills them, by when and
/// how far they are (the compiler assigns them here), every remaining violation linked to its field, the narrative with
/// the generated sentences, every form's values, the documents, the versions sent and the history of steps.
/// </summary>
public sealed class ViewModel(ParReportDbContext db, SignedInUser user, TimeProvider clock, ReportEntry entry, MoveReport move, ReportDocuments documents,
    Application.Aggregates.FillFromUnits fill, Application.Aggregates.OutlierReview outliers)
    : ReportPageModel(db, user, clock)
{
    public Report Report => Context.Report;
    public ReportTemplate Template => Context.Template;
    public OrgUnit Unit => Context.Unit;
    public ReportingRequest Reporting => Context.Request;
    public IReadOnlyDictionary<string, decimal?> Rates { get; private set; } = new Dictionary<string, decimal?>();
    public ValidationResult Validation { get; private set; } = null!;
    public IReadOnlyList<ReportPart> Parts { get; private set; } = [];
    public DateOnly Today => VietnamTime.Day(Clock.GetUtcNow());

    /// <summary>The unit's officials a part can be given to (compilers and contributors).</summary>
    public IReadOnlyList<UserRecord> Officials { get; private set; } = [];

    /// <summary>Why a part could not be marked done or assigned.</summary>
    public string? StatusError { get; private set; }

    /// <summary>Why a workflow step was refused.</summary>
    public IReadOnlyList<string> MoveErrors { get; private set; } = [];

    /// <summary>The outline item under which the rate chart is shown, or null when there is nothing to draw.</summary>
    public string? ChartOutline { get; private set; }

    public ILookup<string, StatisticalSentence> Sentences { get; private set; } = Enumerable.Empty<StatisticalSentence>().ToLookup(s => s.OutlineCode);

    /// <summary>Why a rewording was refused, by sentence key.</summary>
    public Dictionary<string, (string Text, string Error)> Refused { get; } = [];

    public IReadOnlyList<ReportTransition> Offered { get; private set; } = [];
    public IReadOnlyList<ReportEventRecord> Events { get; private set; } = [];
    public IReadOnlyList<WorkflowStore.VersionHeader> Versions { get; private set; } = [];

    /// <summary>The last return's overall reason and its reasons by part, shown beside the parts while the unit fixes them.</summary>
    public (string? Comment, IReadOnlyDictionary<string, string> Parts) Returned { get; private set; } = (null, new Dictionary<string, string>());

    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(int requestId, string unitCode, CancellationToken cancel) =>
        await LoadReportAsync(requestId, unitCode, cancel) ?? await ShowAsync(cancel);

    /// <summary>Gives a part to an official of the unit, with a deadline. Compilers only.</summary>
    public async Task<IActionResult> OnPostAssignAsync(int requestId, string unitCode, string part, string? assignee, DateOnly? deadline, CancellationToken cancel)
    {
        if (await LoadReportAsync(requestId, unitCode, cancel) is { } refused) return refused;
        if (ReportPart.Find(Template, part) is not { } found) return NotFound();
        if (!ModelState.IsValid) return BadRequest();
        var result = await entry.AssignAsync(Context, found, assignee, deadline, cancel);
        if (result.IsDone) return Redirect($"{Context.Url()}?done=assigned#phan-{part}");
        return await RefuseAsync(result.Outcome, result.Messages, cancel, errors => StatusError = errors[0]);
    }

    /// <summary>Marks a part done, refused while it has violations or no content, or back in progress.</summary>
    public async Task<IActionResult> OnPostStatusAsync(int requestId, string unitCode, string part, PartStatus status, CancellationToken cancel)
    {
        if (await LoadReportAsync(requestId, unitCode, cancel) is { } refused) return refused;
        if (ReportPart.Find(Template, part) is not { } found) return NotFound();
        var result = await entry.SetPartStatusAsync(Context, found, status, cancel);
        if (result.IsDone) return Redirect($"{Context.Url()}#phan-{part}");
        return await RefuseAsync(result.Outcome == Outcome.Refused ? Outcome.Conflict : result.Outcome, result.Messages, cancel, errors => StatusError = errors[0]);
    }

    /// <summary>A workflow step: send to the leader, call back, sign off, return with reasons, accept, reopen.</summary>
    public async Task<IActionResult> OnPostMoveAsync(int requestId, string unitCode, ReportTransition? transition, string? comment, string? number, DateOnly? date, CancellationToken cancel)
    {
        if (await LoadReportAsync(requestId, unitCode, cancel) is { } refused) return refused;
        // A step that did not bind (an unknown word, a bad date) is refused, never taken as a default.
        if (!ModelState.IsValid || transition is not { } step || !Enum.IsDefined(step)) return BadRequest();
        var reasons = Request.Form.Keys.Where(k => k.StartsWith("r:", StringComparison.Ordinal)).ToDictionary(k => k[2..], k => Request.Form[k].ToString());
        var result = await move.RunAsync(Context, step, comment, reasons, cancel, number, date);
        if (result.IsDone) return Redirect($"{Context.Url()}?done={step}");
        return await RefuseAsync(result.Outcome, result.Messages, cancel, errors => MoveErrors = errors);
    }

    /// <summary>Keeps an official's rewording of a statistical sentence, if its numbers are all stored ones.</summary>
    public async Task<IActionResult> OnPostSentenceAsync(int requestId, string unitCode, string key, string? text, string? original, CancellationToken cancel)
    {
        if (await LoadReportAsync(requestId, unitCode, cancel) is { } refused) return refused;
        var result = await entry.RewordAsync(Context, key, text, original, cancel);
        if (result.IsDone && result.Value!.Conflicts.Count == 0) return Redirect($"{Context.Url()}#{SentenceAnchor(key)}");
        var error = result.IsDone ? $"Câu này vừa được {result.Value!.Conflicts[0].LastChange?.UserName ?? "người khác"} sửa; hãy xem lại rồi lưu lần nữa." : result.Messages.FirstOrDefault();
        return await RefuseAsync(result.IsDone ? Outcome.Conflict : result.Outcome, [error ?? ""], cancel, _ => Refused[key] = ((text ?? "").Trim(), error ?? ""));
    }

    /// <summary>The document's number, date and signer, which the leader's sign-off fixes. Compilers and leaders.</summary>
    public async Task<IActionResult> OnPostDocumentAsync(int requestId, string unitCode, string? number, DateOnly? date, string? signer, CancellationToken cancel)
    {
        if (await LoadReportAsync(requestId, unitCode, cancel) is { } refused) return refused;
        var result = ModelState.IsValid ? await entry.SetDocumentAsync(Context, number, date, signer, cancel) : Result<bool>.Refused(EntryMessages.BadDocument);
        if (result.IsDone) return Redirect($"{Context.Url()}?done=document#van-ban");
        return await RefuseAsync(result.Outcome, result.Messages, cancel, errors => DocumentError = errors[0]);
    }

    public string? DocumentError { get; private set; }

    /// <summary>What the aggregate of the unit's own units would fill in this report (the compiler's, while editable); null when nothing.</summary>
    public Application.Aggregates.FillFromUnits.Offer? Fill { get; private set; }

    public IReadOnlyList<string> FillErrors { get; private set; } = [];

    /// <summary>This unit's unusual values, for the upper level reading its report.</summary>
    public Shared.OutliersPanel? Outliers { get; private set; }

    /// <summary>Fills the figures the units' aggregate gives, or refreshes them; typed values only where the compiler ticks them.</summary>
    public async Task<IActionResult> OnPostFillAsync(int requestId, string unitCode, string[]? replace, CancellationToken cancel)
    {
        if (await LoadReportAsync(requestId, unitCode, cancel) is { } refused) return refused;
        var result = await fill.ApplyAsync(Context, (replace ?? []).ToHashSet(), cancel);
        if (result.IsDone) return Redirect($"{Context.Url()}?done=filled#tong-hop");
        return await RefuseAsync(result.Outcome, result.Messages, cancel, errors => FillErrors = errors);
    }

    private async Task<IActionResult> RefuseAsync(Outcome outcome, IReadOnlyList<string> messages, CancellationToken cancel, Action<IReadOnlyList<string>> show)
    {
        if (IsBare(outcome)) return StatusCode(Status(outcome));
        show(messages);
        var page = await ShowAsync(cancel);
        Response.StatusCode = Status(outcome);
        return page;
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancel)
    {
        Rates = Derivation.Rates(Template, Report.Values);
        Validation = ReportValidator.Validate(Template, Report.Values);
        Sentences = StatisticalText.For(Template, Report).ToLookup(s => s.OutlineCode);
        ChartOutline = RateChart.Outline(Template, await documents.HistoryAsync(Context, cancel));
        Parts = ReportPart.Of(Template);
        if (Context.CanCompile) Officials = await entry.OfficialsAsync(Unit.Code, cancel);
        if (Context.CanCompile && Context.IsEditable) Fill = await fill.OfferAsync(Context, cancel);
        if (!Context.IsOwnUnit && Context.Access.ReadsBelow && await outliers.ListAsync(Context.Actor, Context.RequestId, Unit.Code, cancel, Context.Request) is { IsDone: true } flags)
            Outliers = new(Context.RequestId, flags.Value!, Context.May(ReportAction.Review), "report", null, []);
        var statistics = await documents.DossiersAsync(Context, cancel);
        Dossiers = DossierIndicators.ForDocument(Template, Report.Values, statistics);
        if (Dossiers is null && statistics.Rows.Count > 0) DossierDisagreements = DossierIndicators.Disagreements(Template, Report.Values, statistics);
        await LoadCommentCountsAsync(cancel);
        Offered = ReportWorkflow.Offered(Context.Status, Context.Access, Unit.Code, Context.Issuer.Code, Context.Tree);
        if (Context.ReportId is { } id)
        {
            Events = await new WorkflowStore(Db, Clock).EventsAsync(id, cancel);
            Versions = await new ReportVersions(Db, Clock).HeadersAsync(Context, cancel);
            if (Context.Status == ReportStatus.Returned) Returned = WorkflowStore.LastReturn(Events);
        }
        return Page();
    }

    public async Task<IActionResult> OnGetDocxAsync(int requestId, string unitCode, CancellationToken cancel) =>
        await LoadReportAsync(requestId, unitCode, cancel)
            ?? File(await documents.DocxAsync(Context, cancel: cancel), DocxType, $"bao-cao-{unitCode}-{Report.Period.Code}{(IsDraft ? "-du-thao" : "")}.docx");

    /// <summary>The assignment letter (công văn phân công) of the parts given: the unit's compilers and leaders.</summary>
    /// <param name="hour">The hour of the deadline days; <see cref="ReportDocuments.LetterHour"/> when not given.</param>
    public async Task<IActionResult> OnGetLetterAsync(int requestId, string unitCode, string? number, TimeOnly? hour, CancellationToken cancel)
    {
        if (await LoadReportAsync(requestId, unitCode, cancel) is { } refused) return refused;
        var result = documents.AssignmentLetter(Context, number, hour: hour);
        // An hour that did not bind is refused, never taken as the default; the use case has decided who may first.
        if (result.IsDone && !ModelState.IsValid) result = Result<byte[]>.Refused(EntryMessages.BadLetter);
        if (result.IsDone) return File(result.Value!, DocxType, $"cong-van-phan-cong-{unitCode}-{Report.Period.Code}.docx");
        return await RefuseAsync(result.Outcome, result.Messages, cancel, errors => LetterError = errors[0]);
    }

    public string? LetterError { get; private set; }

    /// <summary>The hour the letter's form offers.</summary>
    public TimeOnly LetterHour => ReportDocuments.LetterHour(Context);

    /// <summary>Whether the document shown is a draft: the unit's own report before sign-off (the upper level sees only what was sent).</summary>
    public bool IsDraft => !ReportStatuses.IsSent(Context.Status) && Context.ShownVersion is null;

    /// <summary>A version's DOCX as generated when the leader signed it off.</summary>
    public async Task<IActionResult> OnGetVersionAsync(int requestId, string unitCode, int number, CancellationToken cancel)
    {
        if (await LoadReportAsync(requestId, unitCode, cancel) is { } refused) return refused;
        return Context.ReportId is { } id && await new WorkflowStore(Db, Clock).DocxAsync(id, number, cancel) is { } docx
            ? File(docx, DocxType, $"bao-cao-{unitCode}-{Report.Period.Code}-phien-ban-{number}.docx")
            : NotFound();
    }

    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The on-time and online rates of this unit up to this period, as a PNG.</summary>
    public async Task<IActionResult> OnGetChartAsync(int requestId, string unitCode, CancellationToken cancel) =>
        await LoadReportAsync(requestId, unitCode, cancel) ?? (await documents.HistoryAsync(Context, cancel) is { } history ? File(RateChart.Png(history), "image/png") : NotFound());

    /// <summary>The dossier results by field as a PNG.</summary>
    public async Task<IActionResult> OnGetFieldChartAsync(int requestId, string unitCode, CancellationToken cancel) =>
        await LoadReportAsync(requestId, unitCode, cancel) ?? (await documents.DocumentDossiersAsync(Context, cancel) is { } dossiers ? File(FieldChart.Png(dossiers), "image/png") : NotFound());

    /// <summary>The dossier table printed in the report, or null.</summary>
    public DossierStatistics? Dossiers { get; private set; }

    /// <summary>Why the dossier table is left out: the report's figures that differ from the imported dossiers.</summary>
    public IReadOnlyList<(string Key, decimal? Stored, decimal Dossiers)> DossierDisagreements { get; private set; } = [];

    public async Task<IActionResult> OnGetXlsxAsync(int requestId, string unitCode, CancellationToken cancel) =>
        await LoadReportAsync(requestId, unitCode, cancel)
            ?? File(documents.Xlsx(Context), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"phu-luc-{unitCode}-{Report.Period.Code}.xlsx");

    public Letterhead Letterhead() => documents.Letterhead(Context);

    public string? DocumentNumber => Context.Document.Number;
    public DateOnly? DocumentDate => Context.Document.Date;
    public string? SignerName => Context.Document.Signer;

    /// <summary>The id of a generated sentence on the page: "II.2:ho-so" → "cau-II-2-ho-so".</summary>
    public static string SentenceAnchor(string key) => "cau-" + key.Replace(':', '-').Replace('.', '-');

    public AssignmentRecord? Assignment(ReportPart part) => Context.Assignments.GetValueOrDefault(part.Key);

    public bool IsOverdue(ReportPart part) =>
        Assignment(part) is { Deadline: { } deadline } a && (PartStatus)a.Status != PartStatus.Done && deadline < Today;

    /// <summary>The page where a part is filled in.</summary>
    public string EntryUrl(ReportPart part) => part.Kind == ReportPartKind.Form
        ? $"{Context.Url("Form")}/{part.Code}"
        : $"{Context.Url("Narrative")}/{part.Code}";

    /// <summary>The field of an indicator on its form page.</summary>
    public string FieldUrl(string key)
    {
        var (form, code) = IndicatorKey.Split(key);
        return $"{Context.Url("Form")}/{form}#f-{code}";
    }

    /// <summary>Whether to add "(lũy kế)" after the label: not when the label already says so.</summary>
    public bool MarkCumulative(Indicator indicator) =>
        indicator.Cumulative && !Domain.Text.VietnameseText.Fold(indicator.Label).Contains("luy ke");

    public string Display(Indicator indicator) => Domain.Formatting.IndicatorFormatter.Display(indicator, Report, Rates);
}
