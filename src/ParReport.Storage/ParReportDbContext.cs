using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ParReport.Storage.Records;

namespace ParReport.Storage;

/// <summary>
/// The database. Each provider has its own subclass so that each keeps its own migrations
/// (Migrations/Sqlite, Migrations/Postgres); <see cref="Database"/> picks one from the connection string.
/// </summary>
public abstract class ParReportDbContext(DbContextOptions options) : IdentityDbContext<UserRecord>(options)
{
    public DbSet<UnitRecord> Units => Set<UnitRecord>();
    public DbSet<ReportingRequestRecord> Requests => Set<ReportingRequestRecord>();
    public DbSet<ReportRecord> Reports => Set<ReportRecord>();
    public DbSet<IndicatorValueRecord> IndicatorValues => Set<IndicatorValueRecord>();
    public DbSet<NarrativeRecord> Narratives => Set<NarrativeRecord>();
    public DbSet<DossierBlockRecord> DossierBlocks => Set<DossierBlockRecord>();
    public DbSet<DossierImportRecord> DossierImports => Set<DossierImportRecord>();
    public DbSet<DossierMappingRecord> DossierMappings => Set<DossierMappingRecord>();
    public DbSet<AssignmentRecord> Assignments => Set<AssignmentRecord>();
    public DbSet<AuditRecord> Audit => Set<AuditRecord>();
    public DbSet<ReportEventRecord> ReportEvents => Set<ReportEventRecord>();
    public DbSet<ReportVersionRecord> ReportVersions => Set<ReportVersionRecord>();
    public DbSet<RequestUnitRecord> RequestUnits => Set<RequestUnitRecord>();
    public DbSet<NoticeRecord> Notices => Set<NoticeRecord>();
    public DbSet<OutlierNoteRecord> OutlierNotes => Set<OutlierNoteRecord>();
    public DbSet<ApiTokenRecord> ApiTokens => Set<ApiTokenRecord>();
    public DbSet<RegisterRowRecord> RegisterRows => Set<RegisterRowRecord>();
    public DbSet<CommentThreadRecord> CommentThreads => Set<CommentThreadRecord>();
    public DbSet<CommentRecord> Comments => Set<CommentRecord>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);
        model.Entity<UserRecord>(user =>
        {
            user.Property(u => u.FullName).HasMaxLength(128);
            user.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<UnitRecord>(unit =>
        {
            unit.HasIndex(u => u.Code).IsUnique();
            unit.Property(u => u.Code).HasMaxLength(64);
            unit.Property(u => u.Name).HasMaxLength(256);
            unit.Property(u => u.Level).HasMaxLength(16);
            unit.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<ReportingRequestRecord>(request =>
        {
            request.Property(r => r.PeriodCode).HasMaxLength(16);
            request.Property(r => r.TemplateId).HasMaxLength(64);
            request.Property(r => r.DocumentNumber).HasMaxLength(64);
            request.HasIndex(r => new { r.IssuerUnitId, r.PeriodCode, r.TemplateId, r.TemplateVersion }).IsUnique();
            request.HasOne(r => r.IssuerUnit).WithMany().OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<ReportRecord>(report =>
        {
            report.Property(r => r.TemplateId).HasMaxLength(64);
            report.Property(r => r.DocumentNumber).HasMaxLength(64);
            report.Property(r => r.SignerName).HasMaxLength(128);
            report.HasIndex(r => new { r.UnitId, r.RequestId }).IsUnique();
            report.HasOne(r => r.Unit).WithMany().OnDelete(DeleteBehavior.Restrict);
            report.HasOne(r => r.Request).WithMany().OnDelete(DeleteBehavior.Restrict);
            report.HasMany(r => r.Values).WithOne().HasForeignKey(v => v.ReportId).OnDelete(DeleteBehavior.Cascade);
            report.HasMany(r => r.Narratives).WithOne().HasForeignKey(n => n.ReportId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<IndicatorValueRecord>(value =>
        {
            value.Property(v => v.Key).HasMaxLength(64);
            value.Property(v => v.Number).HasPrecision(18, 4);
            value.HasIndex(v => new { v.ReportId, v.Key }).IsUnique();
            value.Property(v => v.Version).IsConcurrencyToken();
            value.Property(v => v.Source).HasMaxLength(256);
        });
        model.Entity<AssignmentRecord>(assignment =>
        {
            assignment.Property(a => a.PartKey).HasMaxLength(32);
            assignment.HasIndex(a => new { a.ReportId, a.PartKey }).IsUnique();
            assignment.HasOne<ReportRecord>().WithMany().HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Cascade);
            assignment.HasOne(a => a.Assignee).WithMany().HasForeignKey(a => a.AssigneeId).OnDelete(DeleteBehavior.SetNull);
        });
        model.Entity<AuditRecord>(audit =>
        {
            audit.ToTable("Audit");
            audit.Property(a => a.Subject).HasMaxLength(16);
            audit.Property(a => a.Key).HasMaxLength(64);
            audit.Property(a => a.UserName).HasMaxLength(256);
            audit.HasIndex(a => new { a.ReportId, a.Key });
            audit.HasOne<ReportRecord>().WithMany().HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<DossierBlockRecord>(block =>
        {
            block.ToTable("DossierBlocks");
            block.HasIndex(b => b.UnitId);
            block.HasOne<UnitRecord>().WithMany().HasForeignKey(b => b.UnitId).OnDelete(DeleteBehavior.Restrict);
            // The codes last: SQLite then reads a block's figures without going through its codes.
            block.Property(b => b.Id).HasColumnOrder(0);
            block.Property(b => b.UnitId).HasColumnOrder(1);
            block.Property(b => b.ImportId).HasColumnOrder(2);
            block.Property(b => b.Count).HasColumnOrder(3);
            block.Property(b => b.LastReceived).HasColumnOrder(4);
            block.Property(b => b.Figures).HasColumnOrder(5);
            block.Property(b => b.Codes).HasColumnOrder(6);
            if (Database.IsNpgsql()) block.Property(b => b.LastReceived).HasColumnType("timestamp without time zone");
        });
        model.Entity<RegisterRowRecord>(row =>
        {
            row.Property(r => r.Register).HasMaxLength(32);
            row.Property(r => r.UpdatedBy).HasMaxLength(256);
            row.Property(r => r.FileName).HasMaxLength(260);
            row.Property(r => r.Version).IsConcurrencyToken();
            row.HasIndex(r => new { r.UnitId, r.Register });
            row.HasOne<UnitRecord>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<DossierMappingRecord>(mapping =>
        {
            mapping.Property(m => m.Header).HasMaxLength(256);
            mapping.Property(m => m.Column).HasMaxLength(32);
            mapping.HasIndex(m => new { m.UnitId, m.Header }).IsUnique();
            mapping.HasOne<UnitRecord>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<DossierImportRecord>(import =>
        {
            import.Property(i => i.FileName).HasMaxLength(256);
            import.HasOne<UnitRecord>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<ReportEventRecord>(e =>
        {
            e.Property(x => x.Transition).HasMaxLength(16);
            e.Property(x => x.UserName).HasMaxLength(256);
            e.Property(x => x.FullName).HasMaxLength(128);
            e.Property(x => x.Comment).HasMaxLength(2000);
            e.HasIndex(x => x.ReportId);
            e.HasOne<ReportRecord>().WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<ReportVersionRecord>(version =>
        {
            version.Property(v => v.SentBy).HasMaxLength(128);
            version.Property(v => v.DocumentNumber).HasMaxLength(64);
            version.Property(v => v.SignerName).HasMaxLength(128);
            version.HasIndex(v => new { v.ReportId, v.Number }).IsUnique();
            version.HasOne<ReportRecord>().WithMany().HasForeignKey(v => v.ReportId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<RequestUnitRecord>(unit =>
        {
            unit.Property(u => u.Reason).HasMaxLength(500);
            unit.Property(u => u.ChangedBy).HasMaxLength(256);
            unit.HasIndex(u => new { u.RequestId, u.UnitId }).IsUnique();
            unit.HasOne<ReportingRequestRecord>().WithMany().HasForeignKey(u => u.RequestId).OnDelete(DeleteBehavior.Cascade);
            unit.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<NoticeRecord>(notice =>
        {
            notice.Property(n => n.Text).HasMaxLength(1000);
            notice.Property(n => n.Url).HasMaxLength(256);
            notice.Property(n => n.Key).HasMaxLength(128);
            notice.HasIndex(n => new { n.UserId, n.Key }).IsUnique();
            notice.HasOne<UserRecord>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<OutlierNoteRecord>(note =>
        {
            note.Property(n => n.Key).HasMaxLength(64);
            note.Property(n => n.Note).HasMaxLength(1000);
            note.Property(n => n.UserName).HasMaxLength(256);
            note.Property(n => n.FullName).HasMaxLength(128);
            note.HasIndex(n => new { n.ReportId, n.Version, n.Key }).IsUnique();
            note.HasOne<ReportRecord>().WithMany().HasForeignKey(n => n.ReportId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<ApiTokenRecord>(token =>
        {
            token.Property(t => t.Name).HasMaxLength(128);
            token.Property(t => t.Prefix).HasMaxLength(16);
            token.Property(t => t.Hash).HasMaxLength(64);
            token.Property(t => t.CreatedBy).HasMaxLength(256);
            token.HasIndex(t => t.Hash).IsUnique();
            token.HasOne<UserRecord>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<CommentThreadRecord>(thread =>
        {
            thread.Property(t => t.Target).HasMaxLength(64);
            thread.Property(t => t.PartKey).HasMaxLength(32);
            thread.Property(t => t.ResolvedBy).HasMaxLength(256);
            thread.Property(t => t.ResolvedByName).HasMaxLength(128);
            thread.HasIndex(t => t.ReportId);
            thread.HasOne<ReportRecord>().WithMany().HasForeignKey(t => t.ReportId).OnDelete(DeleteBehavior.Cascade);
            thread.HasMany(t => t.Comments).WithOne().HasForeignKey(c => c.ThreadId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<CommentRecord>(comment =>
        {
            comment.Property(c => c.UserName).HasMaxLength(256);
            comment.Property(c => c.FullName).HasMaxLength(128);
            comment.Property(c => c.Text).HasMaxLength(2000);
            comment.HasIndex(c => c.ThreadId);
        });
        model.Entity<NarrativeRecord>(narrative =>
        {
            narrative.Property(n => n.OutlineCode).HasMaxLength(32);
            narrative.HasIndex(n => new { n.ReportId, n.OutlineCode }).IsUnique();
            narrative.Property(n => n.Version).IsConcurrencyToken();
        });
    }
}

public sealed class SqliteParReportDbContext : ParReportDbContext
{
    /// <summary>
    /// Every save in a transaction of its own, begun IMMEDIATE, whose wait for another writer is retried: a lone INSERT …
    /// RETURNING that EF Core would run without one meets a busy database only when the statement finishes, which is not
    /// retried, and fails with "database is locked" when officials save at the same moment.
    /// </summary>
    public SqliteParReportDbContext(DbContextOptions<SqliteParReportDbContext> options) : base(options) =>
        Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
}

public sealed class PostgresParReportDbContext(DbContextOptions<PostgresParReportDbContext> options) : ParReportDbContext(options)
{
    /// <summary>PostgreSQL keeps instants in UTC and Npgsql refuses another offset: a time in Vietnam (+07:00) is stored as its instant.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configuration) =>
        configuration.Properties<DateTimeOffset>().HaveConversion<UtcInstant>();

    private sealed class UtcInstant() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, DateTimeOffset>(
        value => value.ToUniversalTime(), value => value);
}
