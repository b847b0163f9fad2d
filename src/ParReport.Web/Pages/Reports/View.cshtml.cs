using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParReport.Documents;
using ParReport.Domain.Access;
using ParReport.Domain.Dossiers;
using ParReport.Domain.Entry;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using ParReport.Domain.Writing;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Web.Pages.Reports;

/// <summary>
/// One unit's report: its parts with who fills them, by when and how far they are (the compiler assigns them here),
/// every remaining violation linked to its field, the narrative with the generated sentences, every form's values, the documents.
/// </summary>
public sealed class ViewModel(ParReportDbContext db, SignedInUser user, TimeProvider clock) : PageModel
{
    public ReportContext Context { get; private set; } = null!;
    public Report Report => Context.Report;
    public ReportTemplate Template => Context.Template;
    public OrgUnit Unit => Context.Unit;
    public ReportingRequest Reporting => Context.Request;
    public IReadOnlyDictionary<string, decimal?> Rates { get; private set; } = new Dictionary<string, decimal?>();
    public ValidationResult Validation { get; private set; } = null!;
    public IReadOnlyList<ReportPart> Parts { get; private set; } = [];
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The unit's officials a part can be given to (compilers and contributors).</summary>
    public IReadOnlyList<UserRecord> Officials { get; private set; } = [];

    /// <summary>Why a part could not be marked done.</summary>
    public string? StatusError { get; private set; }

    /// <summary>The outline item under which the rate chart is shown, or null when there is nothing to draw.</summary>
    public string? ChartOutline { get; private set; }

    public ILookup<string, StatisticalSentence> Sentences { get; private set; } = Enumerable.Empty<StatisticalSentence>().ToLookup(s => s.OutlineCode);

    /// <summary>Why a rewording was refused, by sentence key.</summary>
    public Dictionary<string, (string Text, string Error)> Refused { get; } = [];
    private OrgUnit? _upper;

    public async Task<IActionResult> OnGetAsync(int requestId, string unitCode, CancellationToken cancel) =>
        await LoadAsync(requestId, unitCode, cancel) ?? await ShowAsync(cancel);

    /// <summary>Gives a part to an official of the unit, with a deadline. Compilers only.</summary>
    public async Task<IActionResult> OnPostAssignAsync(int requestId, string unitCode, string part, string? assignee, DateOnly? deadline, CancellationToken cancel)
    {
        if (await LoadAsync(requestId, unitCode, cancel) is { } refused) return refused;
        if (!Context.CanCompile) return StatusCode(StatusCodes.Status403Forbidden);
        if (ReportPart.Find(Template, part) is null) return NotFound();
        if (!ModelState.IsValid) return BadRequest();
        await LoadOfficialsAsync(cancel);
        if (assignee is { Length: > 0 } && Officials.All(o => o.Id != assignee)) return BadRequest();
        await new EntryStore(db, clock).AssignAsync(Context.ReportId, part, assignee is { Length: > 0 } ? assignee : null, deadline, user.Name, cancel);
        return Redirect($"{Context.Url()}#phan-{part}");
    }

    /// <summary>Marks a part done, refused while it has violations or no content, or back in progress.</summary>
    public async Task<IActionResult> OnPostStatusAsync(int requestId, string unitCode, string part, PartStatus status, CancellationToken cancel)
    {
        if (await LoadAsync(requestId, unitCode, cancel) is { } refused) return refused;
        if (ReportPart.Find(Template, part) is not { } found) return NotFound();
        if (!Context.CanWrite(found) || status == PartStatus.NotStarted) return StatusCode(StatusCodes.Status403Forbidden);
        if (status == PartStatus.Done && DoneRefusal(found) is { } why)
        {
            StatusError = why;
            var page = await ShowAsync(cancel);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return page;
        }
        await new EntryStore(db, clock).SetStatusAsync(Context.ReportId, part, status, user.Name, cancel);
        return Redirect($"{Context.Url()}#phan-{part}");
    }

    private string? DoneRefusal(ReportPart part)
    {
        if (part.Kind == ReportPartKind.Form)
        {
            if (!Report.Values.Keys.Any(k => ReportPart.KeyOfIndicator(k) == part.Key)) return EntryMessages.DoneRefusedNoValues(part);
            var count = ReportValidator.Validate(Template, Report.Values).Violations.Count(v => v.Keys.Any(k => ReportPart.KeyOfIndicator(k) == part.Key));
            return count > 0 ? EntryMessages.DoneRefused(part, count) : null;
        }
        return Report.Narratives.ContainsKey(part.Code) ? null : EntryMessages.DoneRefusedEmpty(part);
    }

    /// <summary>Keeps an official's rewording of a statistical sentence, if its numbers are all stored ones.</summary>
    public async Task<IActionResult> OnPostSentenceAsync(int requestId, string unitCode, string key, string? text, string? original, CancellationToken cancel)
    {
        if (await LoadAsync(requestId, unitCode, cancel) is { } refused) return refused;
        if (StatisticalText.For(Template, Report).FirstOrDefault(s => s.Key == key) is not { } sentence) return NotFound();
        var part = ReportPart.Find(Template, ReportPart.OutlineKey(sentence.OutlineCode));
        if (part is null || !Context.CanWrite(part)) return StatusCode(StatusCodes.Status403Forbidden);
        var wording = (text ?? "").Trim();
        if (StatisticalText.CheckRewording(sentence.Generated, wording) is { } error)
        {
            Refused[key] = (wording, error);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowAsync(cancel);
        }
        // Back to the generated wording: nothing to keep.
        var outcome = await new EntryStore(db, clock).SaveNarrativesAsync(Context.ReportId, part.Key,
            [(key, original, wording == sentence.Generated ? null : wording)], user.Name, cancel);
        if (outcome.Conflicts.Count > 0)
        {
            Refused[key] = (wording, $"Câu này vừa được {outcome.Conflicts[0].LastChange?.UserName ?? "người khác"} sửa; hãy xem lại rồi lưu lần nữa.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return await ShowAsync(cancel);
        }
        return Redirect($"{Context.Url()}#{SentenceAnchor(key)}");
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancel)
    {
        Rates = Derivation.Rates(Template, Report.Values);
        Validation = ReportValidator.Validate(Template, Report.Values);
        Sentences = StatisticalText.For(Template, Report).ToLookup(s => s.OutlineCode);
        ChartOutline = RateChart.Figure(Template, await HistoryAsync(cancel))?.OutlineCode;
        Parts = ReportPart.Of(Template);
        if (Context.CanCompile) await LoadOfficialsAsync(cancel);
        var statistics = await DossiersAsync(cancel);
        Dossiers = DossierIndicators.ForDocument(Template, Report.Values, statistics);
        if (Dossiers is null && statistics.Rows.Count > 0) DossierDisagreements = DossierIndicators.Disagreements(Template, Report.Values, statistics);
        return Page();
    }

    private async Task LoadOfficialsAsync(CancellationToken cancel)
    {
        string[] roles = [Roles.Id(Role.Compiler), Roles.Id(Role.Contributor)];
        Officials = (await db.Users.AsNoTracking()
                .Where(u => u.Unit.Code == Unit.Code && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))))
                .ToListAsync(cancel))
            .OrderBy(u => u.FullName).ToList();
    }

    public async Task<IActionResult> OnGetDocxAsync(int requestId, string unitCode, CancellationToken cancel)
    {
        if (await LoadAsync(requestId, unitCode, cancel) is { } refused) return refused;
        var dossiers = await DocumentDossiersAsync(cancel);
        // In the order of the preview: the chart by field under its table, then the rates over the periods.
        DocxReport.Figure?[] figures = [dossiers is null ? null : FieldChart.Figure(Template, dossiers), RateChart.Figure(Template, await HistoryAsync(cancel))];
        return File(DocxReport.Write(Template, Report, Letterhead(), figures.OfType<DocxReport.Figure>().ToList(), dossiers),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"bao-cao-{unitCode}-{Report.Period.Code}.docx");
    }

    /// <summary>The on-time and online rates of this unit up to this period, as a PNG.</summary>
    public async Task<IActionResult> OnGetChartAsync(int requestId, string unitCode, CancellationToken cancel) =>
        await LoadAsync(requestId, unitCode, cancel) ?? (await HistoryAsync(cancel) is { } history ? File(RateChart.Png(history), "image/png") : NotFound());

    /// <summary>The dossier results by field as a PNG.</summary>
    public async Task<IActionResult> OnGetFieldChartAsync(int requestId, string unitCode, CancellationToken cancel) =>
        await LoadAsync(requestId, unitCode, cancel) ?? (await DocumentDossiersAsync(cancel) is { } dossiers ? File(FieldChart.Png(dossiers), "image/png") : NotFound());

    /// <summary>The unit's dossier statistics for the request's window.</summary>
    private Task<DossierStatistics> DossiersAsync(CancellationToken cancel) => new DossierStore(db).StatisticsAsync(Unit.Code, Reporting.Window, cancel);

    private async Task<DossierStatistics?> DocumentDossiersAsync(CancellationToken cancel) =>
        DossierIndicators.ForDocument(Template, Report.Values, await DossiersAsync(cancel));

    /// <summary>The dossier table printed in the report, or null.</summary>
    public DossierStatistics? Dossiers { get; private set; }

    /// <summary>Why the dossier table is left out: the report's figures that differ from the imported dossiers.</summary>
    public IReadOnlyList<(string Key, decimal? Stored, decimal Dossiers)> DossierDisagreements { get; private set; } = [];

    private async Task<IReadOnlyList<RateChart.Point>?> HistoryAsync(CancellationToken cancel) =>
        RateChart.History((await new ReportStore(db).HistoryAsync(Unit.Code, Report.Period, cancel)).Select(r => (TemplateCatalog.BuiltIn.Get(r.Template), r)));

    public async Task<IActionResult> OnGetXlsxAsync(int requestId, string unitCode, CancellationToken cancel) =>
        await LoadAsync(requestId, unitCode, cancel)
            ?? File(XlsxAppendix.Write(Template, Report, Letterhead()), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"phu-luc-{unitCode}-{Report.Period.Code}.xlsx");

    /// <summary>The document's number, date and signer as set on this page; until then a blank number to write by hand, today, no name.</summary>
    public Letterhead Letterhead() =>
        Documents.Letterhead.For(Unit, _upper, Reporting, Template.Addressed, DocumentNumber ?? "     /BC-UBND", DocumentDate ?? Today, SignerName ?? "");

    public string? DocumentNumber { get; private set; }
    public DateOnly? DocumentDate { get; private set; }
    public string? SignerName { get; private set; }

    /// <summary>Sets the number, date and signer the generated document carries. Compilers and leaders.</summary>
    public async Task<IActionResult> OnPostDocumentAsync(int requestId, string unitCode, string? number, DateOnly? date, string? signer, CancellationToken cancel)
    {
        if (await LoadAsync(requestId, unitCode, cancel) is { } refused) return refused;
        if (!Context.CanSetDocument) return StatusCode(StatusCodes.Status403Forbidden);
        number = Domain.Text.TypedText.Clean(number ?? "").Trim();
        signer = Domain.Text.TypedText.Clean(signer ?? "").Trim();
        if (!ModelState.IsValid || number?.Length > 64 || signer?.Length > 128)
        {
            DocumentError = "Số văn bản (tối đa 64 ký tự), ngày (dd/mm/yyyy) hoặc họ tên người ký (tối đa 128 ký tự) không hợp lệ.";
            var page = await ShowAsync(cancel);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }
        var record = await db.Reports.SingleAsync(r => r.Id == Context.ReportId, cancel);
        (record.DocumentNumber, record.DocumentDate, record.SignerName) = (number is { Length: > 0 } ? number : null, date, signer is { Length: > 0 } ? signer : null);
        await db.SaveChangesAsync(cancel);
        return Redirect($"{Context.Url()}#van-ban");
    }

    public string? DocumentError { get; private set; }

    /// <summary>Loads the report; returns the refusal (403/404) when the user may not see it.</summary>
    private async Task<IActionResult?> LoadAsync(int requestId, string unitCode, CancellationToken cancel)
    {
        var (context, status) = await ReportContext.LoadAsync(db, user, clock, requestId, unitCode, cancel);
        if (context is null) return StatusCode(status);
        Context = context;
        _upper = context.Tree.Find(context.Request.IssuerUnitCode);
        var document = await db.Reports.AsNoTracking().Where(r => r.Id == context.ReportId)
            .Select(r => new { r.DocumentNumber, r.DocumentDate, r.SignerName }).SingleAsync(cancel);
        (DocumentNumber, DocumentDate, SignerName) = (document.DocumentNumber, document.DocumentDate, document.SignerName);
        return null;
    }

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
