using ParReport.Domain.Dossiers;
using ParReport.Domain.Text;

namespace ParReport.Storage;

/// <summary>
/// What an import did: rows stored (new or updated by their code), rows refused with their reasons (the first
/// <see cref="DossierStore.ErrorsKept"/> of them listed, and all of them told by column and kind), and whether anything was kept at all.
/// </summary>
public sealed record DossierImportResult(bool Committed, int Inserted, int Updated, int Refused, IReadOnlyList<RowError> Errors,
    IReadOnlyList<RowErrorGroups.Group> Groups)
{
    public int Stored => Inserted + Updated;

    /// <summary>What the file's rows could not tell for want of columns; <see cref="Unavailable"/> says it in Vietnamese.</summary>
    public DossierUnknowns Unknowns { get; init; }

    public IReadOnlyList<string> Unavailable => DossierColumns.Unavailable(Unknowns);
}
