using Microsoft.AspNetCore.Identity;

namespace ParReport.Storage.Records;

/// <summary>A user account (ASP.NET Core Identity) and the unit the user works for.</summary>
public sealed class UserRecord : IdentityUser
{
    public required string FullName { get; set; }
    public int UnitId { get; set; }
    public UnitRecord Unit { get; set; } = null!;
}
