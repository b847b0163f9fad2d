using ParReport.Domain.Access;

namespace ParReport.Application;

/// <summary>Who acts: their access (unit and roles), the log-in kept in the audit trail, and the name shown to others.</summary>
public sealed record Actor(UserAccess Access, string UserName, string FullName);
