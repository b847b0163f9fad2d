using System.Data.Common;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParReport.Domain.Entry;
using ParReport.Domain.Templates;
using ParReport.Domain.Workflow;
using ParReport.Domain.Writing;
using ParReport.Storage;
using ParReport.Web.Tests.Api;
using DomainRole = ParReport.Domain.Access.Role;

namespace ParReport.Web.Tests.Access;

/// <summary>Who calls, in the matrix: a role, and the level of the unit they work for.</summary>
public enum Who { Admin, Compiler, AssignedContributor, Contributor, Leader, Reviewer, Anonymous }

public enum Level { Commune, District, Province }

/// <summary>What the target is to the caller's unit. None: a handler that takes no unit or request.</summary>
public enum Relation { None, Own, Below, Above, Sibling, Foreign, Missing }

/// <summary>One caller of the matrix, with a cookie client for the pages and a token client for the API.</summary>
public sealed record Principal(string? UserName, Who Who, Level Level)
{
    public HttpClient Pages { get; set; } = null!;
    public HttpClient Api { get; set; } = null!;
    /// <summary>The anti-forgery token that goes with the <see cref="Pages"/> client's cookie.</summary>
    public string Antiforgery { get; set; } = "";
    public string Unit => Level switch { Level.Commune => AccessWorld.Commune, Level.District => AccessWorld.District, _ => AccessWorld.Province };
    public override string ToString() => UserName is null ? "anonymous" : $"{UserName} ({Who}, {Level})";
}

/// <summary>A unit's report the cells act on, with what the harmless requests need to name in it.</summary>
public sealed record Target(int RequestId, string Unit, ReportTemplate Template)
{
    public string FormCode { get; init; } = "";
    public string FormPart => ReportPart.FormKey(FormCode);
    public string OutlineCode { get; init; } = "";
    public string IndicatorKey { get; init; } = "";
    public string IndicatorCode { get; init; } = "";
    public string? SentenceKey { get; init; }
    public string SentenceText { get; init; } = "";
    public string? AssigneeId { get; init; }
    /// <summary>An open comment thread on the report's first form.</summary>
    public int ThreadId { get; init; }
    public byte[] Workbook { get; init; } = [];
    public string Path(string page) => $"/Reports/{page}/{RequestId}/{Unit}";
}

/// <summary>
/// The demo data made into the matrix's world: a user of every role at the demo commune and district (demo users, and
/// created ones where the demo has none), the province's admin, the reports the cells act on — each with a version
/// sent, every part done and a document, so that every step can be taken — and a fingerprint of the database.
/// </summary>
public sealed class AccessWorld
{
    public const string Commune = "an-phu-an-binh";
    public const string District = "huyen-an-phu";
    public const string Province = Domain.Demo.DemoOrganisation.ProvinceCode;
    public const string MissingUnit = "khong-co";
    public const int MissingRequest = 999999;

    public ParReportApplication App { get; }
    public IReadOnlyList<Principal> Principals { get; }
    public int AnPhu { get; private set; }
    public int DongLac { get; private set; }
    public int ProvinceRequest { get; private set; }
    public IReadOnlyDictionary<string, Target> Reports { get; private set; } = new Dictionary<string, Target>();
    /// <summary>A compiler (or, at the province, the admin) of each unit, by unit: whom the user-management cells act on.</summary>
    public IReadOnlyDictionary<string, (string Id, string Role)> Staff { get; private set; } = new Dictionary<string, (string, string)>();
    /// <summary>A token of each staff member, for the revoking cells (never one a caller uses).</summary>
    public IReadOnlyDictionary<string, int> StaffTokens { get; private set; } = new Dictionary<string, int>();
    public byte[] CheckFile { get; } = File.ReadAllBytes(System.IO.Path.Combine(AppContext.BaseDirectory, "seeds", "bao-cao-quy-I-2024-xa-phuong-dinh.txt"));

    private AccessWorld(ParReportApplication app, IReadOnlyList<Principal> principals) => (App, Principals) = (app, principals);

    public static async Task<AccessWorld> CreateAsync(ParReportApplication app)
    {
        (string, string, DomainRole)[] created =
        [
            ("quantrixa", Commune, DomainRole.Admin), ("chuyenmonmoi", Commune, DomainRole.Contributor), ("captrenxa", Commune, DomainRole.Reviewer),
            ("quantrihuyen", District, DomainRole.Admin), ("chuyenmonhuyen", District, DomainRole.Contributor),
            ("tonghopanhoa", "an-phu-an-hoa", DomainRole.Compiler), ("tonghopdonglac", "huyen-dong-lac", DomainRole.Compiler),
            ("tonghopdonghung", "dong-lac-dong-hung", DomainRole.Compiler),
        ];
        foreach (var (name, unit, role) in created) await ApiClients.CreateUserAsync(app, name, unit, role);
        var world = new AccessWorld(app,
        [
            new("quantrixa", Who.Admin, Level.Commune), new("tonghop", Who.Compiler, Level.Commune), new("chuyenmon", Who.AssignedContributor, Level.Commune),
            new("chuyenmonmoi", Who.Contributor, Level.Commune), new("lanhdao", Who.Leader, Level.Commune), new("captrenxa", Who.Reviewer, Level.Commune),
            new("quantrihuyen", Who.Admin, Level.District), new("tonghophuyen", Who.Compiler, Level.District),
            new("chuyenmonhuyen", Who.AssignedContributor, Level.District), new("lanhdaohuyen", Who.Leader, Level.District),
            new("captren", Who.Reviewer, Level.District), new("quantri", Who.Admin, Level.Province), new(null, Who.Anonymous, Level.Commune),
        ]);
        await world.PrepareReportsAsync();
        await world.PrepareStaffAsync();
        foreach (var p in world.Principals) await world.ConnectAsync(p);
        return world;
    }

    /// <summary>A fresh cookie client of a principal, for the cells that end its session (log-out).</summary>
    public async Task<(HttpClient Client, string Antiforgery)> FreshPagesAsync(Principal p)
    {
        var client = App.CreateClient(new() { AllowAutoRedirect = false });
        if (p.UserName is null) return (client, await ParReportApplication.TokenAsync(client, "/Account/Login"));
        var response = await ParReportApplication.LogInAsync(client, p.UserName, ParReportApplication.DemoPassword);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        return (client, await ApiClients.AntiforgeryAsync(client));
    }

    private async Task ConnectAsync(Principal p)
    {
        (p.Pages, p.Antiforgery) = await FreshPagesAsync(p);
        if (p.UserName is null) p.Api = App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        else p.Api = ApiClients.WithToken(App, (await ApiClients.IssueAsync(App, p.UserName)).Secret);
    }

    private async Task PrepareReportsAsync()
    {
        (AnPhu, DongLac, ProvinceRequest) = (await App.RequestIdAsync(), await App.RequestIdAsync("huyen-dong-lac"), await App.RequestIdAsync(Province));
        var targets = new Dictionary<string, Target>();
        foreach (var (request, unit, contributor) in new[]
                 {
                     (AnPhu, Commune, "chuyenmon"), (AnPhu, "an-phu-an-hoa", null), (ProvinceRequest, District, "chuyenmonhuyen"),
                     (ProvinceRequest, "huyen-dong-lac", null), (DongLac, "dong-lac-dong-hung", null),
                 })
            targets[unit] = await PrepareAsync(request, unit, contributor);
        Reports = targets;
    }

    /// <summary>
    /// Gives the report a document, a version sent and every part done (the first form, the first outline item and the
    /// item of its first generated sentence to the unit's contributor), so that each workflow step is possible.
    /// </summary>
    private async Task<Target> PrepareAsync(int requestId, string unit, string? contributor)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ParReportDbContext>();
        var entry = new EntryStore(db, App.Clock);
        var reportId = await entry.EnsureReportAsync(requestId, unit);
        // Made editable for the preparation; each block of cells then sets the state it tests.
        await db.Reports.Where(r => r.Id == reportId).ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, (int)ReportStatus.Draft));
        var record = await db.Reports.AsNoTracking().Include(r => r.Request).SingleAsync(r => r.Id == reportId);
        var template = TemplateCatalog.BuiltIn.Get(new TemplateRef(record.Request.TemplateId, record.Request.TemplateVersion));
        var report = (await new ReportStore(db).FindAsync(requestId, unit))!;
        var form = template.Forms[0];
        var indicator = form.Indicators.First(i => i.IsEntered);
        var sentence = StatisticalText.For(template, report).FirstOrDefault();
        var assignee = contributor is null ? null : await db.Users.Where(u => u.UserName == contributor).Select(u => u.Id).SingleAsync();
        var outline = ReportPart.Of(template).First(p => p.Kind == ReportPartKind.Outline);
        var given = new HashSet<string> { ReportPart.FormKey(form.Code), outline.Key };
        if (sentence is not null) given.Add(ReportPart.OutlineKey(sentence.OutlineCode));
        foreach (var part in ReportPart.Of(template))
        {
            if (assignee is not null && given.Contains(part.Key)) await entry.AssignAsync(reportId, part.Key, assignee, Deadline, "tonghop");
            await entry.SetStatusAsync(reportId, part.Key, PartStatus.Done, "tonghop");
        }
        await entry.SetDocumentAsync(reportId, DocumentNumber, DocumentDate, Signer, "tonghop");
        var workflow = new WorkflowStore(db, App.Clock);
        if ((await workflow.VersionsAsync(reportId, report)).Count == 0)
            await workflow.AddVersionAsync(reportId, report, Signer, DocumentNumber, DocumentDate, Signer, "PK"u8.ToArray());
        var thread = await new CommentStore(db, App.Clock).OpenAsync(reportId, ReportPart.FormKey(form.Code), ReportPart.FormKey(form.Code),
            new CommentStore.Author("", "tonghop", "Tổng hợp"), "Ý kiến để kiểm tra quyền truy cập.");
        return new Target(requestId, unit, template)
        {
            ThreadId = thread.Id,
            FormCode = form.Code,
            OutlineCode = outline.Code,
            IndicatorKey = indicator.Key,
            IndicatorCode = indicator.Code,
            SentenceKey = sentence?.Key,
            SentenceText = sentence?.Generated ?? "",
            AssigneeId = assignee,
            Workbook = Documents.FormXlsx.Write(form, unit, report.Values),
        };
    }

    public static readonly DateOnly Deadline = new(2024, 3, 12);
    public const string DocumentNumber = "15/BC-UBND";
    public static readonly DateOnly DocumentDate = new(2024, 3, 4);
    public const string Signer = "Nguyễn Văn Ký";

    private async Task PrepareStaffAsync()
    {
        var staff = new Dictionary<string, (string, string)>();
        var tokens = new Dictionary<string, int>();
        foreach (var (unit, user, role) in new[]
                 {
                     (Commune, "tonghop", "compiler"), ("an-phu-an-hoa", "tonghopanhoa", "compiler"), (District, "tonghophuyen", "compiler"),
                     ("huyen-dong-lac", "tonghopdonglac", "compiler"), ("dong-lac-dong-hung", "tonghopdonghung", "compiler"), (Province, "quantri", "admin"),
                 })
        {
            await using var db = App.OpenDatabase();
            staff[unit] = (await db.Users.Where(u => u.UserName == user).Select(u => u.Id).SingleAsync(), role);
            tokens[unit] = (await ApiClients.IssueAsync(App, user, name: "để thu hồi")).Id;
        }
        (Staff, StaffTokens) = (staff, tokens);
    }

    /// <summary>Puts every target report in a state, as a step would have left it.</summary>
    public async Task SetStateAsync(ReportStatus state)
    {
        await using var db = App.OpenDatabase();
        var units = Reports.Keys.ToList();
        var ids = Reports.Values.Select(t => t.RequestId).Distinct().ToList();
        await db.Reports.Where(r => ids.Contains(r.RequestId) && units.Contains(r.Unit.Code))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, (int)state));
        _last = null;
    }

    private DbConnection? _connection;
    private string? _fingerprintSql;
    private string? _last;

    /// <summary>
    /// What a refused request must leave as it was: the number of rows of every table, and the columns a write that
    /// keeps the row count changes (a report's state and revision, an account's stamps and lock, a token's revocation,
    /// a part's assignee and status, a unit's removal from a request, a comment thread resolved). A value saved bumps its report's revision.
    /// </summary>
    public async Task<string> FingerprintAsync(bool cached = false)
    {
        // Reads write nothing the fingerprint covers, so the one taken after the last write still holds.
        if (cached && _last is { } last) return last;
        if (_connection is null)
        {
            await using var db = App.OpenDatabase();
            var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order().ToList();
            var sql = new StringBuilder("SELECT ");
            sql.AppendJoin(" || '|' || ", tables.Select(t => $"(SELECT COUNT(*) FROM \"{t}\")"));
            sql.Append(" || '|' || ifnull((SELECT group_concat(Id || ':' || Status || ':' || Revision || ':' || ifnull(DocumentNumber, '') || ifnull(DocumentDate, '') || ifnull(SignerName, ''), ',') FROM Reports), '')");
            sql.Append(" || '|' || ifnull((SELECT group_concat(Id || ':' || ifnull(SecurityStamp, '') || ifnull(ConcurrencyStamp, '') || ifnull(LockoutEnd, '') || ifnull(PasswordHash, '') || UnitId, ',') FROM AspNetUsers), '')");
            sql.Append(" || '|' || ifnull((SELECT group_concat(Id || ':' || ifnull(RevokedAt, ''), ',') FROM ApiTokens), '')");
            sql.Append(" || '|' || ifnull((SELECT group_concat(ifnull(AssigneeId, '') || ':' || Status || ':' || ifnull(Deadline, ''), ',') FROM Assignments), '')");
            sql.Append(" || '|' || ifnull((SELECT group_concat(Removed || ':' || Revision, ',') FROM RequestUnits), '')");
            sql.Append(" || '|' || ifnull((SELECT group_concat(ifnull(ReadAt, ''), ',') FROM Notices), '')");
            sql.Append(" || '|' || ifnull((SELECT group_concat(Id || ':' || ifnull(ResolvedAt, ''), ',') FROM CommentThreads), '')");
            sql.Append(" || '|' || ifnull((SELECT group_concat(Id || ':' || Version, ',') FROM RegisterRows), '')");
            _fingerprintSql = sql.ToString();
            _connection = new Microsoft.Data.Sqlite.SqliteConnection(db.Database.GetConnectionString());
            await _connection.OpenAsync();
        }
        await using var command = _connection.CreateCommand();
        command.CommandText = _fingerprintSql;
        return _last = (string)(await command.ExecuteScalarAsync())!;
    }

    public static void Bearer(HttpClient client, string secret) => client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
}
