using ParReport.Documents;
using ParReport.Domain.Dossiers;
using ParReport.Storage;

namespace ParReport.Application.Dossiers;

/// <summary>
/// Imports a unit's one-stop export (CSV or XLSX) with the headers remembered for the unit, then puts the figures into
/// the unit's reports it may still edit (a report waiting for sign-off, sent or accepted never changes).
/// </summary>
public sealed class ImportDossiers(ParReportDbContext db, TimeProvider clock)
{
    /// <summary>What the import stored or refused, and how many report values it updated.</summary>
    public sealed record Imported(DossierImportResult Result, int Flowed);

    /// <param name="actor">Who imports from the web; null for the command line, which acts for any unit.</param>
    /// <param name="mapping">Headers of this file, read with those remembered for the unit, and remembered with them once the import is stored.</param>
    public async Task<Result<Imported>> RunAsync(Actor? actor, string unitCode, string fileName, Stream content, bool goodRowsOnly,
        IReadOnlyDictionary<string, DossierColumn>? mapping = null, CancellationToken cancel = default)
    {
        if (actor is not null && !actor.Access.CanImportDossiers(unitCode)) return Result<Imported>.Of(Outcome.Forbidden);
        var store = new DossierStore(db);
        try
        {
            // The headers given are read with the remembered ones, and remembered only once the import is stored.
            var headers = new Dictionary<string, DossierColumn>(await store.MappingAsync(unitCode, cancel));
            foreach (var (header, column) in mapping ?? new Dictionary<string, DossierColumn>()) headers[header] = column;
            var unknowns = DossierUnknowns.None;
            IEnumerable<DossierBatch> Noted(IEnumerable<DossierBatch> batches)
            {
                foreach (var batch in batches)
                {
                    unknowns |= batch.Unknowns;
                    yield return batch;
                }
            }
            var rows = Noted(DossierFile.Read(content, headers));
            var result = await store.ImportAsync(unitCode, fileName, rows, goodRowsOnly, clock.GetLocalNow(), cancel) with { Unknowns = unknowns };
            if (result.Committed && mapping is { Count: > 0 }) await store.RememberMappingAsync(unitCode, mapping, cancel);
            var flowed = result.Committed ? await new EntryStore(db, clock).FlowDossiersAsync(unitCode, actor?.UserName ?? Environment.UserName, cancel) : 0;
            return Result<Imported>.Done(new Imported(result, flowed));
        }
        catch (UnreadableFileException e)
        {
            return Result<Imported>.Refused($"{fileName}: {e.Message}");
        }
        catch (KeyNotFoundException)
        {
            return Result<Imported>.Of(Outcome.NotFound, Requests.RequestMessages.UnknownUnit(unitCode));
        }
    }

    /// <summary>
    /// What an import of the file would read with the unit's remembered headers and <paramref name="mapping"/> (the
    /// latter not remembered): the columns found, with samples, and those not found. Nothing is stored.
    /// </summary>
    public async Task<Result<DossierPreview>> PreviewAsync(Actor? actor, string unitCode, string fileName, Stream content,
        IReadOnlyDictionary<string, DossierColumn>? mapping = null, CancellationToken cancel = default)
    {
        if (actor is not null && !actor.Access.CanImportDossiers(unitCode)) return Result<DossierPreview>.Of(Outcome.Forbidden);
        if ((await new UnitStore(db).LoadTreeAsync(cancel)).Find(unitCode) is null) return Result<DossierPreview>.Of(Outcome.NotFound, Requests.RequestMessages.UnknownUnit(unitCode));
        var remembered = new Dictionary<string, DossierColumn>(await new DossierStore(db).MappingAsync(unitCode, cancel));
        foreach (var (header, column) in mapping ?? new Dictionary<string, DossierColumn>()) remembered[header] = column;
        try
        {
            return Result<DossierPreview>.Done(DossierFile.Preview(content, remembered));
        }
        catch (UnreadableFileException e)
        {
            return Result<DossierPreview>.Refused($"{fileName}: {e.Message}");
        }
    }
}
