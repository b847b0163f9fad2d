using ParReport.Domain.Access;

namespace ParReport.Application;

/// <summary>Who acts: their access (unit and roles), the log-in kept in the audit trail, and the name shown to others.</summary>
public sealed record Actor(UserAccess Access, string UserName, string FullName)
{
    /// <summary>The command line reading a unit's report as the unit itself does (batch work on the server, trusted).</summary>
    public static Actor CommandLine(string unitCode) =>
        new(new UserAccess("", unitCode, new HashSet<Role>()), Environment.UserName, Environment.UserName);
}
