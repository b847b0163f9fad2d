using ParReport.Application.Reports;
using ParReport.Domain.Registers;
using ParReport.Domain.Templates;
using ParReport.Storage;

namespace ParReport.Application.Registers;

/// <summary>
/// The records behind a report's figure taken from a register (the drill-down): the rows it counts for the request's
/// window, and what they give now, which the report's value may differ from when it was typed over or the register has changed since.
/// </summary>
public sealed class RegisterRecords(ParReportDbContext db, TimeProvider clock)
{
    public sealed record Counted(Indicator Indicator, Register Register, IReadOnlyList<RegisterRow> Rows, decimal Value, decimal? Stored);

    /// <summary>For anyone who may read the report (its context is loaded with that decision).</summary>
    public async Task<Result<Counted>> ForAsync(ReportContext report, string key, CancellationToken cancel = default)
    {
        if (report.Template.Find(key) is not { Register: { } source } indicator) return Result<Counted>.Of(Outcome.NotFound);
        var register = RegisterCatalog.Get(source.Register);
        var rows = (await new RegisterStore(db, clock).RowsAsync(report.Unit.Code, source.Register, cancel)).Select(r => r.Row).ToList();
        var window = report.Request.Window;
        return Result<Counted>.Done(new Counted(indicator, register, source.Matching(rows, window).ToList(), source.Value(rows, window),
            report.Report.Values.GetValueOrDefault(key)?.Number));
    }
}
