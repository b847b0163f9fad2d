using System.Diagnostics;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ParReport.Domain.Workflow;
using static ParReport.Web.Tests.Access.Relation;

namespace ParReport.Web.Tests.Access;

/// <summary>
/// Every page handler and API route, for every role at the commune, the district and the province and for anonymous
/// callers, on their own unit, a unit below, above, beside (same parent), in another district and a unit that does not
/// exist, with the reports in every state: each cell's answer is checked against <see cref="AccessTable"/>.
/// </summary>
public class AccessMatrixTest(ParReportApplication app, ITestOutputHelper output) : IClassFixture<ParReportApplication>
{
    private static readonly ReportStatus[] States = Enum.GetValues<ReportStatus>();

    /// <summary>
    /// In the suite, a cell the table allows runs in one of the five states (a different one for each row and caller, so
    /// that every state is met), while every refusal runs in every state: leaks are looked for everywhere, and the work
    /// of allowed cells (documents, aggregates) is done once instead of five times. PARREPORT_ACCESS_FULL=1 runs them all.
    /// </summary>
    private static readonly bool Full = Environment.GetEnvironmentVariable("PARREPORT_ACCESS_FULL") == "1";

    private static bool Runs(Row row, Cell cell) =>
        Full || cell.State is not { } state || row.Rule(cell) == Expect.Refuse
        || (int)state == (row.Key + row.Variant + cell.P.UserName + cell.Relation).Sum(c => c) % States.Length;

    [Fact]
    public void Every_page_handler_and_API_route_has_a_row_and_every_row_a_handler()
    {
        var discovered = Discover();
        var rows = AccessTable.Rows.Select(r => r.Key).ToHashSet();
        Assert.True(discovered.Count > 60, $"only {discovered.Count} handlers found");
        Assert.Empty(discovered.Except(rows).Order());
        Assert.Empty(rows.Except(discovered).Order());
    }

    [Fact]
    public async Task Every_cell_is_allowed_or_refused_as_the_table_says()
    {
        var clock = Stopwatch.StartNew();
        var world = await AccessWorld.CreateAsync(app);
        var failures = new List<string>();
        var (cells, leaks, sampledOut) = (0, 0, 0);
        var timings = new Dictionary<string, TimeSpan>();
        async Task RunAsync(Row row, Cell cell)
        {
            var started = Stopwatch.GetTimestamp();
            var expected = row.Rule(cell);
            var (actual, detail) = await SendAsync(world, row, cell);
            lock (failures)
            {
                cells++;
                timings[row.Key] = timings.GetValueOrDefault(row.Key) + Stopwatch.GetElapsedTime(started);
                if (actual == expected) return;
                if (expected == Expect.Refuse && actual is Expect.Allow or Expect.Held) leaks++;
                failures.Add($"{row.Name} | {cell.P} | {cell.Relation} | {cell.State?.ToString() ?? "-"} | expected {expected}, got {detail}");
            }
        }
        // The pages' reads change nothing, so they run side by side; the API's reads note when each token was last used,
        // and writes are checked against the database: those run one at a time.
        async Task BlockAsync(IEnumerable<(Row Row, Cell Cell)> block)
        {
            var planned = block.ToList();
            var all = planned.Where(c => Runs(c.Row, c.Cell)).ToList();
            sampledOut += planned.Count - all.Count;
            await Parallel.ForEachAsync(all.Where(c => !c.Row.Writes && !c.Row.IsApi), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (c, _) => await RunAsync(c.Row, c.Cell));
            foreach (var (row, cell) in all.Where(c => !c.Row.Writes && c.Row.IsApi)) await RunAsync(row, cell);
            // A log-out ends the user's every session (a new security stamp): last, on a client of its own.
            foreach (var (row, cell) in all.Where(c => c.Row.Writes).OrderBy(c => c.Row.EndsSession)) await RunAsync(row, cell);
        }

        foreach (var state in States)
        {
            await world.SetStateAsync(state);
            await BlockAsync(from row in AccessTable.Rows where row.Scope is Scope.Report or Scope.Request
                             from p in world.Principals
                             from cell in Cells(world, row.Scope, p, state)
                             select (row, cell));
        }
        await world.SetStateAsync(ReportStatus.Draft);
        var forms = await CheckAntiforgeryAsync(world, failures);
        await BlockAsync(from row in AccessTable.Rows where row.Scope is Scope.Unit or Scope.Global
                         from p in world.Principals
                         from cell in Cells(world, row.Scope, p, null)
                         select (row, cell));
        var slowest = string.Join(", ", timings.OrderByDescending(t => t.Value).Take(8).Select(t => $"{t.Key} {t.Value.TotalSeconds:N1} s"));
        output.WriteLine($"Slowest rows (summed over their cells): {slowest}");

        var summary = $"{cells:N0} access cells run ({sampledOut:N0} allowed cells left to PARREPORT_ACCESS_FULL=1), {leaks} leaks, {failures.Count} failures; {forms} form posts refused without the anti-forgery token; {clock.Elapsed.TotalSeconds:N0} s";
        output.WriteLine(summary);
        Console.WriteLine($"Access matrix: {summary}");
        Assert.True(failures.Count == 0, summary + "\n" + string.Join("\n", failures.Take(300)));
    }

    /// <summary>The cells of one caller for a handler's scope: the relations that exist for the caller's level.</summary>
    private static IEnumerable<Cell> Cells(AccessWorld w, Scope scope, Principal p, ReportStatus? state)
    {
        var reports = w.Reports;
        Target Unknown(Target t) => t with { Unit = AccessWorld.MissingUnit };
        switch (scope)
        {
            case Scope.Global:
                yield return new Cell(p, None, state, reports[AccessWorld.Commune], 0, "", w);
                yield break;
            case Scope.Report or Scope.Unit:
            {
                (Relation, string)[] targets = (p.Who, p.Level) switch
                {
                    (Who.Anonymous, _) => [(Own, AccessWorld.Commune)],
                    (_, Level.Commune) => [(Own, AccessWorld.Commune), (Above, AccessWorld.District), (Sibling, "an-phu-an-hoa"), (Foreign, "dong-lac-dong-hung"), (Relation.Missing, "")],
                    (_, Level.District) => [(Own, AccessWorld.District), (Below, AccessWorld.Commune), (Sibling, "huyen-dong-lac"), (Foreign, "dong-lac-dong-hung"), (Relation.Missing, "")],
                    // The province answers no request: it has no report of its own.
                    _ when scope == Scope.Unit => [(Own, AccessWorld.Province), (Below, AccessWorld.District), (Relation.Missing, "")],
                    _ => [(Below, AccessWorld.District), (Relation.Missing, "")],
                };
                foreach (var (relation, unit) in targets)
                {
                    var t = relation == Relation.Missing ? Unknown(reports[p.Level == Level.Commune ? AccessWorld.Commune : AccessWorld.District])
                        : reports.GetValueOrDefault(unit) ?? reports[AccessWorld.District];
                    yield return new Cell(p, relation, state, t, t.RequestId, relation == Relation.Missing ? AccessWorld.MissingUnit : unit, w);
                }
                yield break;
            }
            default:
            {
                // A request, by what its issuer is to the caller's unit; each with a unit it was sent to.
                (Relation, int)[] requests = (p.Who, p.Level) switch
                {
                    (Who.Anonymous, _) => [(Above, w.AnPhu)],
                    (_, Level.Commune) => [(Above, w.AnPhu), (Foreign, w.DongLac), (Relation.Missing, AccessWorld.MissingRequest)],
                    (_, Level.District) => [(Own, w.AnPhu), (Above, w.ProvinceRequest), (Foreign, w.DongLac), (Relation.Missing, AccessWorld.MissingRequest)],
                    _ => [(Own, w.ProvinceRequest), (Below, w.AnPhu), (Relation.Missing, AccessWorld.MissingRequest)],
                };
                foreach (var (relation, id) in requests)
                {
                    var t = id == w.ProvinceRequest ? reports[AccessWorld.District] : id == w.DongLac ? reports["dong-lac-dong-hung"] : reports[AccessWorld.Commune];
                    yield return new Cell(p, relation, state, t, id, t.Unit, w);
                }
                yield break;
            }
        }
    }

    /// <summary>Sends one cell and says how it was answered; a refusal or a held write must leave the database as it was.</summary>
    private static async Task<(Expect, string)> SendAsync(AccessWorld world, Row row, Cell cell)
    {
        var before = row.Writes ? await world.FingerprintAsync(cached: true) : null;
        var client = row.IsApi ? cell.P.Api : cell.P.Pages;
        if (row.EndsSession)
        {
            var (fresh, token) = await world.FreshPagesAsync(cell.P);
            (client, cell) = (fresh, cell with { Antiforgery = token });
        }
        using var response = await client.SendAsync(row.Request(cell));
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? "";
        var detail = location.Length > 0 ? $"{status} → {location}" : status.ToString();
        // The challenge sends to the log-in page with the address to come back to; a handler's own redirect there has none.
        var toLogIn = status is 302 && location.Contains("/Account/Login", StringComparison.Ordinal) && location.Contains("ReturnUrl=", StringComparison.Ordinal);
        var actual = status switch
        {
            >= 500 => (Expect?)null,
            401 or 403 or 404 => Expect.Refuse,
            _ when toLogIn => Expect.Refuse,
            >= 200 and < 400 => Expect.Allow,
            400 or 409 or 422 => Expect.Held,
            _ => null,
        };
        if (actual is null) return ((Expect)(-1), $"{detail} {Trim(await response.Content.ReadAsStringAsync())}");
        if (before is null) return (actual.Value, detail);
        var after = await world.FingerprintAsync();
        if (actual != Expect.Allow && after != before) return ((Expect)(-1), $"{detail}, and the database changed");
        // An allowed step moved the report: back to the state of these cells, so that no cell depends on another.
        if (after != before && cell.State is { } state) await world.SetStateAsync(state);
        return (actual.Value, detail);
    }

    /// <summary>Every form post without its anti-forgery token is refused with 400 and stores nothing, and so is every API write by the cookie.</summary>
    private static async Task<int> CheckAntiforgeryAsync(AccessWorld world, List<string> failures)
    {
        var compiler = world.Principals.Single(p => p.UserName == "tonghop");
        var anonymous = world.Principals.Single(p => p.UserName is null);
        var checkedForms = 0;
        foreach (var row in AccessTable.Rows.Where(r => r.Writes).DistinctBy(r => r.Key))
        {
            // The error page only shows the error of the request it re-executes; it holds no form.
            if (row.Key == "POST /Error")
            {
                Assert.NotNull(typeof(ParReport.Web.Pages.ErrorModel).GetCustomAttribute<IgnoreAntiforgeryTokenAttribute>());
                continue;
            }
            var p = row.Key == "POST /Account/Login" ? anonymous : compiler;
            var cell = Cells(world, row.Scope, p, ReportStatus.Draft).First() with { Antiforgery = "" };
            var client = p.Pages;
            if (row.EndsSession) client = (await world.FreshPagesAsync(p)).Client;
            var before = await world.FingerprintAsync();
            using var response = await client.SendAsync(row.Request(cell));
            checkedForms++;
            if ((int)response.StatusCode != 400 || await world.FingerprintAsync() != before)
                failures.Add($"{row.Key} | {p} without the anti-forgery token | expected 400 and nothing stored, got {(int)response.StatusCode}");
        }
        return checkedForms;
    }

    private static string Trim(string body) => body.Length > 300 ? body[..300] : body;

    /// <summary>
    /// The handlers the application has: every OnGet*/OnPost* of every page model (and pages without one), and every
    /// other endpoint, as "METHOD /Page?handler=Name" or "METHOD /route/pattern".
    /// </summary>
    private HashSet<string> Discover()
    {
        var keys = new HashSet<string>();
        var models = typeof(Program).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract).ToList();
        var modelPaths = new HashSet<string>();
        foreach (var model in models)
        {
            var path = "/" + string.Join('/', model.FullName!["ParReport.Web.Pages".Length..].Trim('.').Split('.').SkipLast(1)
                .Append(model.Name[..^"Model".Length]).Where(s => s.Length > 0));
            modelPaths.Add(path);
            foreach (var method in model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                var verb = method.Name.StartsWith("OnGet", StringComparison.Ordinal) ? "GET" : method.Name.StartsWith("OnPost", StringComparison.Ordinal) ? "POST" : null;
                if (verb is null) continue;
                var handler = method.Name[(verb == "GET" ? 5 : 6)..];
                if (handler.EndsWith("Async", StringComparison.Ordinal)) handler = handler[..^5];
                keys.Add(handler.Length == 0 ? $"{verb} {path}" : $"{verb} {path}?handler={handler}");
            }
        }
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is { } page)
            {
                if (!modelPaths.Contains(page.ViewEnginePath)) keys.Add($"GET {page.ViewEnginePath}");
                continue;
            }
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                keys.Add($"{method} {endpoint.RoutePattern.RawText!.TrimEnd('/')}");
        }
        return keys;
    }
}
