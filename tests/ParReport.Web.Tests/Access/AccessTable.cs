using System.Net.Http.Json;
using ParReport.Domain.Workflow;
using static ParReport.Web.Tests.Access.Expect;
using static ParReport.Web.Tests.Access.Relation;
using static ParReport.Web.Tests.Access.Who;

namespace ParReport.Web.Tests.Access;

/// <summary>
/// Allow: 2xx, or the handler's redirect. Held: the caller may, but the report's state or the harmless input is
/// refused (400, 409, 422) and nothing changes. Refuse: 401, 403, 404 or the log-in page, and nothing changes.
/// </summary>
public enum Expect { Allow, Held, Refuse }

/// <summary>What a handler acts on, which decides the relations and states its cells take.</summary>
public enum Scope { Report, Request, Unit, Global }

/// <summary>One cell's caller and target.</summary>
public sealed record Cell(Principal P, Relation Relation, ReportStatus? State, Target T, int RequestId, string Unit, AccessWorld World)
{
    /// <summary>The anti-forgery token sent; empty to send none.</summary>
    public string Antiforgery { get; init; } = P.Antiforgery;
    public Who Who => P.Who;
    public Level Level => P.Level;
    public ReportStatus Status => State ?? ReportStatus.Draft;
}

/// <summary>One handler (or one variant of it: a workflow step), the request that exercises it harmlessly, and who may.</summary>
public sealed record Row(string Key, string Variant, Scope Scope, Func<Cell, Expect> Rule, Func<Cell, HttpRequestMessage> Request)
{
    public bool IsApi => Key.Contains(" /api/", StringComparison.Ordinal);
    public bool Writes => !Key.StartsWith("GET ", StringComparison.Ordinal);
    /// <summary>A page form post: it must carry the anti-forgery token.</summary>
    public bool IsForm => Writes && !IsApi;
    /// <summary>Ends the session of its client, which is then made for this cell alone.</summary>
    public bool EndsSession { get; init; }
    public string Name => Variant.Length == 0 ? Key : $"{Key} [{Variant}]";
}

/// <summary>
/// The one table of expectations: every page handler and API route with who may use it, written from the rules the
/// README states — not computed by the application's access code — and a request that changes nothing it need not.
/// </summary>
public static class AccessTable
{
    // --- The rules, as the README states them ------------------------------------------------------------------

    /// <summary>Reports may be edited while a draft or returned; waiting for sign-off, sent or accepted they are locked.</summary>
    private static bool Editable(ReportStatus s) => s is ReportStatus.Draft or ReportStatus.Returned;

    /// <summary>Everyone but contributors reads what the units below send.</summary>
    private static bool ReadsBelow(Who w) => w is Admin or Compiler or Leader or Reviewer;

    /// <summary>Any role reads its own unit's report; the readers of the units below read theirs.</summary>
    private static bool ReadsReport(Cell c) => c.Relation == Own || (c.Relation == Below && ReadsBelow(c.Who));

    /// <summary>Anyone, signed in or not.</summary>
    private static Expect Public(Cell c) => Allow;

    private static Func<Cell, Expect> SignedIn(Func<Cell, Expect> rule) => c => c.Who == Anonymous ? Refuse : rule(c);

    private static Func<Cell, Expect> When(Func<Cell, bool> may, Expect then = Allow) => SignedIn(c => may(c) ? then : Refuse);

    /// <summary>A write into the unit's own report: allowed while editable, refused for its state otherwise.</summary>
    private static Func<Cell, Expect> Writes(Func<Cell, bool> may) => SignedIn(c => !may(c) ? Refuse : Editable(c.Status) ? Allow : Held);

    private static readonly Func<Cell, Expect> Read = When(ReadsReport);
    /// <summary>The compiler writes every part; a contributor the parts given to them.</summary>
    private static readonly Func<Cell, Expect> WritePart = Writes(c => c.Relation == Own && c.Who is Compiler or AssignedContributor);
    private static readonly Func<Cell, Expect> Compile = Writes(c => c.Relation == Own && c.Who == Compiler);
    /// <summary>The document's number, date and signer: the unit's compiler or leader.</summary>
    private static readonly Func<Cell, Expect> Document = Writes(c => c.Relation == Own && c.Who is Compiler or Leader);
    /// <summary>The assignment letter (công văn phân công) of the parts given: the unit's compiler or leader, as for its document.</summary>
    private static readonly Func<Cell, Expect> Letter = When(c => c.Relation == Own && c.Who is Compiler or Leader);
    /// <summary>The compiler fills the figures of the units below from their aggregate: a commune has none, and is told so.</summary>
    private static readonly Func<Cell, Expect> Fill = SignedIn(c => c.Relation != Own || c.Who != Compiler ? Refuse
        : c.Level == Level.District && Editable(c.Status) ? Allow : Held);

    /// <summary>The workflow's steps: who takes each (README, «From the commune to the upper level») and from which state.</summary>
    private static Func<Cell, Expect> Step(ReportTransition t) => SignedIn(c =>
    {
        var may = t switch
        {
            ReportTransition.SendToLeader => c.Relation == Own && c.Who == Compiler,
            ReportTransition.CallBack => c.Relation == Own && c.Who is Compiler or Leader,
            ReportTransition.SignOff => c.Relation == Own && c.Who == Leader,
            // A reviewer of the unit that asked: the caller's relation Below is always a report their own unit asked for.
            _ => c.Relation == Below && c.Who == Reviewer,
        };
        var from = t switch
        {
            ReportTransition.SendToLeader => Editable(c.Status),
            ReportTransition.CallBack or ReportTransition.SignOff => c.Status == ReportStatus.AwaitingSignOff,
            ReportTransition.Return or ReportTransition.Accept => c.Status == ReportStatus.Sent,
            _ => c.Status == ReportStatus.Accepted,
        };
        return !may ? Refuse : from ? Allow : Held;
    });

    /// <summary>
    /// A report's comments: whoever reads it, whatever its state; the upper level only once the unit sent it something,
    /// which every report of these cells has. The posts send an empty comment, refused for it, or reopen an open thread.
    /// </summary>
    private static readonly Func<Cell, Expect> Discuss = When(ReadsReport, Held);

    /// <summary>A request's board: the officials of the unit that asked and of the units above it.</summary>
    private static readonly Func<Cell, Expect> Board = When(c => c.Relation is Own or Below);
    /// <summary>A request's aggregate and unusual values: the readers of the units below among those.</summary>
    private static readonly Func<Cell, Expect> Aggregate = When(c => c.Relation is Own or Below && ReadsBelow(c.Who));
    /// <summary>A request as the home page lists it: when it concerns a unit the caller reads (theirs, as one asked, or below).</summary>
    private static readonly Func<Cell, Expect> RequestRead = When(c => c.Relation == Above || (c.Relation is Own or Below && ReadsBelow(c.Who)));
    /// <summary>Who asks the units below for reports changes which must answer: the asking unit's compiler, reviewer or admin.</summary>
    private static readonly Func<Cell, Expect> ManageUnits = When(c => c.Relation == Own && c.Who is Compiler or Reviewer or Admin);
    /// <summary>Explaining an unusual value is the reviewers' of the asking unit; a key not flagged is refused for that.</summary>
    private static readonly Func<Cell, Expect> Explain = When(c => c.Relation == Own && c.Who == Reviewer, Held);
    /// <summary>A unit's dossier statistics: those who read its reports; an unknown unit shows nothing.</summary>
    private static readonly Func<Cell, Expect> DossiersRead = When(c => c.Relation == Missing || ReadsReport(c));
    /// <summary>The one-stop shop's dossiers are imported by the unit's own compiler and contributors.</summary>
    private static Func<Cell, Expect> DossiersWrite(Expect then) => When(c => c.Relation == Own && c.Who is Compiler or Contributor or AssignedContributor, then);
    /// <summary>A unit's registers: those who read its reports; an unknown unit is not found.</summary>
    private static readonly Func<Cell, Expect> RegistersRead = When(ReadsReport);
    /// <summary>The registers are kept by those who fill the unit's report: its compiler and contributors.</summary>
    private static readonly Func<Cell, Expect> RegistersWrite = When(c => c.Relation == Own && c.Who is Compiler or Contributor or AssignedContributor, Held);
    /// <summary>An admin manages the users of their unit and the units below.</summary>
    private static Func<Cell, Expect> ManageUser(Expect then) => When(c => c.Who == Admin && c.Relation is Own or Below, then);
    /// <summary>The compiler, reviewer or admin of a unit with units below asks them for reports.</summary>
    private static Func<Cell, Expect> SendRequests(Expect then) => When(c => c.Level != Level.Commune && c.Who is Compiler or Reviewer or Admin, then);

    // --- The handlers -------------------------------------------------------------------------------------------

    private const string Reason = "Kiểm tra quyền truy cập";

    public static IReadOnlyList<Row> Rows { get; } = Build();

    private static List<Row> Build()
    {
        var rows = new List<Row>
        {
            // The home page, the checker, log-in and error pages.
            new("GET /Index", "", Scope.Global, SignedIn(Public), c => Get("/")),
            new("POST /Index?handler=Read", "", Scope.Global, SignedIn(Public), c => Form(c, "/?handler=Read")),
            new("GET /Check/Index", "", Scope.Global, SignedIn(Public), c => Get("/Check")),
            new("POST /Check/Index", "", Scope.Global, SignedIn(Public), c => Upload(c, "/Check", "report", "bao-cao.txt", c.World.CheckFile)),
            new("GET /Account/Login", "", Scope.Global, Public, c => Get("/Account/Login")),
            new("POST /Account/Login", "", Scope.Global, Public, c => Form(c, "/Account/Login", ("UserName", "khong-ai-ca"), ("Password", "sai-mat-khau"))),
            new("GET /Account/Logout", "", Scope.Global, SignedIn(Public), c => Get("/Account/Logout")),
            new("POST /Account/Logout", "", Scope.Global, SignedIn(Public), c => Form(c, "/Account/Logout")) { EndsSession = true },
            // The access-denied page is itself the 403 answer.
            new("GET /Account/AccessDenied", "", Scope.Global, c => Refuse, c => Get("/Account/AccessDenied")),
            new("GET /Error", "", Scope.Global, Public, c => Get("/Error?code=404")),
            new("POST /Error", "", Scope.Global, Public, c => Form(c, "/Error?code=404")),
            new("GET /Requests/New", "", Scope.Global, SendRequests(Allow), c => Get("/Requests/New")),
            // A year out of range: refused for its input by those who may ask, before anything is stored.
            new("POST /Requests/New", "", Scope.Global, SendRequests(Held), c => Form(c, "/Requests/New", ("Year", "1999"), ("Kind", "QuarterOne"))),
            new("GET /Admin/Users", "", Scope.Global, When(c => c.Who == Admin), c => Get("/Admin/Users")),
            new("GET /Admin/Tokens", "", Scope.Global, When(c => c.Who == Admin), c => Get("/Admin/Tokens")),
            new("GET /api/v1/antiforgery", "", Scope.Global, SignedIn(Public), c => Get("/api/v1/antiforgery")),
            new("GET /api/v1/requests", "", Scope.Global, SignedIn(Public), c => Get("/api/v1/requests")),
            new("GET /openapi/{documentName}.json", "", Scope.Global, Public, c => Get("/openapi/v1.json")),
            new("GET /scalar/{documentName?}", "", Scope.Global, Public, c => Get("/scalar/v1")),
            new("GET /scalar/scalar.js", "", Scope.Global, Public, c => Get("/scalar/scalar.js")),
            new("GET /scalar/scalar.aspnetcore.js", "", Scope.Global, Public, c => Get("/scalar/scalar.aspnetcore.js")),
            new("GET /scalar/favicon.svg", "", Scope.Global, Public, c => Get("/scalar/favicon.svg")),

            // A unit's dossiers and users.
            new("GET /Dossiers/Index", "", Scope.Unit, DossiersRead, c => Get($"/Dossiers?unit={c.Unit}")),
            // A header-only file, previewed: nothing is stored, and it gives no row.
            new("POST /Dossiers/Index", "", Scope.Unit, DossiersWrite(Held),
                c => Upload(c, "/Dossiers", "file", "ho-so.csv", "Mã hồ sơ\n"u8.ToArray(), ("unit", c.Unit), ("preview", "true"))),
            new("POST /Dossiers/Index?handler=Mapping", "", Scope.Unit, DossiersWrite(Allow),
                c => Form(c, "/Dossiers?handler=Mapping", ("unit", c.Unit), ("header", "Cột không có"), ("forget", "true"))),
            // A unit's registers. Each write is refused for its input by those who may: a row without its required cells, a
            // row removed meanwhile (none has id 0), a file with a header and no row.
            new("GET /Registers/Index", "", Scope.Unit, RegistersRead, c => Get($"/Registers?unit={c.Unit}")),
            new("GET /Registers/Register", "", Scope.Unit, RegistersRead, c => Get($"/Registers/documents?unit={c.Unit}")),
            new("GET /Registers/Register?handler=Xlsx", "", Scope.Unit, RegistersRead, c => Get($"/Registers/staffing?unit={c.Unit}&handler=Xlsx")),
            new("GET /Registers/Register?handler=Template", "", Scope.Global, SignedIn(Public), c => Get("/Registers/procedures?handler=Template")),
            new("POST /Registers/Register?handler=Save", "", Scope.Unit, RegistersWrite,
                c => Form(c, $"/Registers/documents?unit={c.Unit}&handler=Save", ("rowId", "0"), ("version", "0"), ("c-number", "12"))),
            new("POST /Registers/Register?handler=Delete", "", Scope.Unit, RegistersWrite,
                c => Form(c, $"/Registers/documents?unit={c.Unit}&handler=Delete", ("rowId", "0"), ("version", "0"))),
            new("POST /Registers/Register?handler=Import", "", Scope.Unit, RegistersWrite,
                c => Upload(c, $"/Registers/inspections?unit={c.Unit}&handler=Import", "file", "kiem-tra.csv", "Ngày kiểm tra;Đơn vị được kiểm tra;Loại đơn vị\n"u8.ToArray())),
            new("GET /api/v1/units/{unitCode}/registers/{registerId}", "", Scope.Unit, RegistersRead, c => Get($"/api/v1/units/{c.Unit}/registers/plan-tasks")),
            new("POST /api/v1/units/{unitCode}/registers/{registerId}", "", Scope.Unit, RegistersWrite,
                c => Json(c, HttpMethod.Post, $"/api/v1/units/{c.Unit}/registers/inspections", new { cells = new Dictionary<string, string?> { ["unit"] = "Thôn 1" } })),
            // Too short a password: refused for it by the admins who may create users there.
            new("POST /Admin/Users?handler=Create", "", Scope.Unit, ManageUser(Held),
                c => Form(c, "/Admin/Users?handler=Create", ("userName", "nguoimoi"), ("fullName", "Người Mới"), ("unit", c.Unit), ("roles", "compiler"), ("password", "ngan"))),
            // The account's own unit and roles, unlocked: nothing changes but its stamp.
            new("POST /Admin/Users?handler=Update", "", Scope.Unit, ManageUser(Allow),
                c => Form(c, "/Admin/Users?handler=Update", ("id", Staff(c).Id), ("unit", c.Unit), ("roles", Staff(c).Role), ("locked", "false"))),
            new("POST /Admin/Users?handler=Password", "", Scope.Unit, ManageUser(Held),
                c => Form(c, "/Admin/Users?handler=Password", ("id", Staff(c).Id), ("password", "ngan"))),
            // A token without a name is refused for it.
            new("POST /Admin/Tokens?handler=Issue", "", Scope.Unit, ManageUser(Held),
                c => Form(c, "/Admin/Tokens?handler=Issue", ("owner", Staff(c).Id), ("name", ""), ("days", ""))),
            new("POST /Admin/Tokens?handler=Revoke", "", Scope.Unit, ManageUser(Allow),
                c => Form(c, "/Admin/Tokens?handler=Revoke", ("id", c.World.StaffTokens.GetValueOrDefault(c.Unit, AccessWorld.MissingRequest).ToString()))),

            // A request: its board, aggregate and unusual values.
            new("GET /Requests/Board", "", Scope.Request, Board, c => Get($"/Requests/Board/{c.RequestId}")),
            // A unit already expected, expected again.
            new("POST /Requests/Board?handler=Unit", "", Scope.Request, ManageUnits,
                c => Form(c, $"/Requests/Board/{c.RequestId}?handler=Unit", ("unit", c.T.Unit), ("expected", "true"), ("reason", Reason))),
            new("POST /Requests/Board?handler=Explain", "", Scope.Request, Explain,
                c => Form(c, $"/Requests/Board/{c.RequestId}?handler=Explain", ("unit", c.T.Unit), ("key", "khong-co"), ("note", Reason))),
            new("GET /Requests/Aggregate", "", Scope.Request, Aggregate, c => Get($"/Requests/Aggregate/{c.RequestId}")),
            new("GET /Requests/Aggregate?handler=Csv", "", Scope.Request, Aggregate, c => Get($"/Requests/Aggregate/{c.RequestId}?handler=Csv")),
            new("GET /Requests/Aggregate?handler=Xlsx", "", Scope.Request, Aggregate, c => Get($"/Requests/Aggregate/{c.RequestId}?handler=Xlsx")),
            new("GET /api/v1/requests/{requestId:int}", "", Scope.Request, RequestRead, c => Get($"/api/v1/requests/{c.RequestId}")),
            new("GET /api/v1/requests/{requestId:int}/board", "", Scope.Request, Board, c => Get($"/api/v1/requests/{c.RequestId}/board")),
            new("GET /api/v1/requests/{requestId:int}/aggregate", "", Scope.Request, Aggregate, c => Get($"/api/v1/requests/{c.RequestId}/aggregate?sent=true")),
            new("GET /api/v1/requests/{requestId:int}/aggregate/{**key}", "", Scope.Request, Aggregate,
                c => Get($"/api/v1/requests/{c.RequestId}/aggregate/{c.T.IndicatorKey}")),
            new("GET /api/v1/requests/{requestId:int}/values.csv", "", Scope.Request, Aggregate, c => Get($"/api/v1/requests/{c.RequestId}/values.csv")),
            new("GET /api/v1/requests/{requestId:int}/values.xlsx", "", Scope.Request, Aggregate, c => Get($"/api/v1/requests/{c.RequestId}/values.xlsx")),
            new("GET /api/v1/requests/{requestId:int}/outliers", "", Scope.Request, Aggregate, c => Get($"/api/v1/requests/{c.RequestId}/outliers")),

            // A unit's report: reading it.
            new("GET /Reports/View", "", Scope.Report, Read, c => Get(c.T.Path("View"))),
            new("GET /Reports/View?handler=Docx", "", Scope.Report, Read, c => Get(c.T.Path("View") + "?handler=Docx")),
            new("GET /Reports/View?handler=Xlsx", "", Scope.Report, Read, c => Get(c.T.Path("View") + "?handler=Xlsx")),
            new("GET /Reports/View?handler=Version", "", Scope.Report, Read, c => Get(c.T.Path("View") + "?handler=Version&number=1")),
            // The assignment letter: the unit's compiler and leader, in every state (the own reports all have parts given).
            new("GET /Reports/View?handler=Letter", "", Scope.Report, Letter, c => Get(c.T.Path("View") + "?handler=Letter&hour=10%3A00")),
            // The rate chart needs earlier periods: the communes have them, the districts' first period has none (404).
            new("GET /Reports/View?handler=Chart", "", Scope.Report, When(c => ReadsReport(c) && c.T.Template.Id == "xa"), c => Get(c.T.Path("View") + "?handler=Chart")),
            // The field chart draws imported dossiers, which the demo has none of: 404 for everyone, readers included.
            new("GET /Reports/View?handler=FieldChart", "", Scope.Report, c => Refuse, c => Get(c.T.Path("View") + "?handler=FieldChart")),
            new("GET /Reports/Form", "", Scope.Report, Read, c => Get($"{c.T.Path("Form")}/{c.T.FormCode}")),
            new("GET /Reports/Form?handler=Xlsx", "", Scope.Report, Read, c => Get($"{c.T.Path("Form")}/{c.T.FormCode}?handler=Xlsx")),
            // The rates of the values typed: nothing is stored, so every reader may.
            new("POST /Reports/Form?handler=Check", "", Scope.Report, Read, c => Form(c, $"{c.T.Path("Form")}/{c.T.FormCode}?handler=Check")),
            new("GET /Reports/Narrative", "", Scope.Report, Read, c => Get($"{c.T.Path("Narrative")}/{c.T.OutlineCode}")),
            new("GET /Reports/Trail", "", Scope.Report, Read, c => Get($"{c.T.Path("Trail")}?subject=value&key={Uri.EscapeDataString(c.T.IndicatorKey)}")),
            new("GET /Reports/Diff", "", Scope.Report, Read, c => Get($"{c.T.Path("Diff")}?from=1&to=1")),
            new("GET /Reports/Records", "", Scope.Report, Read,
                c => Get($"{c.T.Path("Records")}?key={Uri.EscapeDataString(c.T.Template.Forms[0].Indicators.First(i => i.Register is not null).Key)}")),
            new("GET /api/v1/requests/{requestId:int}/reports/{unitCode}", "", Scope.Report, Read, c => Get(ApiReport(c))),
            new("GET /api/v1/requests/{requestId:int}/reports/{unitCode}/versions", "", Scope.Report, Read, c => Get(ApiReport(c) + "/versions")),
            new("GET /api/v1/requests/{requestId:int}/reports/{unitCode}/versions/{number:int}", "", Scope.Report, Read, c => Get(ApiReport(c) + "/versions/1")),
            new("GET /api/v1/requests/{requestId:int}/reports/{unitCode}/dossiers", "", Scope.Report, Read, c => Get(ApiReport(c) + "/dossiers")),
            new("GET /Reports/Comments", "", Scope.Report, Read, c => Get($"{c.T.Path("Comments")}?target={c.T.FormPart}")),
            new("GET /api/v1/requests/{requestId:int}/reports/{unitCode}/comments", "", Scope.Report, Read, c => Get(ApiReport(c) + "/comments")),

            // Discussing it.
            new("POST /Reports/Comments?handler=Add", "", Scope.Report, Discuss,
                c => Form(c, c.T.Path("Comments") + "?handler=Add", ("about", c.T.FormPart), ("text", " "))),
            new("POST /Reports/Comments?handler=Answer", "", Scope.Report, Discuss,
                c => Form(c, c.T.Path("Comments") + "?handler=Answer", ("thread", c.T.ThreadId.ToString()), ("text", ""))),
            new("POST /Reports/Comments?handler=Resolve", "", Scope.Report, Discuss,
                c => Form(c, c.T.Path("Comments") + "?handler=Resolve", ("thread", c.T.ThreadId.ToString()), ("resolved", "false"))),
            new("POST /api/v1/requests/{requestId:int}/reports/{unitCode}/comments", "", Scope.Report, Discuss,
                c => Json(c, HttpMethod.Post, ApiReport(c) + "/comments", new { thread = c.T.ThreadId, text = "" })),

            // Writing it: each post submits nothing new, so an allowed one changes nothing that matters.
            new("POST /Reports/Form", "", Scope.Report, WritePart, c => Form(c, $"{c.T.Path("Form")}/{c.T.FormCode}")),
            new("POST /Reports/Form?handler=Upload", "", Scope.Report, WritePart,
                c => Upload(c, $"{c.T.Path("Form")}/{c.T.FormCode}?handler=Upload", "file", "bieu.xlsx", c.T.Workbook)),
            new("POST /Reports/Form?handler=Dossiers", "", Scope.Report, WritePart, c => Form(c, $"{c.T.Path("Form")}/{c.T.FormCode}?handler=Dossiers")),
            new("POST /Reports/Form?handler=Registers", "", Scope.Report, WritePart, c => Form(c, $"{c.T.Path("Form")}/{c.T.FormCode}?handler=Registers")),
            new("POST /Reports/Narrative", "", Scope.Report, WritePart, c => Form(c, $"{c.T.Path("Narrative")}/{c.T.OutlineCode}")),
            // Only the demo commune keeps registers: elsewhere the list has nothing to state, and those who may write are told so.
            new("POST /Reports/Narrative?handler=List", "", Scope.Report, SignedIn(c => c.Relation != Own || c.Who is not (Compiler or AssignedContributor) ? Refuse
                    : c.Unit == Domain.Demo.DemoUsers.CommuneCode && Editable(c.Status) ? Allow : Held),
                c => Form(c, $"{c.T.Path("Narrative")}/{c.T.OutlineCode}?handler=List", ("kind", "documents"))),
            new("POST /Reports/View?handler=Status", "", Scope.Report, WritePart,
                c => Form(c, c.T.Path("View") + "?handler=Status", ("part", c.T.FormPart), ("status", "Done"))),
            // The generated wording kept as it is.
            new("POST /Reports/View?handler=Sentence", "", Scope.Report, WritePart,
                c => Form(c, c.T.Path("View") + "?handler=Sentence", ("key", c.T.SentenceKey ?? "khong-co"), ("text", c.T.SentenceText), ("original", ""))),
            new("POST /Reports/View?handler=Assign", "", Scope.Report, Compile,
                c => Form(c, c.T.Path("View") + "?handler=Assign", ("part", c.T.FormPart), ("assignee", c.T.AssigneeId ?? ""), ("deadline", AccessWorld.Deadline.ToString("yyyy-MM-dd")))),
            new("POST /Reports/View?handler=Fill", "", Scope.Report, Fill, c => Form(c, c.T.Path("View") + "?handler=Fill")),
            new("POST /Reports/View?handler=Document", "", Scope.Report, Document,
                c => Form(c, c.T.Path("View") + "?handler=Document", ("number", AccessWorld.DocumentNumber), ("date", AccessWorld.DocumentDate.ToString("yyyy-MM-dd")), ("signer", AccessWorld.Signer))),
            new("PUT /api/v1/requests/{requestId:int}/reports/{unitCode}/values", "", Scope.Report, WritePart,
                c => Json(c, HttpMethod.Put, ApiReport(c) + "/values", new { form = c.T.FormCode, values = Array.Empty<object>() })),
        };
        foreach (var step in Enum.GetValues<ReportTransition>())
        {
            rows.Add(new("POST /Reports/View?handler=Move", step.ToString(), Scope.Report, Step(step),
                c => Form(c, c.T.Path("View") + "?handler=Move", ("transition", step.ToString()), ("comment", Reason))));
            rows.Add(new("POST /api/v1/requests/{requestId:int}/reports/{unitCode}/transitions", step.ToString(), Scope.Report, Step(step),
                c => Json(c, HttpMethod.Post, ApiReport(c) + "/transitions", new { transition = step.ToString(), comment = Reason })));
        }
        return rows;
    }

    private static (string Id, string Role) Staff(Cell c) => c.World.Staff.GetValueOrDefault(c.Unit, ("khong-co", "compiler"));

    private static string ApiReport(Cell c) => $"/api/v1/requests/{c.T.RequestId}/reports/{c.T.Unit}";

    private static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);

    private static HttpRequestMessage Form(Cell c, string url, params (string Name, string Value)[] fields)
    {
        var all = fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).ToList();
        if (c.Antiforgery.Length > 0) all.Add(KeyValuePair.Create("__RequestVerificationToken", c.Antiforgery));
        return new(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(all) };
    }

    private static HttpRequestMessage Upload(Cell c, string url, string field, string fileName, byte[] content, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(content), field, fileName } };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        if (c.Antiforgery.Length > 0) form.Add(new StringContent(c.Antiforgery), "__RequestVerificationToken");
        return new(HttpMethod.Post, url) { Content = form };
    }

    /// <summary>An API write; by the cookie it carries the anti-forgery header, by a token none is needed.</summary>
    private static HttpRequestMessage Json(Cell c, HttpMethod method, string url, object body)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        if (c.Antiforgery.Length > 0) request.Headers.Add("RequestVerificationToken", c.Antiforgery);
        return request;
    }
}
