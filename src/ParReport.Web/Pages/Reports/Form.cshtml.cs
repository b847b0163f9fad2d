using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParReport.Application.Reports;
using ParReport.Documents;
using ParReport.Domain.Dossiers;
using ParReport.Domain.Entry;
using ParReport.Domain.Formatting;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Web.Pages.Reports;

/// <summary>
/// One statistical form of a unit's report, generated from the template: an input fit for each indicator, rates
/// computed as the official types (by the server, which is the truth), violations beside their fields, the previous
/// period's value, each field's history; saved field by field so that two officials never overwrite each other.
/// </summary>
[UploadLimit(UploadLimitAttribute.FormWorkbook)]
public sealed class FormModel(ParReportDbContext db, SignedInUser user, TimeProvider clock, ReportEntry entry) : ReportPageModel(db, user, clock)
{
    public Form Form { get; private set; } = null!;
    public ReportPart Part { get; private set; } = null!;
    public bool CanWrite { get; private set; }

    /// <summary>What each box shows: what was typed when it is shown again after an error, else the stored value.</summary>
    public Dictionary<string, string> Typed { get; } = [];

    /// <summary>The values the boxes had when the official opened the form, as posted back: shown again with <see cref="Typed"/>, so that saving again still detects others' changes.</summary>
    private readonly Dictionary<string, string> _opened = [];
    private IReadOnlyDictionary<string, decimal?> _previousRates = new Dictionary<string, decimal?>();
    public Dictionary<string, List<string>> Errors { get; } = [];
    public IReadOnlyDictionary<string, decimal?> Rates { get; private set; } = new Dictionary<string, decimal?>();
    public IReadOnlyList<Violation> Violations { get; private set; } = [];
    public IReadOnlyList<(FieldConflict<IndicatorValue> Conflict, AuditRecord? LastChange)> Conflicts { get; private set; } = [];
    public IReadOnlyList<string> UploadErrors { get; private set; } = [];

    /// <summary>Whether a posted form was refused for its own cells: nothing of it is stored.</summary>
    public bool Unsaved => Request.Method == HttpMethods.Post && Errors.Count > 0 && Typed.Count > 0;

    /// <summary>Why a save was refused as a whole (a locked report), shown above the form.</summary>
    public IReadOnlyList<string> Refusals { get; private set; } = [];
    public (string Label, Report Report)? Previous { get; private set; }
    public (string Label, Report Report)? CumulativeStart { get; private set; }
    public IReadOnlySet<string> Audited { get; private set; } = new HashSet<string>();

    /// <summary>Where values not typed by an official came from (the dossiers), by key.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; private set; } = new Dictionary<string, string>();

    /// <summary>Whether the dossiers answer some indicators of this form.</summary>
    public bool FromDossiers => DossierIndicators.Answers(Form);

    /// <summary>Whether any of the form's indicators is counted from the unit's registers.</summary>
    public bool FromRegisters => Form.Indicators.Any(i => i.Register is not null);

    /// <summary>Where the figures just taken, or the typed values kept, came from: "hồ sơ TTHC" or "sổ theo dõi".</summary>
    public string TakenFrom { get; private set; } = "hồ sơ TTHC";

    /// <summary>Values an official typed that differ from the dossiers' figure, after taking the dossiers' figures.</summary>
    public IReadOnlyList<(string Key, decimal? Typed, decimal Dossiers)> Kept { get; private set; } = [];
    public int? Taken { get; private set; }
    [BindProperty(SupportsGet = true)] public int? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int requestId, string unitCode, string formCode, CancellationToken cancel) =>
        await LoadAsync(requestId, unitCode, formCode, cancel) ?? await ShowAsync(cancel);

    public async Task<IActionResult> OnPostAsync(int requestId, string unitCode, string formCode, CancellationToken cancel)
    {
        if (await LoadAsync(requestId, unitCode, formCode, cancel) is { } refused) return refused;
        if (!CanWrite) return StatusCode(StatusCodes.Status403Forbidden);
        var submitted = ReadSubmitted();
        if (Errors.Count > 0) return await ShowAsync(cancel, StatusCodes.Status400BadRequest);
        var reasons = submitted.ToDictionary(s => s.Key, s => Request.Form["r:" + Code(s.Key)].ToString());
        return await SaveAsync(submitted, reasons, fromFile: false, cancel);
    }

    /// <summary>
    /// Takes the dossiers' figures for the request's window into this report; values typed by an official are kept
    /// unless listed in <paramref name="replace"/>, and the others are listed for the official to decide.
    /// </summary>
    public async Task<IActionResult> OnPostDossiersAsync(int requestId, string unitCode, string formCode, string[]? replace, CancellationToken cancel)
    {
        if (await LoadAsync(requestId, unitCode, formCode, cancel) is { } refused) return refused;
        // Only this form's figures: the official may write this part, not necessarily the others.
        var result = await entry.ApplyDossiersAsync(Context, Part, (replace ?? []).ToHashSet(), cancel);
        if (!result.IsDone) return await RefuseAsync(result, cancel);
        if (await LoadAsync(requestId, unitCode, formCode, cancel) is { } gone) return gone;
        (Taken, Kept) = result.Value;
        return await ShowAsync(cancel);
    }

    /// <summary>Takes the figures the unit's registers give this form, like <see cref="OnPostDossiersAsync"/>.</summary>
    public async Task<IActionResult> OnPostRegistersAsync(int requestId, string unitCode, string formCode, string[]? replace, CancellationToken cancel)
    {
        if (await LoadAsync(requestId, unitCode, formCode, cancel) is { } refused) return refused;
        var result = await entry.ApplyRegistersAsync(Context, Part, (replace ?? []).ToHashSet(), cancel);
        if (!result.IsDone) return await RefuseAsync(result, cancel);
        if (await LoadAsync(requestId, unitCode, formCode, cancel) is { } gone) return gone;
        (Taken, Kept, TakenFrom) = (result.Value.Applied, result.Value.Kept, "sổ theo dõi");
        return await ShowAsync(cancel);
    }

    /// <summary>The page listing the register's records an indicator counts.</summary>
    public string RecordsUrl(Indicator indicator) => $"{Context.Url("Records")}?key={Uri.EscapeDataString(indicator.Key)}";

    /// <summary>The rates and violations of the values as typed, for the page to show while the official types. Nothing is saved.</summary>
    public async Task<IActionResult> OnPostCheckAsync(int requestId, string unitCode, string formCode, CancellationToken cancel)
    {
        if (await LoadAsync(requestId, unitCode, formCode, cancel) is { } refused) return refused;
        var values = Context.Report.Values.ToDictionary();
        foreach (var (key, _, mine) in ReadSubmitted())
            if (mine is null) values.Remove(key); else values[key] = mine;
        var rates = Derivation.Rates(Context.Template, values);
        var errors = Errors.ToDictionary(e => e.Key, e => e.Value);
        foreach (var violation in ReportValidator.Validate(Context.Template, values).Violations)
            foreach (var key in violation.Keys.Where(k => InForm(k) && !Errors.ContainsKey(Code(k))))
                (errors.TryGetValue(Code(key), out var list) ? list : errors[Code(key)] = []).Add(violation.Message);
        return new JsonResult(new
        {
            rates = Form.Indicators.Where(i => i.Kind == IndicatorKind.Rate).ToDictionary(i => i.Code, i => VietnameseNumbers.FormatPercent(rates[i.Key])),
            errors,
            messages = errors.Values.SelectMany(m => m).Distinct(),
        });
    }

    /// <summary>The form as a workbook to fill offline.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(int requestId, string unitCode, string formCode, CancellationToken cancel) =>
        await LoadAsync(requestId, unitCode, formCode, cancel)
            ?? File(FormXlsx.Write(Form, $"{Context.Unit.Name} — {Context.Request.Period.Title}", Context.Report.Values),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"bieu-{Form.Code}-{unitCode}-{Context.Request.Period.Code}.xlsx");

    /// <summary>A filled workbook: checked like the web form, and stored only when every cell is good.</summary>
    public async Task<IActionResult> OnPostUploadAsync(int requestId, string unitCode, string formCode, IFormFile? file, CancellationToken cancel)
    {
        if (await LoadAsync(requestId, unitCode, formCode, cancel) is { } refused) return refused;
        if (!CanWrite) return StatusCode(StatusCodes.Status403Forbidden);
        if (file is null || file.Length == 0)
        {
            UploadErrors = [file is null ? "Chọn tệp XLSX của biểu mẫu." : $"Tệp «{Path.GetFileName(file.FileName)}» rỗng: chọn tệp XLSX của biểu mẫu đã điền."];
            return await ShowAsync(cancel, StatusCodes.Status400BadRequest);
        }
        FormUpload upload;
        using var budget = RequestBudget.Start(HttpContext, RequestBudget.FormUpload);
        try
        {
            await using var stream = file.OpenReadStream();
            upload = await budget.RunAsync(_ => FormXlsx.Read(stream, Form));
        }
        catch (UnreadableFileException e)
        {
            UploadErrors = [$"{Path.GetFileName(file.FileName)}: {e.Message}"];
            return await ShowAsync(cancel, StatusCodes.Status400BadRequest);
        }
        catch (OperationCanceledException) when (budget.Exceeded)
        {
            UploadErrors = [budget.Message(Path.GetFileName(file.FileName), "đọc")];
            return await ShowAsync(cancel, StatusCodes.Status400BadRequest);
        }
        if (upload.Errors.Count > 0)
        {
            UploadErrors = upload.Errors;
            return await ShowAsync(cancel, StatusCodes.Status400BadRequest);
        }
        // A figure taken from the dossiers is changed only on the web, where the official says why.
        return await SaveAsync(upload.Values, new Dictionary<string, string>(), fromFile: true, cancel);
    }

    private async Task<IActionResult> SaveAsync(IReadOnlyList<(string Key, IndicatorValue? Original, IndicatorValue? Mine)> submitted,
        IReadOnlyDictionary<string, string> reasons, bool fromFile, CancellationToken cancel)
    {
        var result = await entry.SaveValuesAsync(Context, Part, submitted, reasons, fromFile, cancel);
        if (!result.IsDone)
        {
            if (fromFile) UploadErrors = result.Messages;
            else if (result.ByKey is { } byKey) foreach (var (key, message) in byKey) Errors[Code(key)] = [message];
            return await RefuseAsync(result, cancel);
        }
        var outcome = result.Value!;
        if (outcome.Conflicts.Count == 0) return Redirect($"{Request.Path}?saved={outcome.Changes.Count}");
        // Show the form as it is stored now, with the conflicting fields to choose.
        if (await LoadAsync(Context.RequestId, Context.Unit.Code, Form.Code, cancel) is { } refused) return refused;
        Typed.Clear();
        _opened.Clear();
        Errors.Clear();
        Conflicts = outcome.Conflicts;
        Saved = outcome.Changes.Count;
        await LoadPeopleAsync(Conflicts.Select(c => c.LastChange?.UserName).OfType<string>(), cancel);
        return await ShowAsync(cancel, StatusCodes.Status409Conflict);
    }

    /// <summary>Reads the posted boxes "v:code" with the value each had when opened, "o:code"; unreadable ones go to <see cref="Errors"/>.</summary>
    private List<(string Key, IndicatorValue? Original, IndicatorValue? Mine)> ReadSubmitted()
    {
        var submitted = new List<(string, IndicatorValue?, IndicatorValue?)>();
        foreach (var indicator in Form.Indicators.Where(i => i.IsEntered))
        {
            if (!Request.Form.TryGetValue("v:" + indicator.Code, out var typed)) continue;
            Typed[indicator.Code] = typed.ToString();
            _opened[indicator.Code] = Request.Form["o:" + indicator.Code].ToString();
            var (mine, error) = ValueInput.Read(indicator, typed);
            if (error is not null) Errors[indicator.Code] = [error];
            else submitted.Add((indicator.Key, ValueInput.Read(indicator, Request.Form["o:" + indicator.Code]).Value, mine));
        }
        return submitted;
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancel, int status = StatusCodes.Status200OK)
    {
        var values = Context.Report.Values;
        Rates = Derivation.Rates(Context.Template, values);
        Violations = ReportValidator.Validate(Context.Template, values).Violations.Where(v => v.Keys.Any(InForm)).ToList();
        foreach (var violation in Violations)
            foreach (var key in violation.Keys.Where(k => InForm(k) && !Typed.ContainsKey(Code(k))))
                (Errors.TryGetValue(Code(key), out var list) ? list : Errors[Code(key)] = []).Add(violation.Message);
        // The previous period's figures and those the cumulative ones start from, read together. The upper level sees only what the unit sent.
        var period = Context.Request.Period;
        var earlier = await new ReportStore(Db).ValuesOfAsync(Context.Unit.Code, period.PreviousInYear is { } first ? [period.Previous, first] : [period.Previous],
            cancel, sentOnly: !Context.IsOwnUnit);
        Previous = ReportOf(earlier, period.Previous);
        _previousRates = Previous is { } previous ? Derivation.Rates(Context.Template, previous.Report.Values) : new Dictionary<string, decimal?>();
        CumulativeStart = period.PreviousInYear is { } start ? ReportOf(earlier, start) : null;
        if (Context.ReportId is { } id && Context.ShownVersion is null)
        {
            Audited = await new EntryStore(Db, Clock).AuditedKeysAsync(id, EntryStore.ValueSubject, cancel);
            Sources = Context.Sources;
        }
        await LoadCommentCountsAsync(cancel);
        Response.StatusCode = status;
        return Page();
    }

    private (string, Report)? ReportOf(IReadOnlyDictionary<Domain.Periods.ReportingPeriod, Report> reports, Domain.Periods.ReportingPeriod period) =>
        reports.GetValueOrDefault(period) is { } found && found.Template.Id == Context.Template.Id ? (period.Label, found) : null;

    private async Task<IActionResult?> LoadAsync(int requestId, string unitCode, string formCode, CancellationToken cancel)
    {
        if (await LoadReportAsync(requestId, unitCode, cancel) is { } refused) return refused;
        if (Context.Template.FindForm(formCode) is not { } form) return NotFound();
        Form = form;
        Part = ReportPart.Find(Context.Template, ReportPart.FormKey(form.Code))!;
        CanWrite = Context.CanWrite(Part);
        return null;
    }

    /// <summary>A refused save: shown again with the reason (a locked report says why and who can unlock it).</summary>
    private async Task<IActionResult> RefuseAsync<T>(Application.Result<T> result, CancellationToken cancel)
    {
        if (IsBare(result.Outcome)) return StatusCode(Status(result.Outcome));
        if (result.ByKey is null && UploadErrors.Count == 0) Refusals = result.Messages;
        return await ShowAsync(cancel, Status(result.Outcome));
    }

    private static string Code(string key) => IndicatorKey.Split(key).Code;

    private bool InForm(string key) => ReportPart.KeyOfIndicator(key) == Part.Key;

    /// <summary>What the box of an entered indicator shows, and whether it was started from the previous period of the year.</summary>
    public (string Text, bool FromCumulative) Input(Indicator indicator)
    {
        if (Typed.TryGetValue(indicator.Code, out var typed)) return (typed, false);
        if (Context.Report.Values.GetValueOrDefault(indicator.Key) is { } stored) return (ValueInput.Show(stored), false);
        // A cumulative (lũy kế) figure starts from what the previous period of the same year reached.
        if (indicator.Cumulative && CumulativeStart?.Report.Values.GetValueOrDefault(indicator.Key) is { } start) return (ValueInput.Show(start), true);
        return ("", false);
    }

    public string Original(Indicator indicator) =>
        _opened.TryGetValue(indicator.Code, out var opened) ? opened : ValueInput.Show(Context.Report.Values.GetValueOrDefault(indicator.Key));

    public string PreviousValue(Indicator indicator) =>
        Previous?.Report is { } previous ? IndicatorFormatter.Display(indicator, previous, _previousRates) : "";

    public string TrailUrl(Indicator indicator) => Context.TrailUrl(EntryStore.ValueSubject, indicator.Key);

    public string Show(IndicatorValue? value) => ValueInput.Show(value);
}
