using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using ParReport.Application;
using ParReport.Application.Accounts;
using ParReport.Domain.Access;
using ParReport.Domain.Demo;
using ParReport.Domain.Entry;
using ParReport.Domain.Templates;
using ParReport.Domain.Workflow;
using ParReport.Storage;

namespace ParReport.Faults;

/// <summary>
/// The demo commune's report submitted through the web app's API — sent to the leader, signed off (a version with its
/// DOCX), returned by the district — with the web app killed at random moments: afterwards every report's steps chain,
/// every version is whole and named by its sign-off, and the submission carries on from where it stands.
/// </summary>
public static class SubmitScenario
{
    private static readonly Uri Url = new("http://127.0.0.1:5197");

    public static async Task RunAsync(FaultDatabase database, FaultOptions options, Outcome outcome)
    {
        await ImportScenario.Expect(await Programs.ParReportAsync(database.ConnectionString, "demo"));
        var (report, tokens) = await PrepareAsync(database.ConnectionString);

        var web = await Programs.StartWebAsync(database.ConnectionString, Url);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await CycleAsync(database, report, tokens);
        outcome.Clean = clock.Elapsed;
        web.Kill();
        await web.WaitForExitAsync();

        var random = new Random(options.Seed);
        for (var kill = 1; kill <= options.Kills; kill++)
        {
            // The web app starting again is the command after the kill that must not hang.
            web = await Programs.StartWebAsync(database.ConnectionString, Url);
            var before = await StateAsync(database, report.Id);
            var after = TimeSpan.FromMilliseconds(random.NextDouble() * outcome.Clean.TotalMilliseconds);
            outcome.Killed(await Programs.KillWebAsync(web, CycleAsync(database, report, tokens), after), after);
            web.Dispose();
            outcome.CheckTemp(kill);
            outcome.Check(await Consistency.DatabaseAsync(database), kill);
            outcome.Check(await Consistency.WorkflowAsync(database), kill);
            if (await StateAsync(database, report.Id) != before) outcome.Committed++;
        }
        web = await Programs.StartWebAsync(database.ConnectionString, Url);
        try
        {
            await CycleAsync(database, report, tokens);
        }
        catch (HttpRequestException e)
        {
            outcome.Problems.Add(FaultMessages.NotCarriedOn(e.Message));
        }
        web.Kill();
        await web.WaitForExitAsync();
        outcome.Check(await Consistency.WorkflowAsync(database), options.Kills + 1);
    }

    private sealed record Target(int Id, int RequestId, string Unit);

    /// <summary>The demo commune's current report made ready to send (every part done, a number and date), and a token for each of the three who move it.</summary>
    private static async Task<(Target, Dictionary<string, string>)> PrepareAsync(string connectionString)
    {
        await using var db = Database.Create(connectionString);
        var clock = TimeProvider.System;
        var period = DemoData.Current(clock).Code;
        var request = await db.Requests.AsNoTracking().SingleAsync(r => r.IssuerUnit.Code == DemoUsers.DistrictCode && r.PeriodCode == period);
        var entry = new EntryStore(db, clock);
        var reportId = await entry.EnsureReportAsync(request.Id, DemoUsers.CommuneCode);
        foreach (var part in ReportPart.Of(TemplateCatalog.BuiltIn.Get(new TemplateRef(request.TemplateId, request.TemplateVersion))))
            await entry.SetStatusAsync(reportId, part.Key, PartStatus.Done, "tonghop");
        await entry.SetDocumentAsync(reportId, "99/BC-UBND", DateOnly.FromDateTime(DateTime.Today), "Phó Chủ tịch UBND xã An Bình", "tonghop");

        var adminUser = DemoUsers.All.Single(u => u.Role == Role.Admin);
        var adminId = await db.Users.Where(u => u.UserName == adminUser.UserName).Select(u => u.Id).SingleAsync();
        var admin = new Actor(new UserAccess(adminId, adminUser.UnitCode, new HashSet<Role> { Role.Admin }), adminUser.UserName, adminUser.FullName);
        var tokens = new Dictionary<string, string>();
        foreach (var name in new[] { "tonghop", "lanhdao", "captren" })
        {
            var userId = await db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync();
            var issued = await new ApiTokens(db, clock).IssueAsync(admin, userId, "kiểm thử sự cố", null);
            tokens[name] = issued.IsDone ? issued.Value!.Secret : throw new InvalidOperationException(string.Join(" ", issued.Messages));
        }
        return (new Target(reportId, request.Id, DemoUsers.CommuneCode), tokens);
    }

    private static async Task<ReportStatus> StateAsync(FaultDatabase database, int reportId)
    {
        database.ClearPools();
        await using var db = Database.Create(database.ConnectionString);
        return (ReportStatus)await db.Reports.Where(r => r.Id == reportId).Select(r => r.Status).SingleAsync();
    }

    /// <summary>The steps from where the report stands to its next return: send to the leader, sign off, return.</summary>
    private static async Task CycleAsync(FaultDatabase database, Target report, Dictionary<string, string> tokens)
    {
        var state = await StateAsync(database, report.Id);
        var steps = new List<(string User, ReportTransition Step)>();
        if (state is ReportStatus.Draft or ReportStatus.Returned) steps.Add(("tonghop", ReportTransition.SendToLeader));
        if (state is ReportStatus.Draft or ReportStatus.Returned or ReportStatus.AwaitingSignOff) steps.Add(("lanhdao", ReportTransition.SignOff));
        steps.Add(("captren", ReportTransition.Return));
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromMinutes(2) };
        foreach (var (user, step) in steps)
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/requests/{report.RequestId}/reports/{report.Unit}/transitions")
            {
                Content = JsonContent.Create(new { transition = step.ToString(), comment = step == ReportTransition.Return ? "Bổ sung số liệu (kiểm thử sự cố)" : null }),
            };
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[user]);
            using var response = await http.SendAsync(message);
            if (!response.IsSuccessStatusCode)
                throw new HttpRequestException(FaultMessages.StepRefused(step.ToString(), (int)response.StatusCode, await response.Content.ReadAsStringAsync()));
        }
    }
}
