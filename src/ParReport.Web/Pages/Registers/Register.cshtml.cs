using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParReport.Application;
using ParReport.Application.Registers;
using ParReport.Documents;
using ParReport.Domain.Registers;
using ParReport.Storage;

namespace ParReport.Web.Pages.Registers;

/// <summary>
/// One register of a unit: its rows, a row added, changed (at the version it was read) or removed, the whole register
/// replaced by a file (nothing stored when a row is wrong), its template and its rows as a workbook.
/// </summary>
[UploadLimit(UploadLimitAttribute.RegisterFile)]
public sealed class RegisterModel(ParReportDbContext db, SignedInUser user, KeepRegisters keep) : PageModel
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static readonly string[] FileTypes = [".csv", ".txt", ".xlsx", ".xls"];

    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    public Register Register { get; private set; } = null!;
    public string UnitName { get; private set; } = "";
    public IReadOnlyList<RegisterStore.Stored> Rows { get; private set; } = [];
    public bool CanWrite { get; private set; }

    /// <summary>The row the form changes (0: a new row) and the version it was read at.</summary>
    public int EditId { get; private set; }
    public int EditVersion { get; private set; }
    /// <summary>What the form shows, by column id: the row being changed, or what was typed and refused.</summary>
    public IReadOnlyDictionary<string, string?> Typed { get; private set; } = new Dictionary<string, string?>();
    public IReadOnlyDictionary<string, string> FieldErrors { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public string? Done { get; private set; }

    /// <summary>The form field of a column.</summary>
    public static string Field(RegisterColumn column) => "c-" + column.Id;

    public string Address(string? query = null) => $"/Registers/{Register.Id}?unit={Uri.EscapeDataString(Unit!)}{(query is null ? "" : "&" + query)}";

    public async Task<IActionResult> OnGetAsync(string id, int? edit, int? saved, bool deleted, CancellationToken cancel)
    {
        if (await LoadAsync(id, cancel) is { } refused) return refused;
        if (CanWrite && edit is { } editing && Rows.FirstOrDefault(r => r.Row.Id == editing) is { } row)
            (EditId, EditVersion, Typed) = (editing, row.Version, Register.Columns.ToDictionary(c => c.Id, c => FormValue(c, row.Row.Text(c.Id))));
        if (saved is not null) Done = "Đã lưu dòng vào sổ; số liệu đã đưa vào các báo cáo đang lập của đơn vị.";
        if (deleted) Done = "Đã xóa dòng khỏi sổ.";
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string id, int rowId, int version, CancellationToken cancel)
    {
        if (RegisterCatalog.Find(id) is not { } register) return NotFound();
        var typed = register.Columns.ToDictionary(c => c.Id, c => c.Type == ColumnType.Flag
            ? Request.Form[Field(c)] == "1" ? "1" : "0"
            : (string?)Request.Form[Field(c)].ToString());
        var actor = await user.ActorAsync();
        var saved = await keep.SaveAsync(actor, Unit ??= actor.Access.UnitCode, id, typed, rowId, version, cancel);
        if (saved.IsDone) return Redirect($"/Registers/{id}?unit={Uri.EscapeDataString(Unit)}&saved={saved.Value}#dong-{saved.Value}");
        if (saved.Outcome is Outcome.NotFound or Outcome.Forbidden) return Refusal(this, saved.Outcome);
        if (await LoadAsync(id, cancel) is { } refused) return refused;
        (EditId, EditVersion, Typed, FieldErrors, Errors) = (rowId, version, typed, saved.ByKey ?? new Dictionary<string, string>(), saved.Messages);
        return Shown(saved.Outcome);
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, int rowId, int version, CancellationToken cancel)
    {
        var actor = await user.ActorAsync();
        var deleted = await keep.DeleteAsync(actor, Unit ??= actor.Access.UnitCode, id, rowId, version, cancel);
        if (deleted.IsDone) return Redirect($"/Registers/{id}?unit={Uri.EscapeDataString(Unit)}&deleted=true");
        if (deleted.Outcome is Outcome.NotFound or Outcome.Forbidden) return Refusal(this, deleted.Outcome);
        if (await LoadAsync(id, cancel) is { } refused) return refused;
        Errors = deleted.Messages;
        return Shown(deleted.Outcome);
    }

    public async Task<IActionResult> OnPostImportAsync(string id, IFormFile? file, CancellationToken cancel)
    {
        var actor = await user.ActorAsync();
        Unit ??= actor.Access.UnitCode;
        // Who may not write is refused before the file is looked at.
        if (RegisterCatalog.Find(id) is null) return NotFound();
        if (!actor.Access.CanKeepRegisters(Unit)) return await LoadAsync(id, cancel) ?? StatusCode(StatusCodes.Status403Forbidden);
        var name = Path.GetFileName(file?.FileName ?? "");
        Result<KeepRegisters.Imported>? imported = null;
        if (file is null || file.Length == 0) Errors = [file is null ? "Chọn tệp của sổ (.csv, .xlsx hoặc .xls)." : $"Tệp «{name}» rỗng: chọn tệp có dữ liệu."];
        else if (!FileTypes.Contains(Path.GetExtension(name).ToLowerInvariant())) Errors = [$"Tệp «{name}» không phải CSV, XLSX hoặc XLS: tải tệp mẫu, ghi vào rồi nhập lại."];
        else
        {
            await using var stream = file.OpenReadStream();
            imported = await keep.ImportAsync(actor, Unit, id, name, stream, cancel);
            if (imported.Outcome is Outcome.NotFound or Outcome.Forbidden) return Refusal(this, imported.Outcome);
            if (imported.IsDone)
            {
                var (rows, replaced, flowed) = imported.Value!;
                Done = $"Đã nhập {Domain.Formatting.VietnameseNumbers.FormatNumber(rows)} dòng từ {name}, thay cho {Domain.Formatting.VietnameseNumbers.FormatNumber(replaced)} dòng trước đó"
                    + (flowed > 0 ? $"; đã cập nhật {Domain.Formatting.VietnameseNumbers.FormatNumber(flowed)} chỉ tiêu trong các báo cáo đang lập của đơn vị." : ".");
            }
            else Errors = imported.Messages;
        }
        if (await LoadAsync(id, cancel) is { } refused) return refused;
        return Shown(imported?.Outcome ?? Outcome.Refused);
    }

    /// <summary>The register's workbook to fill, without rows.</summary>
    public IActionResult OnGetTemplate(string id) =>
        RegisterCatalog.Find(id) is { } register ? File(RegisterWorkbook.Template(register), Xlsx, $"mau-so-{id}.xlsx") : NotFound();

    /// <summary>The unit's rows as a workbook: changed and imported again, it is the register.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(string id, CancellationToken cancel) =>
        await LoadAsync(id, cancel) ?? File(RegisterWorkbook.Write(Register, Rows.Select(r => r.Row).ToList()), Xlsx, $"so-{id}-{Unit}.xlsx");

    /// <summary>A use case's refusal as the pages answer it: an unknown or unreadable unit 404, a unit the user only reads 403.</summary>
    public static IActionResult Refusal(PageModel page, Outcome outcome) =>
        outcome == Outcome.Forbidden ? page.StatusCode(StatusCodes.Status403Forbidden) : page.NotFound();

    /// <summary>A stored value as its form field takes it: a date as the date field's yyyy-MM-dd, a number the Vietnamese way.</summary>
    private static string? FormValue(RegisterColumn column, string? stored) =>
        column.Type == ColumnType.Number ? RegisterCells.Show(column, stored) : stored;

    private PageResult Shown(Outcome outcome)
    {
        var page = Page();
        if (Errors.Count > 0) page.StatusCode = outcome == Outcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return page;
    }

    private async Task<IActionResult?> LoadAsync(string id, CancellationToken cancel)
    {
        if (RegisterCatalog.Find(id) is not { } register) return NotFound();
        Register = register;
        var actor = await user.ActorAsync();
        Unit ??= actor.Access.UnitCode;
        var rows = await keep.RowsAsync(actor, Unit, id, cancel);
        if (!rows.IsDone) return Refusal(this, rows.Outcome);
        Rows = rows.Value!;
        CanWrite = actor.Access.CanKeepRegisters(Unit);
        UnitName = (await new UnitStore(db).LoadTreeAsync(cancel)).Find(Unit)?.Name ?? Unit;
        return null;
    }
}
