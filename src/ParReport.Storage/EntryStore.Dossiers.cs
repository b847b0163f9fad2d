using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Dossiers;
using ParReport.Domain.Entry;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using ParReport.Domain.Workflow;
using ParReport.Storage.Records;

namespace ParReport.Storage;

/// <summary>The figures the imported dossiers (or the units' aggregate) give, put into the reports with their source.</summary>
public sealed partial class EntryStore
{
    /// <summary>
    /// Puts figures computed from the dossiers or the units' reports into a report, marked with their source. A value an official typed is
    /// never replaced: it is returned, with the dossiers' figure, for the official to decide. Each change is audited
    /// with the source as its reason, and puts its part (back) to "đang làm".
    /// </summary>
    /// <param name="replace">Typed values the official chose to replace by the dossiers' figures.</param>
    /// <returns>The keys set, and the typed values kept with the figure the dossiers give.</returns>
    public async Task<(int Applied, IReadOnlyList<(string Key, decimal? Typed, decimal Dossiers)> Kept)> ApplyFiguresAsync(
        int reportId, IReadOnlyDictionary<string, decimal> figures, string source, string by, IReadOnlySet<string>? replace = null, CancellationToken cancel = default)
    {
        await using var transaction = await db.BeginUnlessActiveAsync(cancel);
        await db.EnsureEditableAsync(reportId, cancel);
        var stored = await db.IndicatorValues.Where(v => v.ReportId == reportId && figures.Keys.Contains(v.Key)).ToDictionaryAsync(v => v.Key, cancel);
        var kept = new List<(string, decimal?, decimal)>();
        var applied = 0;
        foreach (var (key, figure) in figures.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var record = stored.GetValueOrDefault(key);
            if (record is { Source: null } && replace?.Contains(key) != true)
            {
                if (record.Number != figure) kept.Add((key, record.Number, figure));
                continue;
            }
            if (record?.Number == figure && record.Source == source) continue;
            var old = record is null ? null : ValueInput.Show(new IndicatorValue(record.Number, record.Text));
            if (record is null) db.IndicatorValues.Add(record = new IndicatorValueRecord { ReportId = reportId, Key = key });
            else record.Version++;
            (record.Number, record.Text, record.Source) = (figure, null, source);
            Audit(reportId, ValueSubject, key, old, ValueInput.Show(IndicatorValue.Of(figure)), by, source);
            await SetStatusInTransactionAsync(reportId, ReportPart.KeyOfIndicator(key), PartStatus.InProgress, by, cancel);
            applied++;
        }
        await db.SaveChangesAsync(cancel);
        await transaction.CommitIfOwnAsync(cancel);
        return (applied, kept);
    }

    /// <summary>
    /// After an import: puts the dossiers' figures for each request's window into the unit's reports whose deadline
    /// has not passed and that the unit may still edit (an older report changes only when an official asks for it on
    /// its form; a report sent or waiting for sign-off never changes).
    /// </summary>
    /// <returns>The values set, over all those reports.</returns>
    public Task<int> FlowDossiersAsync(string unitCode, string by, CancellationToken cancel = default) =>
        FlowAsync(unitCode, async (id, template, window) => (await ApplyDossiersAsync(id, unitCode, template, window, by, cancel: cancel)).Applied, cancel);

    /// <summary>
    /// Puts figures into the unit's reports whose deadline has not passed and that it may still edit; a report sent to
    /// the leader since it was picked keeps its figures, like every locked report.
    /// </summary>
    private async Task<int> FlowAsync(string unitCode, Func<int, TemplateRef, CutOffWindow, Task<int>> apply, CancellationToken cancel)
    {
        // The deadline is a day in Vietnam, whatever the server's zone.
        var today = VietnamTime.Day(clock.GetUtcNow());
        var reports = await db.Reports.AsNoTracking().Where(r => r.Unit.Code == unitCode && r.Request.Deadline >= today
                && (r.Status == (int)ReportStatus.Draft || r.Status == (int)ReportStatus.Returned))
            .Select(r => new { r.Id, r.Request.WindowFrom, r.Request.WindowTo, r.TemplateId, r.TemplateVersion }).ToListAsync(cancel);
        var applied = 0;
        foreach (var report in reports)
            try
            {
                applied += await apply(report.Id, new TemplateRef(report.TemplateId, report.TemplateVersion), new CutOffWindow(report.WindowFrom, report.WindowTo));
            }
            catch (ReportLockedException)
            {
                db.ChangeTracker.Clear();
            }
        return applied;
    }

    /// <summary>The dossiers' figures for a window put into one report, with the latest import of the unit as their source.</summary>
    /// <param name="formCode">Only the figures of this form (the one an official is filling); all of them when null.</param>
    public async Task<(int Applied, IReadOnlyList<(string Key, decimal? Typed, decimal Dossiers)> Kept)> ApplyDossiersAsync(
        int reportId, string unitCode, TemplateRef template, CutOffWindow window, string by, IReadOnlySet<string>? replace = null,
        string? formCode = null, CancellationToken cancel = default)
    {
        var figures = DossierIndicators.Values(TemplateCatalog.BuiltIn.Get(template), await new DossierStore(db).StatisticsAsync(unitCode, window, cancel))
            .Where(f => formCode is null || f.Key.StartsWith(formCode + "/", StringComparison.Ordinal))
            .ToDictionary();
        var import = await db.DossierImports.AsNoTracking().Where(i => db.Units.Any(u => u.Id == i.UnitId && u.Code == unitCode) && i.Stored > 0)
            .OrderByDescending(i => i.Id).FirstOrDefaultAsync(cancel);
        if (figures.Count == 0 || import is null) return (0, []);
        return await ApplyFiguresAsync(reportId, figures, StorageMessages.DossierSource(import.FileName, import.ImportedAt, window), by, replace, cancel);
    }
}
