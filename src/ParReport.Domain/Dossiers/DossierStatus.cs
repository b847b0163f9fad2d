namespace ParReport.Domain.Dossiers;

/// <summary>
/// What became of a dossier beyond its dates. An ordinary one is resolved or in progress as its dates say; the others
/// are counted in their own columns beside the table, never as resolved or in progress.
/// </summary>
public enum DossierStatus : byte
{
    Ordinary,
    /// <summary>Rút hồ sơ: the applicant took it back.</summary>
    Withdrawn,
    /// <summary>Từ chối, không đủ điều kiện: refused, returned without being resolved.</summary>
    Refused,
    /// <summary>Yêu cầu bổ sung, tạm dừng: waiting for the applicant to complete it.</summary>
    Paused,
    /// <summary>Hủy: cancelled.</summary>
    Cancelled,
}
