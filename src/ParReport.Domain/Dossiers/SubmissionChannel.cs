namespace ParReport.Domain.Dossiers;

/// <summary>How a dossier was submitted (hình thức nộp).</summary>
public enum SubmissionChannel
{
    /// <summary>Trực tuyến.</summary>
    Online,
    /// <summary>Trực tiếp.</summary>
    Direct,
    /// <summary>Bưu chính công ích.</summary>
    Postal,
}
