using Microsoft.AspNetCore.Mvc;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Web.Pages.Reports;

/// <summary>The history of one field of a report (a value, a narrative section, a part's status or assignee): who changed it, when, from what to what.</summary>
public sealed class TrailModel(ParReportDbContext db, SignedInUser user, TimeProvider clock) : ReportPageModel(db, user, clock)
{
    public string Subject { get; private set; } = "";
    public string Key { get; private set; } = "";
    public string Title { get; private set; } = "";
    public IReadOnlyList<AuditRecord> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int requestId, string unitCode, string? subject, string? key, CancellationToken cancel)
    {
        if (string.IsNullOrEmpty(subject) || string.IsNullOrEmpty(key)) return NotFound();
        if (await LoadReportAsync(requestId, unitCode, cancel) is { } refused) return refused;
        var context = Context;
        (Subject, Key) = (subject, key);
        Title = subject switch
        {
            EntryStore.ValueSubject when context.Template.Find(key) is { } indicator => $"Chỉ tiêu {indicator.Code} (Biểu {indicator.FormCode}): {indicator.Label}",
            EntryStore.NarrativeSubject => $"Nội dung mục {key}",
            EntryStore.StatusSubject or EntryStore.AssigneeSubject => $"Phần {key}",
            EntryStore.DocumentSubject => "Số, ngày văn bản và người ký",
            _ => "",
        };
        if (Title.Length == 0) return NotFound();
        // The upper level reads only what was sent, not the unit's editing.
        if (context.ReportId is { } id && context.ShownVersion is null) Changes = await new EntryStore(Db, Clock).TrailAsync(id, subject, key, cancel);
        await LoadPeopleAsync(Changes.Select(c => c.UserName), cancel);
        return Page();
    }
}
