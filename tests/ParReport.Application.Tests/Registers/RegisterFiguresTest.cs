using Microsoft.EntityFrameworkCore;
using ParReport.Application.Registers;
using ParReport.Application.Reports;
using ParReport.Domain.Access;
using ParReport.Domain.Entry;
using ParReport.Domain.Registers;
using ParReport.Domain.Reports;
using ParReport.Storage;
using static ParReport.Application.Tests.WorkflowWorld;

namespace ParReport.Application.Tests.Registers;

/// <summary>
/// The registers' figures in a unit's report (window 15/12/2023 – 14/03/2024): flowed in with their source on each
/// change of a register, never over a typed value, overridden only with a reason kept in the audit trail; the records
/// behind a figure; the generated lists put into a section's text.
/// </summary>
public sealed class RegisterFiguresTest : IAsyncLifetime
{
    private WorkflowWorld _world = null!;
    private Actor _compiler = null!;
    private int _request;

    public async ValueTask InitializeAsync()
    {
        _world = await CreateAsync(postgres: false, null);
        _compiler = await _world.UserAsync(BaSao, Role.Compiler, fullName: "Nguyễn Thị Hoa");
        _request = await _world.RequestAsync(District, CommuneTemplate);
        // A first value saved opens the report.
        await using var db = _world.Open();
        var report = await _world.LoadAsync(db, _compiler, _request, BaSao);
        var saved = await new ReportEntry(db, _world.Clock).SaveValuesAsync(report, Part(report, "bieu-II"), [("II/1", null, IndicatorValue.Of(2))], new Dictionary<string, string>());
        Assert.True(saved.IsDone, string.Join(" ", saved.Messages));
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    private static ReportPart Part(ReportContext report, string key) => ReportPart.Find(report.Template, key)!;

    private static IReadOnlyList<IReadOnlyList<string?>> Documents(int inWindow) =>
    [
        ["Số", "Ký hiệu", "Ngày ban hành", "Loại văn bản", "Trích yếu", "Về CCHC"],
        .. Enumerable.Range(1, inWindow).Select(i => (IReadOnlyList<string?>)[$"{i:00}", "KH-UBND", $"{i + 2:00}/01/2024", "Kế hoạch", $"về CCHC đợt {i}", "Có"]),
        ["40", "KH-UBND", "20/03/2024", "Kế hoạch", "về CCHC quý II", "Có"],
    ];

    private static IReadOnlyList<IReadOnlyList<string?>> PlanTasks =>
    [
        ["Năm kế hoạch", "Nhiệm vụ", "Thời hạn", "Ngày hoàn thành"],
        ["2024", "Ban hành Kế hoạch CCHC năm", "31/01/2024", "22/01/2024"],
        ["2024", "Kiện toàn Bộ phận Một cửa", "28/02/2024", "26/02/2024"],
        ["2024", "Tuyên truyền CCHC", "30/06/2024", "10/03/2024"],
        ["2024", "Số hóa hồ sơ", "30/09/2024", null],
        ["2024", "Đánh giá sự hài lòng", "30/11/2024", null],
        ["2024", "Tổng kết CCHC", "15/12/2024", null],
    ];

    private async Task<KeepRegisters.Imported> ImportAsync(string register, IReadOnlyList<IReadOnlyList<string?>> table)
    {
        await using var db = _world.Open();
        var result = await new KeepRegisters(db, _world.Clock).ImportAsync(_compiler, BaSao, register, register + ".xlsx", table);
        Assert.True(result.IsDone, string.Join("\n", result.Messages));
        return result.Value!;
    }

    private async Task<ReportContext> ReportAsync(ParReportDbContext db) => await _world.LoadAsync(db, _compiler, _request, BaSao);

    [Fact]
    public async Task A_registers_figures_flow_into_the_open_report_with_their_source_and_its_rate_is_derived()
    {
        var imported = await ImportAsync(RegisterCatalog.Documents, Documents(5));
        await ImportAsync(RegisterCatalog.PlanTasks, PlanTasks);

        Assert.Equal((6, 0), (imported.Rows, imported.Replaced));
        await using var db = _world.Open();
        var report = await ReportAsync(db);
        Assert.Equal(5, report.Report.Number("I/1"));
        Assert.Equal(6, report.Report.Number("I/2.1"));
        Assert.Equal(3, report.Report.Number("I/2.2"));
        Assert.Equal(50, Derivation.Rates(report.Template, report.Report.Values)["I/2"]);
        var sources = await new EntryStore(db, _world.Clock).SourcesAsync(report.ReportId!.Value);
        Assert.StartsWith("Sổ «Văn bản chỉ đạo, điều hành», kỳ 15/12/2023 – 14/03/2024", sources["I/1"]);
        Assert.StartsWith("Sổ «Nhiệm vụ Kế hoạch CCHC năm»", sources["I/2.2"]);
        // Inspections never kept: their indicators stay for the official to type.
        Assert.Null(report.Report.Number("I/3.1"));
        var audit = await db.Audit.Where(a => a.ReportId == report.ReportId && a.Key == "I/1").SingleAsync();
        Assert.Equal(sources["I/1"], audit.Reason);
    }

    [Fact]
    public async Task A_figure_from_a_register_is_overridden_only_with_a_reason_kept_in_the_trail_and_a_later_change_of_the_register_keeps_it()
    {
        await ImportAsync(RegisterCatalog.Documents, Documents(5));
        await using (var db = _world.Open())
        {
            var report = await ReportAsync(db);
            var entry = new ReportEntry(db, _world.Clock);
            var change = new (string, IndicatorValue?, IndicatorValue?)[] { ("I/1", report.Report.Values["I/1"], IndicatorValue.Of(6)) };

            var refused = await entry.SaveValuesAsync(report, Part(report, "bieu-I"), change, new Dictionary<string, string>());
            Assert.Equal(Outcome.Refused, refused.Outcome);
            Assert.Contains(EntryMessages.OverrideNeedsReason(report.Template.Get("I/1")), refused.ByKey!["I/1"]);

            var saved = await entry.SaveValuesAsync(report, Part(report, "bieu-I"), change,
                new Dictionary<string, string> { ["I/1"] = "Thêm Công văn 12/UBND-VP chưa vào sổ" });
            Assert.True(saved.IsDone, string.Join(" ", saved.Messages));
        }
        await ImportAsync(RegisterCatalog.Documents, Documents(7));

        await using (var db = _world.Open())
        {
            var report = await ReportAsync(db);
            Assert.Equal(6, report.Report.Number("I/1"));
            var trail = await db.Audit.Where(a => a.ReportId == report.ReportId && a.Key == "I/1").OrderBy(a => a.Id).ToListAsync();
            Assert.Equal(["5", "6"], trail.Select(a => a.New));
            Assert.Equal("Thêm Công văn 12/UBND-VP chưa vào sổ", trail[1].Reason);
            // The form page offers the register's figure beside the typed one, for the official to take if they wish.
            var applied = await new ReportEntry(db, _world.Clock).ApplyRegistersAsync(report, Part(report, "bieu-I"), new HashSet<string>());
            Assert.Equal(("I/1", (decimal?)6m, 7m), Assert.Single(applied.Value.Kept));
        }
    }

    [Fact]
    public async Task The_records_behind_a_figure_are_the_rows_it_counts_in_the_window()
    {
        await ImportAsync(RegisterCatalog.Documents, Documents(3));
        await using var db = _world.Open();
        var report = await ReportAsync(db);

        var counted = await new RegisterRecords(db, _world.Clock).ForAsync(report, "I/1");

        Assert.True(counted.IsDone);
        Assert.Equal(3, counted.Value!.Value);
        Assert.Equal(["01", "02", "03"], counted.Value.Rows.Select(r => r.Text("number")));
        Assert.Equal(Outcome.NotFound, (await new RegisterRecords(db, _world.Clock).ForAsync(report, "II/1")).Outcome);
    }

    [Fact]
    public async Task A_generated_list_is_put_at_the_end_of_the_sections_text_where_the_official_edits_it()
    {
        await ImportAsync(RegisterCatalog.Documents, Documents(2));
        await using var db = _world.Open();
        var report = await ReportAsync(db);
        var item = report.Template.OutlineItems.Single(i => i.Code == "I");
        var lists = new ReportLists(db, _world.Clock, new ReportEntry(db, _world.Clock));

        var shown = await lists.ForAsync(report, item);
        Assert.Equal(["documents", "inspections", "assigned-tasks"], shown.Select(l => l.Kind));
        Assert.Null(shown[1].Text);
        var inserted = await lists.InsertAsync(report, Part(report, "muc-I"), item, RegisterLists.Documents);
        Assert.True(inserted.IsDone, string.Join(" ", inserted.Messages));
        var refused = await lists.InsertAsync(report, Part(report, "muc-I"), item, RegisterLists.Inspections);
        Assert.Equal(Outcome.Refused, refused.Outcome);

        await using var again = _world.Open();
        var text = (await ReportAsync(again)).Report.Narratives["I"];
        Assert.Equal("Trong kỳ, đã ban hành 02 văn bản chỉ đạo, điều hành về CCHC, gồm:\n"
            + "- Kế hoạch số 01/KH-UBND ngày 03/01/2024 về CCHC đợt 1;\n- Kế hoạch số 02/KH-UBND ngày 04/01/2024 về CCHC đợt 2.", text);
    }
}
