using ParReport.Application.Aggregates;
using ParReport.Application.Reports;
using ParReport.Domain.Access;
using ParReport.Domain.Entry;
using ParReport.Domain.Periods;
using ParReport.Domain.Reports;
using ParReport.Domain.Workflow;
using static ParReport.Application.Tests.WorkflowWorld;

namespace ParReport.Application.Tests.Aggregates;

/// <summary>
/// The upper level's aggregate read from the database: only accepted versions (or sent ones when asked), rates from the
/// summed parts, missing units named, current the moment a report is accepted; who may read it; and the district's own
/// report filled from it, overridden only with a reason and offered a refresh after a later acceptance.
/// </summary>
public sealed class AggregateQueryTest : IAsyncLifetime
{
    private WorkflowWorld _world = null!;
    private Actor _reviewer = null!;
    private int _requestId;

    public async ValueTask InitializeAsync()
    {
        _world = await WorkflowWorld.CreateAsync();
        _reviewer = await _world.UserAsync(District, Role.Reviewer);
        _requestId = await _world.RequestAsync(District, CommuneTemplate);
    }

    public async ValueTask DisposeAsync() => await _world.DisposeAsync();

    private async Task<AggregateQuery.View> AggregateAsync(bool includeSent = false, int? requestId = null, Actor? actor = null)
    {
        await using var db = _world.Open();
        var view = await new AggregateQuery(db).LoadAsync(actor ?? _reviewer, requestId ?? _requestId, includeSent);
        Assert.True(view.IsDone, view.Outcome.ToString());
        return view.Value!;
    }

    private Task SendUpAsync(string unit, decimal resolved, decimal onTime, int? requestId = null) =>
        _world.SendUpAsync(requestId ?? _requestId, unit, ("III/3.1.1", resolved), ("III/3.1.2", onTime));

    [Fact]
    public async Task Only_accepted_versions_count_rates_come_from_the_sums_and_the_missing_communes_are_named()
    {
        await SendUpAsync(BaSao, 100, 90);
        await SendUpAsync(TanSon, 300, 297);
        await SendUpAsync(ThuySon, 50, 10);
        await _world.MovedAsync(_reviewer, _requestId, BaSao, ReportTransition.Accept);
        await _world.MovedAsync(_reviewer, _requestId, TanSon, ReportTransition.Accept);

        var view = await AggregateAsync();

        var resolved = view.Find("III/3.1.1")!;
        Assert.Equal(400, resolved.Sum);
        // (90 + 297) / 400, not the mean of 90% and 99%.
        Assert.Equal(96.75m, view.Find("III/3.1")!.Rate);
        Assert.Equal("thiếu 2/4 xã: Xã Đại Cương, Xã Thụy Sơn", Domain.Aggregation.AggregationMessages.Missing(resolved));
        Assert.StartsWith("tổng hợp từ 2/4 xã: Xã Ba Sao (phiên bản 1), Xã Tân Sơn (phiên bản 1)", view.MadeOf);

        var withSent = await AggregateAsync(includeSent: true);
        Assert.Equal(450, withSent.Find("III/3.1.1")!.Sum);
        Assert.Contains("Xã Thụy Sơn (phiên bản 1, chưa tiếp nhận)", withSent.MadeOf);
        var behind = withSent.Behind(withSent.Template.Get("III/3.1"));
        Assert.Equal(new decimal?[] { 90, null, 99, 20 }, behind.Select(b => b.Value));
        Assert.Equal(new[] { "Xã Ba Sao", "Xã Đại Cương", "Xã Tân Sơn", "Xã Thụy Sơn" }, behind.Select(b => b.Unit.Name));
        Assert.Equal(new[] { true, false, true, false }, behind.Select(b => b.IsAccepted));
    }

    [Fact]
    public async Task An_acceptance_shows_at_once_and_a_reopened_report_counts_with_its_accepted_version_until_the_next_acceptance()
    {
        await SendUpAsync(BaSao, 100, 90);
        Assert.Null((await AggregateAsync()).Find("III/3.1.1")!.Sum);
        await _world.MovedAsync(_reviewer, _requestId, BaSao, ReportTransition.Accept);
        Assert.Equal(100, (await AggregateAsync()).Find("III/3.1.1")!.Sum);

        await _world.MovedAsync(_reviewer, _requestId, BaSao, ReportTransition.Reopen, comment: "Cập nhật số hồ sơ.");
        var compiler = await _world.UserAsync(BaSao, Role.Compiler);
        await using (var db = _world.Open())
        {
            var report = await _world.LoadAsync(db, compiler, _requestId, BaSao);
            var saved = await new ReportEntry(db, _world.Clock).SaveValuesAsync(report, ReportPart.Find(report.Template, "bieu-III")!,
                [("III/3.1.1", report.Report.Values["III/3.1.1"], IndicatorValue.Of(140))], new Dictionary<string, string>());
            Assert.True(saved.IsDone);
        }
        // Editing, then sent again: still version 1 until the district accepts version 2.
        Assert.Equal(100, (await AggregateAsync()).Find("III/3.1.1")!.Sum);
        var leader = await _world.UserAsync(BaSao, Role.Leader);
        await _world.MarkDoneAsync(compiler, _requestId, BaSao);
        await _world.MovedAsync(compiler, _requestId, BaSao, ReportTransition.SendToLeader);
        await _world.MovedAsync(leader, _requestId, BaSao, ReportTransition.SignOff);
        Assert.Equal(100, (await AggregateAsync()).Find("III/3.1.1")!.Sum);
        Assert.Equal(140, (await AggregateAsync(includeSent: true)).Find("III/3.1.1")!.Sum);
        await _world.MovedAsync(_reviewer, _requestId, BaSao, ReportTransition.Accept);
        var view = await AggregateAsync();
        Assert.Equal(140, view.Find("III/3.1.1")!.Sum);
        Assert.Contains("Xã Ba Sao (phiên bản 2)", view.MadeOf);
    }

    [Theory]
    [InlineData(District, Role.Reviewer, true)]
    [InlineData(District, Role.Compiler, true)]
    [InlineData(District, Role.Leader, true)]
    [InlineData(Province, Role.Reviewer, true)]
    [InlineData(District, Role.Contributor, false)]
    [InlineData(OtherDistrict, Role.Reviewer, false)]
    [InlineData(BaSao, Role.Compiler, false)]
    [InlineData(FlatProvince, Role.Admin, false)]
    public async Task The_aggregate_is_read_by_the_issuer_and_those_above_who_read_their_units_reports(string unit, Role role, bool allowed)
    {
        var actor = await _world.UserAsync(unit, role);
        await using var db = _world.Open();
        var view = await new AggregateQuery(db).LoadAsync(actor, _requestId);
        Assert.Equal(allowed ? Outcome.Done : Outcome.Forbidden, view.Outcome);
    }

    [Fact]
    public async Task A_two_level_province_aggregates_its_communes_directly()
    {
        var reviewer = await _world.UserAsync(FlatProvince, Role.Reviewer);
        var requestId = await _world.RequestAsync(FlatProvince, CommuneTemplate);
        foreach (var (unit, resolved) in new[] { (KinhBac, 10m), (VuNinh, 20m), (DaiPhuc, 30m) })
        {
            await SendUpAsync(unit, resolved, resolved, requestId);
            await _world.MovedAsync(reviewer, requestId, unit, ReportTransition.Accept);
        }
        var view = await AggregateAsync(requestId: requestId, actor: reviewer);
        Assert.Equal(60, view.Find("III/3.1.1")!.Sum);
        Assert.Equal(100m, view.Find("III/3.1")!.Rate);
        Assert.Empty(view.Find("III/3.1.1")!.Missing);
        Assert.Equal("xã", view.UnitsName);
    }

    [Fact]
    public async Task The_districts_own_report_is_filled_from_its_communes_overridden_only_with_a_reason_and_offered_a_refresh()
    {
        var provinceRequest = await _world.RequestAsync(Province, DistrictTemplate);
        var compiler = await _world.UserAsync(District, Role.Compiler);
        await SendUpAsync(BaSao, 100, 90);
        await SendUpAsync(TanSon, 300, 297);
        await _world.MovedAsync(_reviewer, _requestId, BaSao, ReportTransition.Accept);
        await _world.MovedAsync(_reviewer, _requestId, TanSon, ReportTransition.Accept);

        await using (var db = _world.Open())
        {
            var report = await _world.LoadAsync(db, compiler, provinceRequest, District);
            var fill = new FillFromUnits(db, new ReportEntry(db, _world.Clock), _world.Clock);
            var offer = (await fill.OfferAsync(report))!;
            var figure = Assert.Single(offer.Figures);
            Assert.Equal(("3/3.4.3", 96.75m, (decimal?)null), (figure.Indicator.Key, figure.Aggregate, figure.Stored));
            Assert.Equal(1, (await fill.ApplyAsync(report, new HashSet<string>())).Value);
        }
        await using (var db = _world.Open())
        {
            var report = await _world.LoadAsync(db, compiler, provinceRequest, District);
            Assert.Equal(96.75m, report.Report.Number("3/3.4.3"));
            var sources = await new ParReport.Storage.EntryStore(db, _world.Clock).SourcesAsync(report.ReportId!.Value);
            Assert.Equal("Tổng hợp từ 2/4 xã, 12/03/2024 09:00", sources["3/3.4.3"]);
            var entry = new ReportEntry(db, _world.Clock);
            var part = ReportPart.Find(report.Template, "bieu-3")!;
            var typed = await entry.SaveValuesAsync(report, part, [("3/3.4.3", IndicatorValue.Of(96.75m), IndicatorValue.Of(97))], new Dictionary<string, string>());
            Assert.Equal(Outcome.Refused, typed.Outcome);
            Assert.Contains("3/3.4.3", typed.ByKey!.Keys);
        }

        // A third commune accepted later: the fill offers what would change.
        await SendUpAsync(ThuySon, 100, 13);
        await _world.MovedAsync(_reviewer, _requestId, ThuySon, ReportTransition.Accept);
        await using (var db = _world.Open())
        {
            var report = await _world.LoadAsync(db, compiler, provinceRequest, District);
            var fill = new FillFromUnits(db, new ReportEntry(db, _world.Clock), _world.Clock);
            var change = Assert.Single((await fill.OfferAsync(report))!.Changes);
            Assert.Equal((96.75m, 80m, false), (change.Stored, change.Aggregate, change.Typed));
            Assert.Equal(1, (await fill.ApplyAsync(report, new HashSet<string>())).Value);
        }
        await using (var db = _world.Open())
            Assert.Equal(80m, (await _world.LoadAsync(db, compiler, provinceRequest, District)).Report.Number("3/3.4.3"));
    }

    [Fact]
    public async Task The_districts_report_prints_the_ranking_and_the_trend_its_outline_asks_for_from_the_accepted_reports()
    {
        var provinceRequest = await _world.RequestAsync(Province, DistrictTemplate);
        var compiler = await _world.UserAsync(District, Role.Compiler);
        await using (var db = _world.Open())
            Assert.Empty(await new ReportDocuments(db, _world.Clock).UnitChartsAsync(await _world.LoadAsync(db, compiler, provinceRequest, District), default));

        await SendUpAsync(BaSao, 100, 90);
        await SendUpAsync(TanSon, 300, 297);
        await SendUpAsync(ThuySon, 100, 13);
        await _world.MovedAsync(_reviewer, _requestId, BaSao, ReportTransition.Accept);
        await _world.MovedAsync(_reviewer, _requestId, TanSon, ReportTransition.Accept);

        await using (var db = _world.Open())
        {
            var report = await _world.LoadAsync(db, compiler, provinceRequest, District);
            var documents = new ReportDocuments(db, _world.Clock);
            var figures = await documents.UnitChartsAsync(report, default);
            // II.2 asks for both on 3/3.4.3; only the accepted communes are ranked, so the ranking is 2 bars high.
            Assert.Equal(["II.2", "II.2"], figures.Select(f => f.OutlineCode));
            Assert.All(figures, f => Assert.Equal([0x89, 0x50, 0x4E, 0x47], f.Png[..4]));
            Assert.Equal(120 + 32 * 2, figures[0].HeightPixels);

            using var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await documents.DocxAsync(report)), false);
            var images = docx.MainDocumentPart!.ImageParts.Select(i => { using var s = i.GetStream(); using var m = new MemoryStream(); s.CopyTo(m); return m.ToArray(); }).ToList();
            Assert.All(figures, f => Assert.Contains(images, i => i.AsSpan().SequenceEqual(f.Png)));
        }
    }
}
