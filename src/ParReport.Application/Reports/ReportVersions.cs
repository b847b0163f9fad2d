using ParReport.Storage;

namespace ParReport.Application.Reports;

/// <summary>The versions of a report its leader signed off, each whole with its DOCX, for whoever may read the report.</summary>
public sealed class ReportVersions(ParReportDbContext db, TimeProvider clock)
{
    /// <summary>The versions sent, oldest first; none before the first sign-off.</summary>
    public async Task<IReadOnlyList<WorkflowStore.Version>> ListAsync(ReportContext report, CancellationToken cancel = default) =>
        report.ReportId is { } id ? await new WorkflowStore(db, clock).VersionsAsync(id, report.Report, cancel) : [];

    /// <summary>The versions sent, oldest first, as a list shows them (without their values).</summary>
    public async Task<IReadOnlyList<WorkflowStore.VersionHeader>> HeadersAsync(ReportContext report, CancellationToken cancel = default) =>
        report.ReportId is { } id ? await new WorkflowStore(db, clock).VersionHeadersAsync(id, cancel) : [];

    /// <summary>One version by its number, or not found.</summary>
    public async Task<Result<WorkflowStore.Version>> FindAsync(ReportContext report, int number, CancellationToken cancel = default) =>
        (await ListAsync(report, cancel)).FirstOrDefault(v => v.Number == number) is { } version
            ? Result<WorkflowStore.Version>.Done(version)
            : Result<WorkflowStore.Version>.Of(Outcome.NotFound);
}
