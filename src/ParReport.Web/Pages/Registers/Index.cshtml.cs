using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParReport.Application.Registers;
using ParReport.Domain.Organisation;
using ParReport.Storage;

namespace ParReport.Web.Pages.Registers;

/// <summary>The registers of a unit with their rows counted; those who read the units below pick one of them, and only read it.</summary>
public sealed class IndexModel(ParReportDbContext db, SignedInUser user, KeepRegisters keep) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Unit { get; set; }
    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];
    public string UnitName { get; private set; } = "";
    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancel)
    {
        var actor = await user.ActorAsync();
        Unit ??= actor.Access.UnitCode;
        var counts = await keep.CountsAsync(actor, Unit, cancel);
        if (!counts.IsDone) return RegisterModel.Refusal(this, counts.Outcome);
        Counts = counts.Value!;
        var tree = await new UnitStore(db).LoadTreeAsync(cancel);
        Units = tree.Units.Where(u => actor.Access.CanRead(u.Code, tree)).OrderBy(u => tree.DepthOf(u.Code)).ThenBy(u => u.Name).ToList();
        UnitName = tree.Find(Unit)!.Name;
        CanWrite = actor.Access.CanKeepRegisters(Unit);
        return Page();
    }
}
