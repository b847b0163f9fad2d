using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Entry;
using ParReport.Domain.Templates;
using ParReport.Domain.Workflow;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Web.Tests;

/// <summary>
/// The demo commune's quý I/2024 report and the HTTP steps that get it ready, as its officials would post them:
/// the narrative the demo leaves empty, every part marked done, the document's number and date, a workflow step.
/// </summary>
public sealed partial class DemoCommuneReport(ParReportApplication app, int requestId)
{
    public const string Unit = Domain.Demo.DemoUsers.CommuneCode;
    public const string DocumentNumber = "36/BC-UBND";

    public static readonly ReportTemplate Template = TemplateCatalog.BuiltIn.Get(new TemplateRef("xa", 2));
    public static IReadOnlyList<ReportPart> Parts => ReportPart.Of(Template);

    public int RequestId => requestId;
    public string ViewUrl => $"/Reports/View/{requestId}/{Unit}";
    public string FormUrl(string form) => $"/Reports/Form/{requestId}/{Unit}/{form}";
    public string NarrativeUrl(string outline) => $"/Reports/Narrative/{requestId}/{Unit}/{outline}";
    public string BoardUrl => $"/Requests/Board/{requestId}";

    public static async Task<DemoCommuneReport> OpenAsync(ParReportApplication app) => new(app, await app.RequestIdAsync());

    /// <summary>Writes the results of every leaf outline item the demo left without text (the compiler may write any part).</summary>
    public async Task FillNarrativesAsync(HttpClient compiler)
    {
        var written = await NarrativesAsync();
        foreach (var part in Parts.Where(p => p.Kind == ReportPartKind.Outline && !written.ContainsKey(p.Code)))
        {
            var saved = await ParReportApplication.PostFormAsync(compiler, NarrativeUrl(part.Code),
                ("v:" + part.Code, $"Đã triển khai {part.Title.ToLowerInvariant()} theo kế hoạch năm 2024."), ("o:" + part.Code, ""));
            Assert.True(saved.StatusCode == HttpStatusCode.OK, $"{part.Key}: {saved.StatusCode}");
        }
    }

    /// <summary>Marks every part done but <paramref name="except"/>, with one token as one open page would.</summary>
    public async Task MarkDoneAsync(HttpClient compiler, params string[] except)
    {
        var token = await ParReportApplication.TokenAsync(compiler, ViewUrl);
        foreach (var part in Parts.Where(p => !except.Contains(p.Key)))
        {
            var done = await compiler.PostAsync(ViewUrl + "?handler=Status", Form(token, ("part", part.Key), ("status", nameof(PartStatus.Done))));
            Assert.True(done.StatusCode == HttpStatusCode.OK, $"{part.Key}: {done.StatusCode} {Alert(await done.Content.ReadAsStringAsync())}");
        }
    }

    public async Task SetDocumentAsync(HttpClient compiler, string number = DocumentNumber, string date = "2024-03-05")
    {
        var saved = await ParReportApplication.PostFormAsync(compiler, ViewUrl + "?handler=Document", ("number", number), ("date", date), ("signer", ""));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
    }

    /// <summary>Narratives written, parts done, document numbered: the compiler may send it to the leader.</summary>
    public async Task MakeReadyAsync(HttpClient compiler)
    {
        await FillNarrativesAsync(compiler);
        await MarkDoneAsync(compiler);
        await SetDocumentAsync(compiler);
    }

    /// <summary>Posts a workflow step from the report page, with any comment or reasons ("r:bieu-III").</summary>
    public Task<HttpResponseMessage> MoveAsync(HttpClient client, ReportTransition transition, params (string Name, string Value)[] fields) =>
        ParReportApplication.PostFormAsync(client, ViewUrl + "?handler=Move", [("transition", transition.ToString()), .. fields]);

    /// <summary>Posts a workflow step with the anti-forgery token of the home page, for a user who may not open the report page.</summary>
    public async Task<HttpResponseMessage> MoveFromHomeAsync(HttpClient client, ReportTransition transition, params (string Name, string Value)[] fields) =>
        await client.PostAsync(ViewUrl + "?handler=Move", Form(await ParReportApplication.TokenAsync(client, "/"), [("transition", transition.ToString()), .. fields]));

    /// <summary>A step that must be taken: it redirects to the report page saying it is done.</summary>
    public async Task MovedAsync(HttpClient client, ReportTransition transition, params (string Name, string Value)[] fields)
    {
        var moved = await MoveAsync(client, transition, fields);
        Assert.True(moved.StatusCode == HttpStatusCode.OK && moved.RequestMessage!.RequestUri!.Query.Contains($"done={transition}"),
            $"{transition}: {moved.StatusCode} {Alert(await moved.Content.ReadAsStringAsync())}");
    }

    public async Task<ReportRecord> RecordAsync()
    {
        await using var db = app.OpenDatabase();
        return await db.Reports.AsNoTracking().SingleAsync(r => r.RequestId == requestId && r.Unit.Code == Unit);
    }

    public async Task<ReportStatus> StatusAsync() => (ReportStatus)(await RecordAsync()).Status;

    public async Task<IReadOnlyDictionary<string, string>> NarrativesAsync()
    {
        await using var db = app.OpenDatabase();
        return (await new ReportStore(db).FindAsync(requestId, Unit))!.Narratives;
    }

    /// <summary>The number stored for an indicator ("III/2.1"), or null.</summary>
    public async Task<decimal?> NumberAsync(string key)
    {
        await using var db = app.OpenDatabase();
        return (await new ReportStore(db).FindAsync(requestId, Unit))!.Number(key);
    }

    /// <summary>Everything a unit's write could change, one line per row, to compare before and after a refused write.</summary>
    public async Task<IReadOnlyList<string>> SnapshotAsync()
    {
        await using var db = app.OpenDatabase();
        var r = await db.Reports.AsNoTracking().SingleAsync(x => x.RequestId == requestId && x.Unit.Code == Unit);
        return
        [
            $"report {r.Status} {r.StatusSince:O} rev {r.Revision} doc {r.DocumentNumber} {r.DocumentDate} {r.SignerName}",
            .. (await db.IndicatorValues.AsNoTracking().Where(v => v.ReportId == r.Id).ToListAsync())
                .OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"value {v.Key} {v.Number} {v.Text} {v.Source} v{v.Version}"),
            .. (await db.Narratives.AsNoTracking().Where(n => n.ReportId == r.Id).ToListAsync())
                .OrderBy(n => n.OutlineCode, StringComparer.Ordinal).Select(n => $"narrative {n.OutlineCode} {n.Text} v{n.Version}"),
            .. (await db.Assignments.AsNoTracking().Where(a => a.ReportId == r.Id).ToListAsync())
                .OrderBy(a => a.PartKey, StringComparer.Ordinal).Select(a => $"part {a.PartKey} {a.AssigneeId} {a.Deadline} {a.Status}"),
            $"audit {await db.Audit.CountAsync(a => a.ReportId == r.Id)}",
            $"events {await db.ReportEvents.CountAsync(e => e.ReportId == r.Id)}",
            $"versions {await db.ReportVersions.CountAsync(v => v.ReportId == r.Id)}",
        ];
    }

    public static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));

    /// <summary>The text of a page's alerts and notes, and of a locked report's state, to say why a step failed.</summary>
    public static string Alert(string html) =>
        string.Join(" | ", AlertBlock().Matches(html).Where(m => !m.Groups[2].Value.Contains("hidden"))
            .Select(m => Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(m.Groups[3].Value, "<[^>]+>", " ")), @"\s+", " ").Trim())
            .Where(text => text.Length > 0));

    [GeneratedRegex("""<(\w+)(\s[^>]*(?:role="(?:alert|note)"|class="locked")[^>]*)>([\s\S]*?)</\1>""")]
    private static partial Regex AlertBlock();
}
