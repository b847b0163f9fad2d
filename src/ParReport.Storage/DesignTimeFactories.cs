using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ParReport.Storage;

// Used only by `dotnet ef migrations add`; the connection strings are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteParReportDbContext>
{
    public SqliteParReportDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteParReportDbContext>().UseSqlite(Database.DefaultConnectionString).Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresParReportDbContext>
{
    public PostgresParReportDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresParReportDbContext>().UseNpgsql("Host=localhost;Database=parreport").Options);
}
