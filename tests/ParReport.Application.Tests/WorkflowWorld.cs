using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using ParReport.Application.Notices;
using ParReport.Application.Reports;
using ParReport.Application.Requests;
using ParReport.Domain.Access;
using ParReport.Domain.Dossiers;
using ParReport.Domain.Entry;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using ParReport.Domain.Workflow;
using ParReport.Storage;
using ParReport.Storage.Records;
using ParReport.Storage.Tests;

namespace ParReport.Application.Tests;

/// <summary>
/// A fresh database with two provinces — Hà Nam with districts and their communes (three levels), Bắc Ninh with its
/// communes directly below it (two levels) — every role, users made per unit and role, and a fake clock in Vietnam's
/// time. Every action opens its own DbContext, as a web request does.
/// </summary>
public sealed class WorkflowWorld : IAsyncDisposable
{
    public const string Province = "tinh-ha-nam";
    public const string District = "huyen-kim-bang";
    public const string OtherDistrict = "huyen-thanh-liem";
    public const string BaSao = "kim-bang-ba-sao";
    public const string TanSon = "kim-bang-tan-son";
    public const string ThuySon = "kim-bang-thuy-son";
    public const string DaiCuong = "kim-bang-dai-cuong";
    public const string ThanhHa = "thanh-liem-thanh-ha";
    public static readonly string[] DistrictCommunes = [BaSao, TanSon, ThuySon, DaiCuong];

    public const string FlatProvince = "tinh-bac-ninh";
    public const string KinhBac = "bac-ninh-kinh-bac";
    public const string VuNinh = "bac-ninh-vu-ninh";
    public const string DaiPhuc = "bac-ninh-dai-phuc";

    public static readonly IReadOnlyList<OrgUnit> Units =
    [
        new(Province, "Tỉnh Hà Nam", UnitLevel.Province, null),
        new(District, "Huyện Kim Bảng", UnitLevel.District, Province),
        new(OtherDistrict, "Huyện Thanh Liêm", UnitLevel.District, Province),
        new(BaSao, "Xã Ba Sao", UnitLevel.Commune, District),
        new(TanSon, "Xã Tân Sơn", UnitLevel.Commune, District),
        new(ThuySon, "Xã Thụy Sơn", UnitLevel.Commune, District),
        new(DaiCuong, "Xã Đại Cương", UnitLevel.Commune, District),
        new(ThanhHa, "Xã Thanh Hà", UnitLevel.Commune, OtherDistrict),
        new(FlatProvince, "Tỉnh Bắc Ninh", UnitLevel.Province, null),
        new(KinhBac, "Phường Kinh Bắc", UnitLevel.Commune, FlatProvince),
        new(VuNinh, "Phường Vũ Ninh", UnitLevel.Commune, FlatProvince),
        new(DaiPhuc, "Phường Đại Phúc", UnitLevel.Commune, FlatProvince),
    ];

    public static readonly ReportingPeriod QuarterOne = new(2024, PeriodKind.QuarterOne);
    public static readonly TemplateRef CommuneTemplate = new("xa", 2);
    public static readonly TemplateRef DistrictTemplate = new("huyen", 1);

    /// <summary>Requests are due on 20/03/2024 (the whole day unless an hour is given); the clock starts on 12/03/2024 at 09:00.</summary>
    public static readonly DateOnly DeadlineDay = new(2024, 3, 20);
    public static readonly DateTimeOffset Start = new(2024, 3, 12, 9, 0, 0, VietnamTime.Offset);

    private readonly TestDatabase _database;
    private readonly bool _shared;
    private int _users;

    private WorkflowWorld(TestDatabase database, bool shared) => (_database, _shared) = (database, shared);

    // A real clock gives UTC; PostgreSQL stores only UTC instants.
    public FakeTimeProvider Clock { get; } = new(Start.ToUniversalTime());

    public ParReportDbContext Open() => _database.Open();

    /// <summary>A DbContext whose commands go through an interceptor, to hold one request at a chosen statement.</summary>
    public ParReportDbContext Open(IInterceptor interceptor) => Database.Options(_database.ConnectionString) switch
    {
        DbContextOptions<PostgresParReportDbContext> postgres => Database.Create(new DbContextOptionsBuilder<PostgresParReportDbContext>(postgres).AddInterceptors(interceptor).Options),
        DbContextOptions<SqliteParReportDbContext> sqlite => Database.Create(new DbContextOptionsBuilder<SqliteParReportDbContext>(sqlite).AddInterceptors(interceptor).Options),
        var other => throw new InvalidOperationException($"Unexpected options {other.GetType()}."),
    };

    /// <param name="shared">The PostgreSQL database of the test class, emptied for this test; a new database of its own without it.</param>
    public static async Task<WorkflowWorld> CreateAsync(bool postgres = false, PostgresDatabase? shared = null)
    {
        var world = postgres && shared is not null
            ? new WorkflowWorld(await shared.EmptiedAsync(), shared: true)
            : new WorkflowWorld(await TestDatabase.CreateAsync(postgres), shared: false);
        await using var db = world.Open();
        Assert.Empty(await new UnitStore(db).ImportAsync(Units));
        foreach (var role in Roles.All)
            db.Roles.Add(new IdentityRole(Roles.Id(role)) { NormalizedName = Roles.Id(role).ToUpperInvariant() });
        await db.SaveChangesAsync();
        return world;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_shared) await _database.DisposeAsync();
    }

    public static string NameOf(string unitCode) => Units.SingleOrDefault(u => u.Code == unitCode)?.Name ?? unitCode;

    /// <summary>A user of a unit holding a role, stored as the web app stores them (a user record and an Identity role).</summary>
    public async Task<Actor> UserAsync(string unitCode, Role role, string? email = null, string? fullName = null)
    {
        var number = Interlocked.Increment(ref _users);
        var userName = $"{Roles.Id(role)}{number}";
        await using var db = Open();
        var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
        var user = new UserRecord
        {
            UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), FullName = fullName ?? $"{Roles.Label(role)} {number} — {unit.Name}",
            Email = email, NormalizedEmail = email?.ToUpperInvariant(), UnitId = unit.Id,
        };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = await db.Roles.Where(r => r.Name == Roles.Id(role)).Select(r => r.Id).SingleAsync() });
        await db.SaveChangesAsync();
        return new Actor(new UserAccess(user.Id, unitCode, new HashSet<Role> { role }), userName, user.FullName);
    }

    /// <summary>The issuer asks the units below it for quý I 2024, as the command line does.</summary>
    public async Task<int> RequestAsync(string issuer, TemplateRef template, TimeOnly? deadlineHour = null, int reminderDays = ReportingRequest.DefaultReminderDays)
    {
        await using var db = Open();
        var input = new RequestInput(QuarterOne, TemplateCatalog.BuiltIn.Get(template), null, DeadlineDay, deadlineHour, null, null, reminderDays);
        var sent = await new SendRequest(db, Clock).RunAsync(null, issuer, input);
        Assert.True(sent.IsDone, string.Join(" ", sent.Messages));
        return sent.Value;
    }

    /// <summary>A commune's report filled, given the dossier figures (form III of the commune template), signed off and sent.</summary>
    public async Task SendUpAsync(int requestId, string unit, params (string Key, decimal Value)[] figures)
    {
        var (compiler, leader) = (await UserAsync(unit, Role.Compiler), await UserAsync(unit, Role.Leader));
        await FillAsync(compiler, requestId, unit);
        await using (var db = Open())
        {
            var report = await LoadAsync(db, compiler, requestId, unit);
            var values = figures.Select(v => (v.Key, report.Report.Values.GetValueOrDefault(v.Key), (IndicatorValue?)IndicatorValue.Of(v.Value))).ToList();
            foreach (var form in values.GroupBy(v => ReportPart.KeyOfIndicator(v.Key)))
            {
                var saved = await new ReportEntry(db, Clock).SaveValuesAsync(report, ReportPart.Find(report.Template, form.Key)!, form.ToList(), new Dictionary<string, string>());
                Assert.True(saved.IsDone, string.Join(" ", saved.Messages));
            }
        }
        await MarkDoneAsync(compiler, requestId, unit);
        await SetDocumentAsync(compiler, requestId, unit, "12/BC-UBND", VietnamTime.Day(Clock.GetUtcNow()));
        await MovedAsync(compiler, requestId, unit, ReportTransition.SendToLeader);
        await MovedAsync(leader, requestId, unit, ReportTransition.SignOff);
    }

    public async Task<ReportContext> LoadAsync(ParReportDbContext db, Actor actor, int requestId, string unitCode)
    {
        var loaded = await ReportContext.LoadAsync(db, Clock, actor, requestId, unitCode, default);
        Assert.True(loaded.IsDone, $"{actor.UserName} cannot open the report of {unitCode}: {loaded.Outcome}");
        return loaded.Value!;
    }

    public async Task<Result<ReportStatus>> MoveAsync(Actor actor, int requestId, string unitCode, ReportTransition transition,
        string? comment = null, IReadOnlyDictionary<string, string>? reasons = null, Mailer? mailer = null, string? number = null, DateOnly? date = null)
    {
        await using var db = Open();
        var report = await LoadAsync(db, actor, requestId, unitCode);
        return await new MoveReport(db, Clock, mailer).RunAsync(report, transition, comment, reasons, number: number, date: date);
    }

    public async Task MovedAsync(Actor actor, int requestId, string unitCode, ReportTransition transition, string? comment = null, Mailer? mailer = null)
    {
        var moved = await MoveAsync(actor, requestId, unitCode, transition, comment, mailer: mailer);
        Assert.True(moved.IsDone, $"{transition} by {actor.UserName}: {moved.Outcome} {string.Join(" ", moved.Messages)}");
    }

    /// <summary>The values the compiler enters: one count in each form, and the dossiers resolved (on time) in a commune's form III.</summary>
    public static IReadOnlyDictionary<string, decimal> Values(ReportTemplate template)
    {
        var values = template.Forms.ToDictionary(f => f.Indicators.First(i => i.Kind == IndicatorKind.Count).Key, _ => 4m);
        if (template.Find("III/3.1.1") is not null && template.Id == "xa") (values["III/3.1.1"], values["III/3.1.2"]) = (120, 118);
        return values;
    }

    public static string Narrative(string outlineCode, string unitCode) => $"Mục {outlineCode} của {NameOf(unitCode)}: đã thực hiện theo kế hoạch.";

    /// <summary>
    /// The compiler fills every part — <see cref="Values"/> and a narrative for each outline item — and marks each done
    /// except <paramref name="leaveUnfinished"/>.
    /// </summary>
    public async Task FillAsync(Actor compiler, int requestId, string unitCode, params string[] leaveUnfinished)
    {
        await using (var db = Open())
        {
            var report = await LoadAsync(db, compiler, requestId, unitCode);
            var entry = new ReportEntry(db, Clock);
            var parts = ReportPart.Of(report.Template);
            var values = Values(report.Template).Select(v => (v.Key, report.Report.Values.GetValueOrDefault(v.Key), (IndicatorValue?)IndicatorValue.Of(v.Value))).ToList();
            // Each form's values under its own part, as the form page saves them.
            foreach (var form in values.GroupBy(v => ReportPart.KeyOfIndicator(v.Key)))
                Assert.True((await entry.SaveValuesAsync(report, parts.First(p => p.Key == form.Key), form.ToList(), new Dictionary<string, string>())).IsDone);
            var narratives = parts.Where(p => p.Kind == ReportPartKind.Outline)
                .Select(p => (p.Code, report.Report.Narratives.GetValueOrDefault(p.Code), (string?)Narrative(p.Code, unitCode))).ToList();
            Assert.True((await entry.SaveNarrativesAsync(report, parts.First(), narratives)).IsDone);
        }
        await MarkDoneAsync(compiler, requestId, unitCode, leaveUnfinished);
    }

    public async Task MarkDoneAsync(Actor compiler, int requestId, string unitCode, params string[] leaveUnfinished)
    {
        await using var db = Open();
        var report = await LoadAsync(db, compiler, requestId, unitCode);
        var entry = new ReportEntry(db, Clock);
        // One transaction for all the parts, as one page request would be: the stores join it.
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var part in ReportPart.Of(report.Template).Where(p => !leaveUnfinished.Contains(p.Key)))
        {
            var done = await entry.SetPartStatusAsync(report, part, PartStatus.Done);
            Assert.True(done.IsDone, $"{part.Key}: {string.Join(" ", done.Messages)}");
        }
        await transaction.CommitAsync();
    }

    public async Task SetDocumentAsync(Actor actor, int requestId, string unitCode, string number, DateOnly date, string? signer = null)
    {
        await using var db = Open();
        var set = await new ReportEntry(db, Clock).SetDocumentAsync(await LoadAsync(db, actor, requestId, unitCode), number, date, signer);
        Assert.True(set.IsDone, string.Join(" ", set.Messages));
    }

    /// <summary>Filled, numbered, sent to the leader and signed off: the report is at the upper level.</summary>
    public async Task SendUpAsync(Actor compiler, Actor leader, int requestId, string unitCode, string documentNumber = "15/BC-UBND", Mailer? mailer = null)
    {
        await FillAsync(compiler, requestId, unitCode);
        await SetDocumentAsync(compiler, requestId, unitCode, documentNumber, VietnamTime.Day(Clock.GetUtcNow()));
        await MovedAsync(compiler, requestId, unitCode, ReportTransition.SendToLeader);
        await MovedAsync(leader, requestId, unitCode, ReportTransition.SignOff, mailer: mailer);
    }

    /// <summary>The one-stop shop's dossiers of a unit, received in February 2024 (inside quý I's window) and resolved on time.</summary>
    public async Task ImportDossiersAsync(string unitCode, int count)
    {
        await using var db = Open();
        var rows = Enumerable.Range(0, count).Select(i => new DossierRow(i + 2, new Dossier($"{unitCode}-{i}", "Tư pháp", new DateTime(2024, 2, 5, 8, 0, 0).AddDays(i),
            new DateTime(2024, 2, 15).AddDays(i), new DateTime(2024, 2, 8, 10, 0, 0).AddDays(i), SubmissionChannel.Online), [])).ToList();
        Assert.True((await new DossierStore(db).ImportAsync(unitCode, "mot-cua.xlsx", rows, goodRowsOnly: false, Clock.GetUtcNow())).Committed);
    }

    public async Task<ReportRecord> ReportAsync(int requestId, string unitCode)
    {
        await using var db = Open();
        return await db.Reports.AsNoTracking().SingleAsync(r => r.RequestId == requestId && r.Unit.Code == unitCode);
    }

    public async Task<IReadOnlyList<ReportEventRecord>> EventsAsync(int requestId, string unitCode)
    {
        await using var db = Open();
        var report = await db.Reports.AsNoTracking().Where(r => r.RequestId == requestId && r.Unit.Code == unitCode).Select(r => (int?)r.Id).SingleOrDefaultAsync();
        return report is { } id ? await new WorkflowStore(db, Clock).EventsAsync(id) : [];
    }

    /// <summary>
    /// Everything stored about one report, one line per row, so that two snapshots compare row by row: its state and
    /// revision, its document, values with their source, narratives, parts, the audit trail, steps and versions.
    /// </summary>
    public async Task<IReadOnlyList<string>> SnapshotAsync(int reportId)
    {
        await using var db = Open();
        var r = await db.Reports.AsNoTracking().SingleAsync(x => x.Id == reportId);
        return
        [
            $"report {r.Status} {r.StatusSince:O} rev {r.Revision} doc {r.DocumentNumber} {r.DocumentDate} {r.SignerName}",
            .. (await db.IndicatorValues.AsNoTracking().Where(v => v.ReportId == reportId).ToListAsync())
                .OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"value {v.Key} {v.Number} {v.Text} {v.Source} v{v.Version}"),
            .. (await db.Narratives.AsNoTracking().Where(n => n.ReportId == reportId).ToListAsync())
                .OrderBy(n => n.OutlineCode, StringComparer.Ordinal).Select(n => $"narrative {n.OutlineCode} {n.Text} v{n.Version}"),
            .. (await db.Assignments.AsNoTracking().Where(a => a.ReportId == reportId).ToListAsync())
                .OrderBy(a => a.PartKey, StringComparer.Ordinal).Select(a => $"part {a.PartKey} {a.AssigneeId} {a.Deadline} {a.Status}"),
            .. (await db.Audit.AsNoTracking().Where(a => a.ReportId == reportId).OrderBy(a => a.Id).ToListAsync())
                .Select(a => $"audit {a.Id} {a.Subject} {a.Key} {a.Old} → {a.New} {a.UserName} {a.Reason}"),
            .. (await db.ReportEvents.AsNoTracking().Where(e => e.ReportId == reportId).OrderBy(e => e.Id).ToListAsync())
                .Select(e => $"event {e.Id} {e.Transition} {e.UserName} {e.Comment} {e.PartReasons} {e.Version}"),
            .. (await db.ReportVersions.AsNoTracking().Where(v => v.ReportId == reportId).OrderBy(v => v.Number).Select(v => new { v.Number, v.DocumentNumber }).ToListAsync())
                .Select(v => $"version {v.Number} {v.DocumentNumber}"),
        ];
    }

    /// <summary>The notices given with a key starting with <paramref name="prefix"/> ("due:", "overdue:", "move:"), oldest first.</summary>
    public async Task<IReadOnlyList<NoticeRecord>> NoticesAsync(string prefix)
    {
        await using var db = Open();
        return (await db.Notices.AsNoTracking().ToListAsync()).Where(n => n.Key.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(n => n.Id).ToList();
    }
}
