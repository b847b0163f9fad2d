namespace ParReport.Storage.Records;

/// <summary>
/// A personal access token for scripts using the JSON API: it acts as its user, with the user's roles and unit as they
/// are when it is used. Only the SHA-256 of the secret is kept; <see cref="Prefix"/> lets people tell their tokens apart.
/// </summary>
public sealed class ApiTokenRecord
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string Name { get; set; }

    /// <summary>The first characters of the secret as shown once at issue ("pr_3fA9c2").</summary>
    public required string Prefix { get; set; }

    /// <summary>The SHA-256 of the whole secret, lowercase hexadecimal.</summary>
    public required string Hash { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}
