namespace ParReport.Domain.Access;

/// <summary>What a user does in ParReport. A user works for one unit and may hold several roles.</summary>
public enum Role
{
    /// <summary>Manages the users of the unit and of the units below it.</summary>
    Admin,
    /// <summary>Compiles the unit's report: assigns its parts, writes any of them, marks them done.</summary>
    Compiler,
    /// <summary>A specialist official who fills the parts assigned to them.</summary>
    Contributor,
    /// <summary>The chairman or vice-chairman who reads and approves the unit's report.</summary>
    Leader,
    /// <summary>An official of an upper level who reads the reports of the units below.</summary>
    Reviewer,
}

public static class Roles
{
    public static readonly IReadOnlyList<Role> All = Enum.GetValues<Role>();

    /// <summary>The role's name as stored with Identity: "admin", "compiler" …</summary>
    public static string Id(Role role) => role.ToString().ToLowerInvariant();

    public static Role? FromId(string? id)
    {
        foreach (var role in All)
            if (Id(role) == id) return role;
        return null;
    }

    public static string Label(Role role) => role switch
    {
        Role.Admin => "Quản trị",
        Role.Compiler => "Cán bộ tổng hợp",
        Role.Contributor => "Cán bộ chuyên môn",
        Role.Leader => "Lãnh đạo",
        Role.Reviewer => "Cán bộ cấp trên",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };
}
