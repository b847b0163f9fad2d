using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParReport.Domain.Access;
using ParReport.Domain.Entry;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Templates;
using ParReport.Domain.Workflow;
using ParReport.Storage;
using ParReport.Storage.Records;

namespace ParReport.Web.Pages;

/// <summary>
/// The home page shows each user what they must do now: the contributor their parts and deadlines, the compiler their
/// unit's reports with progress and violations, the leader the reports waiting for sign-off, the reviewer the boards of
/// their requests; then the notices, every request concerning the units they may read with each unit's state, and the tree.
/// </summary>
public sealed class IndexModel(ParReportDbContext db, SignedInUser user, TimeProvider clock, Application.Requests.RequestList requests) : PageModel
{
    public OrgTree Tree { get; private set; } = null!;
    public UserAccess Access { get; private set; } = null!;
    public IReadOnlyList<RequestRow> Requests { get; private set; } = [];
    public IReadOnlyList<AssignedPart> Tasks { get; private set; } = [];
    public IReadOnlyList<OwnReport> OwnReports { get; private set; } = [];
    public IReadOnlyList<NoticeRecord> Notices { get; private set; } = [];
    public int Unread { get; private set; }
    public DateOnly Today { get; private set; }

    public sealed record RequestRow(int Id, ReportingRequest Request, OrgUnit Issuer, ReportTemplate Template, IReadOnlyList<(OrgUnit Unit, ReportStatus? Status)> Units, bool Overdue)
    {
        public int SentCount => Units.Count(u => u.Status is { } s && ReportStatuses.IsSent(s));
    }

    /// <summary>A part assigned to the user.</summary>
    public sealed record AssignedPart(ReportPart Part, OrgUnit Unit, ReportingPeriod Period, string Url, DateOnly? Deadline, PartStatus Status);

    /// <summary>A report of the user's own unit: its state, how many parts are done, how many violations remain.</summary>
    public sealed record OwnReport(RequestRow Request, ReportStatus Status, int PartsDone, int Parts, int Violations)
    {
        public string Url => $"/Reports/View/{Request.Id}/{Request.Units[0].Unit.Code}";
    }

    public async Task OnGetAsync(CancellationToken cancel)
    {
        Tree = await new UnitStore(db).LoadTreeAsync(cancel);
        Access = await user.AccessAsync();
        var me = await user.UserAsync();
        Today = VietnamTime.Day(clock.GetUtcNow());
        Requests = (await requests.ListAsync(await user.ActorAsync(), cancel))
            .Select(r => new RequestRow(r.Id, r.Request, r.Issuer, r.Template, r.Units, r.Overdue)).ToList();
        var entry = new EntryStore(db, clock);
        Tasks = (await entry.AssignedToAsync(me.Id, cancel))
            .Select(t =>
            {
                var template = TemplateCatalog.BuiltIn.Get(new TemplateRef(t.Report.TemplateId, t.Report.TemplateVersion));
                var part = ReportPart.Find(template, t.Assignment.PartKey)!;
                var page = part.Kind == ReportPartKind.Form ? "Form" : "Narrative";
                return new AssignedPart(part, Tree.Find(t.Report.Unit.Code)!, ReportingPeriod.Parse(t.Report.Request.PeriodCode),
                    $"/Reports/{page}/{t.Report.RequestId}/{t.Report.Unit.Code}/{part.Code}", t.Assignment.Deadline, (PartStatus)t.Assignment.Status);
            })
            .OrderBy(t => t.Status == PartStatus.Done).ThenBy(t => t.Deadline ?? DateOnly.MaxValue)
            .ToList();
        if (Access.Is(Role.Compiler) || Access.Is(Role.Leader)) OwnReports = await OwnReportsAsync(cancel);
        Notices = await new NoticeStore(db, clock).ListAsync(me.Id, 20, cancel);
        Unread = await user.UnreadNoticesAsync();
    }

    /// <summary>Marks the user's notices read.</summary>
    public async Task<IActionResult> OnPostReadAsync(CancellationToken cancel)
    {
        await new NoticeStore(db, clock).MarkReadAsync((await user.UserAsync()).Id, cancel);
        return Redirect("/#thong-bao");
    }

    /// <summary>
    /// The unit's reports of its latest requests, read together (not one report page's load each): the user may read
    /// them, since the requests listed are those of units they may read, and the unit's own user sees the live report.
    /// </summary>
    private async Task<IReadOnlyList<OwnReport>> OwnReportsAsync(CancellationToken cancel)
    {
        var unit = Access.UnitCode;
        var rows = Requests.Where(r => r.Units.Any(u => u.Unit.Code == unit)).Take(6).ToList();
        var ids = rows.Select(r => r.Id).ToList();
        var reports = await new ReportStore(db).ListAsync(unit, ids, cancel);
        var statuses = await new EntryStore(db, clock).PartStatusesAsync(unit, ids, cancel);
        return rows.Select(request =>
        {
            var report = reports.GetValueOrDefault(request.Id) ?? Report.Empty(unit, request.Request.Period, request.Request.Template);
            var parts = ReportPart.Of(request.Template);
            var done = parts.Count(p => statuses.GetValueOrDefault((request.Id, p.Key)) == (int)PartStatus.Done);
            var own = request.Units.Where(u => u.Unit.Code == unit).ToList();
            return new OwnReport(request with { Units = own }, own[0].Status ?? ReportStatus.Draft, done, parts.Count,
                ReportValidator.Validate(request.Template, report.Values).Violations.Count);
        }).ToList();
    }

    /// <summary>The requests this user's unit sent, whose boards the user follows.</summary>
    public IEnumerable<RequestRow> Issued => Requests.Where(r => r.Issuer.Code == Access.UnitCode);

    /// <summary>The user's own unit's reports waiting for the leader.</summary>
    public IEnumerable<OwnReport> AwaitingSignOff => OwnReports.Where(r => r.Status == ReportStatus.AwaitingSignOff);
}
