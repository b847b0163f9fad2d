using ParReport.Domain.Periods;
using ParReport.Domain.Registers;
using ParReport.Domain.Templates;

namespace ParReport.Storage;

/// <summary>The figures a unit's registers give, put into its reports like the dossiers' ones: with their source, a typed value never replaced unasked.</summary>
public sealed partial class EntryStore
{
    /// <summary>After a register changed: its figures put into the unit's reports still open for editing and not past their deadline.</summary>
    public Task<int> FlowRegistersAsync(string unitCode, string by, CancellationToken cancel = default) =>
        FlowAsync(unitCode, async (id, template, window) => (await ApplyRegistersAsync(id, unitCode, template, window, by, cancel: cancel)).Applied, cancel);

    /// <summary>The registers' figures for a window put into one report, each register named as the source of its figures.</summary>
    /// <param name="formCode">Only the figures of this form; all of them when null.</param>
    public async Task<(int Applied, IReadOnlyList<(string Key, decimal? Typed, decimal Dossiers)> Kept)> ApplyRegistersAsync(
        int reportId, string unitCode, TemplateRef template, CutOffWindow window, string by, IReadOnlySet<string>? replace = null,
        string? formCode = null, CancellationToken cancel = default)
    {
        var registers = await new RegisterStore(db, clock).AllAsync(unitCode, cancel);
        var forTemplate = TemplateCatalog.BuiltIn.Get(template);
        var figures = RegisterIndicators.Values(forTemplate, registers, window)
            .Where(f => formCode is null || f.Key.StartsWith(formCode + "/", StringComparison.Ordinal)).ToList();
        var applied = 0;
        var kept = new List<(string, decimal?, decimal)>();
        await using var transaction = await db.BeginUnlessActiveAsync(cancel);
        foreach (var group in figures.GroupBy(f => forTemplate.Get(f.Key).Register!.Register))
        {
            var register = RegisterCatalog.Get(group.Key);
            var result = await ApplyFiguresAsync(reportId, group.ToDictionary(), RegisterMessages.Source(register, window), by, replace, cancel);
            applied += result.Applied;
            kept.AddRange(result.Kept);
        }
        await transaction.CommitIfOwnAsync(cancel);
        return (applied, kept);
    }
}
