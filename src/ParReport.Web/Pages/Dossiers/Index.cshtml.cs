using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParReport.Application.Dossiers;
using ParReport.Domain.Dossiers;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Storage;
using ParReport.Domain.Text;

namespace ParReport.Web.Pages.Dossiers;

/// <summary>Upload a unit's one-stop export (CSV or XLSX) and see what was stored, what was refused, and the table by field.</summary>
[LargeUploadFilter]
[UploadLimit(LargeUploadFilter.MaxUpload)]
public sealed class IndexModel(ParReportDbContext db, SignedInUser user, TimeProvider clock, ImportDossiers import) : PageModel
{
    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    public DossierImportResult? Result { get; private set; }
    public string? FileName { get; private set; }
    public string? Error { get; private set; }
    public DossierStatistics? Statistics { get; private set; }
    /// <summary>How many dossiers the unit has stored.</summary>
    public long Stored { get; private set; }
    public bool CanImport { get; private set; }

    /// <summary>How many indicator values of the unit's open reports the import updated.</summary>
    public int Flowed { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        var tree = await new UnitStore(db).LoadTreeAsync(cancel);
        if (Unit is not null && tree.Find(Unit) is not null && !(await user.AccessAsync()).CanRead(Unit, tree)) return StatusCode(StatusCodes.Status403Forbidden);
        await ShowAsync(cancel, tree);
        return Page();
    }

    /// <summary>The headers remembered for the unit's exports and the column each holds.</summary>
    public IReadOnlyDictionary<string, DossierColumn> Mapping { get; private set; } = new Dictionary<string, DossierColumn>();

    /// <summary>Remembers that a header of this unit's exports holds a column, or forgets it.</summary>
    public async Task<IActionResult> OnPostMappingAsync(string? header, DossierColumn? column, bool forget, CancellationToken cancel)
    {
        if (Unit is null || !(await user.AccessAsync()).CanImportDossiers(Unit)) return StatusCode(StatusCodes.Status403Forbidden);
        header = Domain.Text.TypedText.Clean(header ?? "").Trim();
        var store = new DossierStore(db);
        if (header.Length is 0 or > 256 || (!forget && column is null) || !ModelState.IsValid)
        {
            Error = "Nhập tiêu đề cột (tối đa 256 ký tự) và chọn cột tương ứng.";
            await ShowAsync(cancel);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (forget) await store.ForgetMappingAsync(Unit, header, cancel);
        else await store.RememberMappingAsync(Unit, new Dictionary<string, DossierColumn> { [header] = column!.Value }, cancel);
        return Redirect($"/Dossiers?unit={Uri.EscapeDataString(Unit)}#anh-xa");
    }

    /// <summary>The refused rows as CSV in base64, for the link that downloads them without another request.</summary>
    public string ErrorsCsv
    {
        get
        {
            using var csv = new MemoryStream();
            Documents.RowErrorsCsv.Write(Result?.Errors ?? [], csv);
            return Convert.ToBase64String(csv.ToArray());
        }
    }

    /// <summary>What the file would give, when only a preview was asked.</summary>
    public DossierPreview? Preview { get; private set; }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, bool goodRowsOnly, bool preview, CancellationToken cancel)
    {
        if (Unit is not null && !(await user.AccessAsync()).CanImportDossiers(Unit)) return StatusCode(StatusCodes.Status403Forbidden);
        if (Unit is null || file is null) Error = "Chọn đơn vị và tệp hồ sơ (.csv, .xlsx hoặc .xls).";
        else if (file.Length == 0) Error = $"Tệp «{Path.GetFileName(file.FileName)}» rỗng: chọn tệp hồ sơ có dữ liệu (.csv, .xlsx hoặc .xls).";
        else
        {
            FileName = Path.GetFileName(file.FileName);
            await using var stream = file.OpenReadStream();
            if (preview)
            {
                using var previewBudget = RequestBudget.Start(HttpContext, RequestBudget.Preview);
                try
                {
                    var previewed = await import.PreviewAsync(await user.ActorAsync(), Unit, FileName, stream, cancel: previewBudget.Token);
                    if (previewed.IsDone) Preview = previewed.Value;
                    else Error = previewed.Messages[0];
                }
                catch (OperationCanceledException) when (previewBudget.Exceeded)
                {
                    Error = previewBudget.Message(FileName, "xem trước");
                }
                await ShowAsync(cancel);
                var shown = Page();
                if (Error is not null) shown.StatusCode = StatusCodes.Status400BadRequest;
                return shown;
            }
            using var budget = RequestBudget.Start(HttpContext, RequestBudget.Import);
            try
            {
                var imported = await import.RunAsync(await user.ActorAsync(), Unit, FileName, stream, goodRowsOnly, cancel: budget.Token);
                if (imported.IsDone) (Result, Flowed) = (imported.Value!.Result, imported.Value.Flowed);
                else Error = imported.Messages[0];
            }
            catch (OperationCanceledException) when (budget.Exceeded)
            {
                Error = budget.Message(FileName, "nhập");
            }
        }
        await ShowAsync(cancel);
        var page = Page();
        if (Error is not null || Result is { Committed: false }) page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    // Without a window asked for, the reporting year (15/12 → 14/12) of the unit's latest dossier, or of today.
    private async Task ShowAsync(CancellationToken cancel, OrgTree? tree = null)
    {
        tree ??= await new UnitStore(db).LoadTreeAsync(cancel);
        var access = await user.AccessAsync();
        Units = tree.Units.Where(u => access.CanRead(u.Code, tree)).OrderBy(u => tree.DepthOf(u.Code)).ThenBy(u => u.Name).ToList();
        Unit ??= access.UnitCode;
        CanImport = access.CanImportDossiers(Unit);
        if (CanImport) Mapping = await new DossierStore(db).MappingAsync(Unit, cancel);
        if (From is null || To is null)
        {
            var latest = await new DossierStore(db).LastReceivedAsync(Unit, cancel);
            var window = ReportingPeriod.YearOf(DateOnly.FromDateTime(latest ?? clock.GetLocalNow().DateTime)).DefaultWindow;
            (From, To) = (window.From, window.To);
        }
        Stored = await new DossierStore(db).CountAsync(Unit, cancel);
        if (From <= To)
            Statistics = await new DossierStore(db).StatisticsAsync(Unit, new CutOffWindow(From.Value, To.Value), cancel);
    }
}
