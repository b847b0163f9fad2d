using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParReport.Application;
using ParReport.Application.Requests;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;
using ParReport.Domain.Templates;
using ParReport.Storage;

namespace ParReport.Web.Pages.Requests;

/// <summary>An upper level asks the units below it for a period's report: template, cut-off window, deadline, the letter that asks.</summary>
public sealed class NewModel(ParReportDbContext db, SignedInUser user, TimeProvider clock, SendRequest send) : PageModel
{
    public OrgUnit Unit { get; private set; } = null!;
    public IReadOnlyList<OrgUnit> Children { get; private set; } = [];
    public IReadOnlyList<ReportTemplate> Templates => TemplateCatalog.BuiltIn.All.OrderBy(t => t.Id).ThenByDescending(t => t.Version).ToList();
    public List<string> Errors { get; } = [];

    [BindProperty] public int Year { get; set; }
    [BindProperty] public PeriodKind Kind { get; set; }
    [BindProperty] public string? Template { get; set; }
    [BindProperty] public DateOnly? From { get; set; }
    [BindProperty] public DateOnly? To { get; set; }
    [BindProperty] public DateOnly? Deadline { get; set; }
    [BindProperty] public string? Letter { get; set; }
    [BindProperty] public DateOnly? LetterDate { get; set; }
    [BindProperty] public TimeOnly? DeadlineHour { get; set; }
    [BindProperty] public int ReminderDays { get; set; } = ReportingRequest.DefaultReminderDays;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        if (await LoadAsync(cancel) is { } refused) return refused;
        Year = clock.GetLocalNow().Year;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancel)
    {
        if (await LoadAsync(cancel) is { } refused) return refused;
        var template = Templates.FirstOrDefault(t => t.Ref.ToString() == Template);
        if (!ModelState.IsValid || Year is < 2000 or > 2100 || !Enum.IsDefined(Kind)) Errors.Add("Năm, kỳ hoặc một ngày không hợp lệ.");
        if (template is null) Errors.Add("Chọn mẫu báo cáo.");
        if ((From is null) != (To is null) || From > To) Errors.Add("Thời gian chốt số liệu cần cả ngày đầu và ngày cuối, ngày đầu không sau ngày cuối.");
        if (Errors.Count > 0) return Refuse(StatusCodes.Status400BadRequest);

        var window = From is { } f ? new CutOffWindow(f, To!.Value) : null;
        var input = new RequestInput(new ReportingPeriod(Year, Kind), template!, window, Deadline, DeadlineHour, Letter, LetterDate, ReminderDays);
        var result = await send.RunAsync(await user.ActorAsync(), Unit.Code, input, cancel);
        if (result.IsDone) return Redirect($"/Requests/Board/{result.Value}?sent=1");
        if (result.Outcome is Outcome.Forbidden or Outcome.NotFound) return StatusCode(Reports.ReportPageModel.Status(result.Outcome));
        Errors.AddRange(result.Messages);
        return Refuse(Reports.ReportPageModel.Status(result.Outcome));
    }

    private PageResult Refuse(int status)
    {
        Response.StatusCode = status;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancel)
    {
        var tree = await new UnitStore(db).LoadTreeAsync(cancel);
        var access = await user.AccessAsync();
        if (!access.CanSendRequests(tree)) return StatusCode(StatusCodes.Status403Forbidden);
        Unit = tree.Find(access.UnitCode)!;
        Children = tree.ChildrenOf(Unit.Code).ToList();
        return null;
    }

    /// <summary>"Quý I", "6 tháng đầu", "9 tháng", "Năm": the period's label without its year.</summary>
    public static string KindLabel(PeriodKind kind)
    {
        var label = new ReportingPeriod(2000, kind).Label.Replace(" năm 2000", "").Replace(" 2000", "");
        return char.ToUpperInvariant(label[0]) + label[1..];
    }
}
