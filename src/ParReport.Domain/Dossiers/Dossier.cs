namespace ParReport.Domain.Dossiers;

/// <summary>
/// One administrative-procedure dossier (hồ sơ TTHC) as the one-stop system exports it: its code, field (lĩnh vực),
/// when it was received, its deadline (ngày hẹn trả) and when it was resolved, how it was submitted, its fee and
/// whether the fee was paid online, and the citizen's evaluation when there is one.
/// </summary>
/// <remarks>
/// Times are local; a dossier belongs to a day by its date. A null deadline means it is resolved on the spot, unless
/// <see cref="Unknowns"/> says the export had no deadline at all. <see cref="FeeCharged"/>: the export said a fee was
/// charged without its amount ("Có" in the fee column).
/// </remarks>
public sealed record Dossier(
    string Code,
    string Field,
    DateTime Received,
    DateTime? Deadline,
    DateTime? Resolved,
    SubmissionChannel Channel,
    decimal? Fee = null,
    bool PaidOnline = false,
    bool? Satisfied = null)
{
    public DossierStatus Status { get; init; }
    public DossierUnknowns Unknowns { get; init; }
    public bool FeeCharged { get; init; }

    /// <summary>A fee charged: an amount above 0, or said so without one.</summary>
    public bool WithFee => Fee > 0 || FeeCharged;
}
