using ParReport.Domain.Access;

namespace ParReport.Application;

/// <summary>Who acts: their access (unit and roles), the log-in kept in the audit trail, and the name shown to others.</summary>
public sealed record Actor(UserAccess Access, string UserName, string FullName)
{
    /// <summary>The command line reading a unit's report as the unit itself does (batch work on the server, trusted).</summary>
    /// <param name="roles">The roles it acts in, for what only they may do (the compiler's assignment letter).</param>
    public static Actor CommandLine(string unitCode, params IReadOnlyCollection<Role> roles) =>
        new(new UserAccess("", unitCode, roles.ToHashSet()), Environment.UserName, Environment.UserName);
}
