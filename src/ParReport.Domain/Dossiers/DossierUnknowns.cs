namespace ParReport.Domain.Dossiers;

/// <summary>
/// What a dossier's export could not tell, because it had no column for it: never read as "no deadline", "no fee",
/// "not paid online" or "not evaluated", which would make statistics up.
/// </summary>
[Flags]
public enum DossierUnknowns : byte
{
    None = 0,
    Deadline = 1,
    Fee = 2,
    Payment = 4,
    Evaluation = 8,
    /// <summary>No result date: whether and when a dossier was resolved.</summary>
    Resolution = 16,
}
