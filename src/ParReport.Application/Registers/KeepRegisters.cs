using ParReport.Documents;
using ParReport.Domain.Registers;
using ParReport.Domain.Text;
using ParReport.Storage;

namespace ParReport.Application.Registers;

/// <summary>
/// A unit's registers kept: rows read by those who may read the unit, typed, changed, removed or replaced by a file by
/// those who fill its report; after each change the figures flow into the unit's reports still open for editing.
/// </summary>
public sealed class KeepRegisters(ParReportDbContext db, TimeProvider clock)
{
    /// <summary>What a file's import stored: its rows, the rows it replaced, and the report values it updated.</summary>
    public sealed record Imported(int Rows, int Replaced, int Flowed);

    /// <param name="actor">Who reads; null for the command line, which acts for any unit.</param>
    public async Task<Result<IReadOnlyList<RegisterStore.Stored>>> RowsAsync(Actor? actor, string unitCode, string registerId, CancellationToken cancel = default)
    {
        if (await UnitAsync(actor, unitCode, registerId, write: false, cancel) is { } refused) return Result<IReadOnlyList<RegisterStore.Stored>>.Of(refused.Outcome, refused.Messages);
        return Result<IReadOnlyList<RegisterStore.Stored>>.Done(await new RegisterStore(db, clock).RowsAsync(unitCode, registerId, cancel));
    }

    /// <summary>How many rows each register of the unit holds, by register id (every register of the catalogue, 0 when empty).</summary>
    public async Task<Result<IReadOnlyDictionary<string, int>>> CountsAsync(Actor? actor, string unitCode, CancellationToken cancel = default)
    {
        if (await UnitAsync(actor, unitCode, null, write: false, cancel) is { } refused)
            return Result<IReadOnlyDictionary<string, int>>.Of(refused.Outcome, refused.Messages);
        var rows = await new RegisterStore(db, clock).AllAsync(unitCode, cancel);
        return Result<IReadOnlyDictionary<string, int>>.Done(RegisterCatalog.All.ToDictionary(r => r.Id, r => rows.GetValueOrDefault(r.Id)?.Count ?? 0));
    }

    /// <summary>A row typed in the entry form added (<paramref name="id"/> 0) or changed (its id and the version it was read at).</summary>
    /// <returns>The row's id; refused with the errors by column id in <see cref="Result{T}.ByKey"/>; a conflict when the row changed or was removed since it was read.</returns>
    public async Task<Result<int>> SaveAsync(Actor? actor, string unitCode, string registerId, IReadOnlyDictionary<string, string?> typed,
        int id = 0, int version = 0, CancellationToken cancel = default)
    {
        if (await UnitAsync(actor, unitCode, registerId, write: true, cancel) is { } refused) return Result<int>.Of(refused.Outcome, refused.Messages);
        var register = RegisterCatalog.Get(registerId);
        var (row, errors) = RegisterRows.Read(register, typed);
        if (row is null)
            return new Result<int>(Outcome.Refused, errors.Select(e => $"{register.Column(e.Column)!.Header}: {e.Message}").ToList(),
                ByKey: errors.ToDictionary(e => e.Column, e => e.Message));
        var store = new RegisterStore(db, clock);
        var by = By(actor);
        // A row no longer in the register was removed since it was read: a conflict, as a change made meanwhile is.
        if (id == 0) id = await store.AddAsync(unitCode, registerId, row, by, cancel);
        else if (await store.UpdateAsync(unitCode, registerId, id, version, row, by, cancel) != RegisterStore.Change.Done)
            return Result<int>.Of(Outcome.Conflict, RegisterMessages.Conflict);
        await new EntryStore(db, clock).FlowRegistersAsync(unitCode, by, cancel);
        return Result<int>.Done(id);
    }

    public async Task<Result<bool>> DeleteAsync(Actor? actor, string unitCode, string registerId, int id, int version, CancellationToken cancel = default)
    {
        if (await UnitAsync(actor, unitCode, registerId, write: true, cancel) is { } refused) return Result<bool>.Of(refused.Outcome, refused.Messages);
        if (await new RegisterStore(db, clock).DeleteAsync(unitCode, registerId, id, version, cancel) != RegisterStore.Change.Done)
            return Result<bool>.Of(Outcome.Conflict, RegisterMessages.Conflict);
        await new EntryStore(db, clock).FlowRegistersAsync(unitCode, By(actor), cancel);
        return Result<bool>.Done(true);
    }

    /// <summary>
    /// A file's table (its cells as text, read by the document readers) replacing the register, whole or not at all:
    /// any refused row refuses the file, the errors told by column and kind with their lines and values.
    /// </summary>
    public async Task<Result<Imported>> ImportAsync(Actor? actor, string unitCode, string registerId, string fileName,
        IReadOnlyList<IReadOnlyList<string?>> table, CancellationToken cancel = default)
    {
        if (await UnitAsync(actor, unitCode, registerId, write: true, cancel) is { } refused) return Result<Imported>.Of(refused.Outcome, refused.Messages);
        var (rows, errors, fileError) = RegisterRows.ReadTable(RegisterCatalog.Get(registerId), table);
        if (fileError is not null) return Result<Imported>.Refused($"{fileName}: {fileError}");
        if (errors.Count > 0)
            return Result<Imported>.Refused([RegisterMessages.FileRefused(fileName, errors.Count), .. RowErrorGroups.Of(errors).Select(g => g.ToString())]);
        var by = By(actor);
        var replaced = await new RegisterStore(db, clock).ReplaceAsync(unitCode, registerId, rows, by, fileName, cancel);
        var flowed = await new EntryStore(db, clock).FlowRegistersAsync(unitCode, by, cancel);
        return Result<Imported>.Done(new Imported(rows.Count, replaced, flowed));
    }

    /// <summary>A register's file (CSV, XLSX or XLS) read and imported as <see cref="ImportAsync(Actor?, string, string, string, IReadOnlyList{IReadOnlyList{string?}}, CancellationToken)"/>; the file is read only for those who may import it.</summary>
    public async Task<Result<Imported>> ImportAsync(Actor? actor, string unitCode, string registerId, string fileName, Stream content, CancellationToken cancel = default)
    {
        if (await UnitAsync(actor, unitCode, registerId, write: true, cancel) is { } refused) return Result<Imported>.Of(refused.Outcome, refused.Messages);
        IReadOnlyList<IReadOnlyList<string?>> table;
        try
        {
            table = RegisterFile.Read(content);
        }
        catch (UnreadableFileException e)
        {
            return Result<Imported>.Refused($"{fileName}: {e.Message}");
        }
        return await ImportAsync(actor, unitCode, registerId, fileName, table, cancel);
    }

    private static string By(Actor? actor) => actor?.UserName ?? Environment.UserName;

    private async Task<Result<bool>?> UnitAsync(Actor? actor, string unitCode, string? registerId, bool write, CancellationToken cancel)
    {
        if (registerId is not null && RegisterCatalog.Find(registerId) is null) return Result<bool>.Of(Outcome.NotFound, RegisterMessages.UnknownRegister(registerId));
        var tree = await new UnitStore(db).LoadTreeAsync(cancel);
        if (tree.Find(unitCode) is null) return Result<bool>.Of(Outcome.NotFound, Requests.RequestMessages.UnknownUnit(unitCode));
        if (actor is null) return null;
        if (!actor.Access.CanRead(unitCode, tree)) return Result<bool>.Of(Outcome.NotFound);
        return write && !actor.Access.CanKeepRegisters(unitCode) ? Result<bool>.Of(Outcome.Forbidden) : null;
    }
}
