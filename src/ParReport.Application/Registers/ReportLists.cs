using ParReport.Application.Reports;
using ParReport.Domain.Entry;
using ParReport.Domain.Registers;
using ParReport.Domain.Templates;
using ParReport.Storage;

namespace ParReport.Application.Registers;

/// <summary>
/// The lists an outline item's text states from the unit's registers (<see cref="RegisterLists"/>), written for the
/// request's window and put into the item's text on the official's word, where they edit it before the report is made.
/// </summary>
public sealed class ReportLists(ParReportDbContext db, TimeProvider clock, ReportEntry entry)
{
    public sealed record List(string Kind, string Title, string? Text);

    public async Task<IReadOnlyList<List>> ForAsync(ReportContext report, OutlineItem item, CancellationToken cancel = default)
    {
        if (item.Lists.Count == 0) return [];
        var registers = await new RegisterStore(db, clock).AllAsync(report.Unit.Code, cancel);
        return item.Lists.Select(kind => new List(kind, RegisterLists.Title(kind),
            RegisterLists.Text(kind, registers.GetValueOrDefault(RegisterLists.RegisterOf(kind)) ?? [], report.Request.Window))).ToList();
    }

    /// <summary>
    /// Appends a list to the item's text as stored, as a save of that text would (same access and lock rules): what a
    /// colleague saved meanwhile stays before it, and a list already in the text is not put in twice.
    /// </summary>
    public async Task<Result<SaveOutcome<string>>> InsertAsync(ReportContext report, ReportPart part, OutlineItem item, string kind, CancellationToken cancel = default)
    {
        if (!report.CanWrite(part)) return Result<SaveOutcome<string>>.Of(Outcome.Forbidden);
        if (report.LockMessage is { } locked) return Result<SaveOutcome<string>>.Refused(locked);
        if (!item.Lists.Contains(kind)) return Result<SaveOutcome<string>>.Of(Outcome.NotFound);
        var list = (await ForAsync(report, item, cancel)).Single(l => l.Kind == kind);
        if (list.Text is null) return Result<SaveOutcome<string>>.Refused(RegisterMessages.EmptyRegister(RegisterCatalog.Get(RegisterLists.RegisterOf(kind))));
        var stored = report.Report.Narratives.GetValueOrDefault(item.Code);
        if (stored?.Contains(list.Text, StringComparison.Ordinal) == true) return Result<SaveOutcome<string>>.Done(new SaveOutcome<string>([], []));
        var text = string.IsNullOrWhiteSpace(stored) ? list.Text : stored.TrimEnd() + "\n" + list.Text;
        return await entry.SaveNarrativesAsync(report, part, [(item.Code, stored, text)], cancel);
    }
}
