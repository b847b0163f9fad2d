using ParReport.Application.Registers;
using Microsoft.AspNetCore.Mvc;
using ParReport.Application.Reports;
using ParReport.Domain.Entry;
using ParReport.Domain.Templates;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Web.Pages.Reports;

/// <summary>
/// The narrative of one outline item: the points the outline asks to cover, a box per section (results, positive
/// side, shortcomings and causes where the template asks to assess), saved like the forms: field by field, never
/// overwriting another official's text.
/// </summary>
public sealed class NarrativeModel(ParReportDbContext db, SignedInUser user, TimeProvider clock, ReportEntry entry, ReportLists lists) : ReportPageModel(db, user, clock)
{
    /// <summary>The lists the item's text states from the unit's registers, for the official to put into it.</summary>
    public IReadOnlyList<ReportLists.List> Lists { get; private set; } = [];

    public OutlineItem Item { get; private set; } = null!;
    public ReportPart Part { get; private set; } = null!;
    public bool CanWrite { get; private set; }
    public IReadOnlyList<NarrativeSection> Sections { get; private set; } = [];
    public IReadOnlyList<(FieldConflict<string> Conflict, AuditRecord? LastChange)> Conflicts { get; private set; } = [];
    public IReadOnlySet<string> Audited { get; private set; } = new HashSet<string>();
    [BindProperty(SupportsGet = true)] public int? Saved { get; set; }

    /// <summary>Why a save was refused as a whole (a locked report).</summary>
    public IReadOnlyList<string> Refusals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int requestId, string unitCode, string outlineCode, CancellationToken cancel) =>
        await LoadAsync(requestId, unitCode, outlineCode, cancel) ?? await ShowAsync(cancel);

    public async Task<IActionResult> OnPostAsync(int requestId, string unitCode, string outlineCode, CancellationToken cancel)
    {
        if (await LoadAsync(requestId, unitCode, outlineCode, cancel) is { } refused) return refused;
        if (!CanWrite) return StatusCode(StatusCodes.Status403Forbidden);
        var submitted = Sections.Where(s => Request.Form.ContainsKey("v:" + s.Key))
            .Select(s => (s.Key, (string?)Request.Form["o:" + s.Key].ToString(), (string?)Request.Form["v:" + s.Key].ToString())).ToList();
        var result = await entry.SaveNarrativesAsync(Context, Part, submitted, cancel);
        if (!result.IsDone)
        {
            if (IsBare(result.Outcome)) return StatusCode(Status(result.Outcome));
            Refusals = result.Messages;
            return await ShowAsync(cancel, Status(result.Outcome));
        }
        var outcome = result.Value!;
        if (outcome.Conflicts.Count == 0) return Redirect($"{Request.Path}?saved={outcome.Changes.Count}");
        if (await LoadAsync(requestId, unitCode, outlineCode, cancel) is { } gone) return gone;
        Conflicts = outcome.Conflicts;
        Saved = outcome.Changes.Count;
        await LoadPeopleAsync(Conflicts.Select(c => c.LastChange?.UserName).OfType<string>(), cancel);
        return await ShowAsync(cancel, StatusCodes.Status409Conflict);
    }

    /// <summary>Puts one of the registers' lists at the end of the item's text, where the official edits it.</summary>
    public async Task<IActionResult> OnPostListAsync(int requestId, string unitCode, string outlineCode, string? kind, CancellationToken cancel)
    {
        if (await LoadAsync(requestId, unitCode, outlineCode, cancel) is { } refused) return refused;
        var result = await lists.InsertAsync(Context, Part, Item, kind ?? "", cancel);
        if (!result.IsDone)
        {
            if (IsBare(result.Outcome)) return StatusCode(Status(result.Outcome));
            Refusals = result.Messages;
            return await ShowAsync(cancel, Status(result.Outcome));
        }
        if (result.Value!.Conflicts.Count == 0) return Redirect($"{Request.Path}?saved={result.Value.Changes.Count}");
        if (await LoadAsync(requestId, unitCode, outlineCode, cancel) is { } gone) return gone;
        Conflicts = result.Value.Conflicts;
        await LoadPeopleAsync(Conflicts.Select(c => c.LastChange?.UserName).OfType<string>(), cancel);
        return await ShowAsync(cancel, StatusCodes.Status409Conflict);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancel, int status = StatusCodes.Status200OK)
    {
        Lists = await lists.ForAsync(Context, Item, cancel);
        if (Context.ReportId is { } id) Audited = await new EntryStore(Db, Clock).AuditedKeysAsync(id, EntryStore.NarrativeSubject, cancel);
        await LoadCommentCountsAsync(cancel);
        Response.StatusCode = status;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int requestId, string unitCode, string outlineCode, CancellationToken cancel)
    {
        if (await LoadReportAsync(requestId, unitCode, cancel) is { } refused) return refused;
        var context = Context;
        if (ReportPart.Find(context.Template, ReportPart.OutlineKey(outlineCode)) is not { } part) return NotFound();
        Part = part;
        Item = context.Template.OutlineItems.Single(i => i.Code == outlineCode);
        Sections = NarrativeSection.Of(Item);
        CanWrite = context.CanWrite(part);
        return null;
    }

    public string Text(NarrativeSection section) => Context.Report.Narratives.GetValueOrDefault(section.Key) ?? "";

    public string TrailUrl(NarrativeSection section) => Context.TrailUrl(EntryStore.NarrativeSubject, section.Key);
}
