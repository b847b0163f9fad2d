using System.Text;
using ParReport.Application.Registers;
using ParReport.Domain.Access;
using ParReport.Domain.Registers;
using static ParReport.Application.Tests.WorkflowWorld;

namespace ParReport.Application.Tests.Registers;

/// <summary>A commune's registers kept through the use case: typed rows, files whole or not at all, versions, who may.</summary>
public sealed class KeepRegistersTest(PostgresDatabase postgresDatabase) : IAsyncLifetime, IClassFixture<PostgresDatabase>
{
    private const string Header = "Ngày kiểm tra;Đơn vị được kiểm tra;Loại đơn vị;Số vấn đề phát hiện;Số vấn đề đã xử lý xong\n";
    private WorkflowWorld _world = null!;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_world is not null) await _world.DisposeAsync();
    }

    private async Task<Result<KeepRegisters.Imported>> ImportAsync(Actor actor, string csv, string unit = BaSao, string register = RegisterCatalog.Inspections)
    {
        await using var db = _world.Open();
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await new KeepRegisters(db, _world.Clock).ImportAsync(actor, unit, register, "kiem-tra.csv", file);
    }

    private async Task<IReadOnlyList<ParReport.Storage.RegisterStore.Stored>> RowsAsync(Actor actor, string unit = BaSao, string register = RegisterCatalog.Inspections)
    {
        await using var db = _world.Open();
        var rows = await new KeepRegisters(db, _world.Clock).RowsAsync(actor, unit, register);
        Assert.True(rows.IsDone, $"{rows.Outcome}: {string.Join(" ", rows.Messages)}");
        return rows.Value!;
    }

    private async Task<Result<int>> SaveAsync(Actor actor, string register, IReadOnlyDictionary<string, string?> typed, int id = 0, int version = 0, string unit = BaSao)
    {
        await using var db = _world.Open();
        return await new KeepRegisters(db, _world.Clock).SaveAsync(actor, unit, register, typed, id, version);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_file_with_a_bad_row_is_refused_whole_with_its_errors_grouped_and_the_earlier_rows_kept(bool postgres)
    {
        _world = await CreateAsync(postgres, postgresDatabase);
        var compiler = await _world.UserAsync(BaSao, Role.Compiler);
        var first = await ImportAsync(compiler, "BIÊN BẢN KIỂM TRA CCHC NĂM 2024\n" + Header
            + "10/01/2024;Công an xã;Cơ quan, đơn vị;3;2\n"
            + "12/02/2024;Trường THCS Ba Sao;Cơ quan, đơn vị;1;1\n");
        Assert.True(first.IsDone, string.Join(" ", first.Messages));
        Assert.Equal((2, 0), (first.Value!.Rows, first.Value.Replaced));

        var refused = await ImportAsync(compiler, Header
            + "05/03/2024;Trạm y tế;Cơ quan, đơn vị;2;2\n"
            + "31/02/2024;Hợp tác xã;Doanh nghiệp;1;0\n"
            + "06/03/2024;Bưu điện;Cơ quan, đơn vị;1;4\n"
            + "07/03/2024;Nhà văn hóa;Cơ quan;;\n");

        Assert.Equal(Outcome.Refused, refused.Outcome);
        Assert.Equal(RegisterMessages.FileRefused("kiem-tra.csv", 4), refused.Messages[0]);
        Assert.Contains(refused.Messages, m => m.StartsWith("cột «Ngày kiểm tra»: 1 dòng có «31/02/2024»", StringComparison.Ordinal) && m.EndsWith("— dòng 3", StringComparison.Ordinal));
        Assert.Contains(refused.Messages, m => m.StartsWith("cột «Loại đơn vị»: 2 dòng có «Doanh nghiệp», «Cơ quan»", StringComparison.Ordinal) && m.EndsWith("— dòng 3, 5", StringComparison.Ordinal));
        Assert.Contains(refused.Messages, m => m.Contains("cột «Số vấn đề đã xử lý xong»: 1 dòng có «4»: " + RegisterMessages.ResolvedOverFound, StringComparison.Ordinal));
        Assert.Equal(["Công an xã", "Trường THCS Ba Sao"], (await RowsAsync(compiler)).Select(r => r.Row.Text("unit")));
    }

    [Fact]
    public async Task A_file_replaces_the_register_and_its_figures_flow_into_the_open_report()
    {
        _world = await CreateAsync();
        var requestId = await _world.RequestAsync(District, CommuneTemplate);
        // The report as its first entry makes it: only reports that exist are updated.
        await using (var opened = _world.Open()) await new ParReport.Storage.EntryStore(opened, _world.Clock).EnsureReportAsync(requestId, BaSao);
        var contributor = await _world.UserAsync(BaSao, Role.Contributor);
        await ImportAsync(contributor, Header + "10/01/2024;Công an xã;Cơ quan, đơn vị;3;2\n");

        var imported = await ImportAsync(contributor, Header
            + "10/01/2024;Công an xã;Cơ quan, đơn vị;3;2\n"
            + "20/01/2024;Thôn Đồng Ao;UBND cấp xã;4;1\n"
            + "02/02/2024;Trường mầm non;cơ quan, đơn vị;0;0\n");

        Assert.True(imported.IsDone, string.Join(" ", imported.Messages));
        Assert.Equal((3, 1), (imported.Value!.Rows, imported.Value.Replaced));
        Assert.True(imported.Value.Flowed > 0);
        await using var db = _world.Open();
        var report = (await _world.LoadAsync(db, contributor, requestId, BaSao)).Report;
        Assert.Equal([2m, 1m, 7m, 3m], new[] { "I/3.1", "I/3.2", "I/3.3.1", "I/3.3.2" }.Select(k => report.Values[k].Number));
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_or_lacks_a_column_is_refused_with_one_message_naming_it()
    {
        _world = await CreateAsync();
        var compiler = await _world.UserAsync(BaSao, Role.Compiler);

        var noColumn = await ImportAsync(compiler, "Ngày kiểm tra;Đơn vị\n10/01/2024;Công an xã\n");
        var notAWorkbook = await ImportAsync(compiler, "PK\u0003\u0004 không phải bảng tính");

        Assert.Equal($"kiem-tra.csv: {RegisterMessages.MissingColumns(["Loại đơn vị"])}", Assert.Single(noColumn.Messages));
        Assert.Equal(Outcome.Refused, notAWorkbook.Outcome);
        Assert.StartsWith("kiem-tra.csv: Tệp không phải bảng tính XLSX hợp lệ", Assert.Single(notAWorkbook.Messages));
        Assert.Empty(await RowsAsync(compiler));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_row_changed_or_removed_at_a_version_since_changed_or_removed_is_a_conflict(bool postgres)
    {
        _world = await CreateAsync(postgres, postgresDatabase);
        var (compiler, contributor) = (await _world.UserAsync(BaSao, Role.Compiler), await _world.UserAsync(BaSao, Role.Contributor));
        var typed = new Dictionary<string, string?> { ["category"] = "Công chức", ["assigned"] = "12", ["present"] = "11", ["from"] = "01/01/2023" };
        var added = await SaveAsync(compiler, RegisterCatalog.Staffing, typed);
        Assert.True(added.IsDone, string.Join(" ", added.Messages));

        var changed = await SaveAsync(contributor, RegisterCatalog.Staffing, typed.WithValue("present", "12"), added.Value, version: 0);
        var stale = await SaveAsync(compiler, RegisterCatalog.Staffing, typed.WithValue("present", "10"), added.Value, version: 0);
        await using (var db = _world.Open())
            Assert.Equal(Outcome.Conflict, (await new KeepRegisters(db, _world.Clock).DeleteAsync(compiler, BaSao, RegisterCatalog.Staffing, added.Value, 0)).Outcome);

        Assert.True(changed.IsDone);
        Assert.Equal((Outcome.Conflict, RegisterMessages.Conflict), (stale.Outcome, Assert.Single(stale.Messages)));
        var stored = Assert.Single(await RowsAsync(compiler, register: RegisterCatalog.Staffing));
        Assert.Equal(("12", 1), (stored.Row.Text("present"), stored.Version));
        await using (var db = _world.Open())
            Assert.True((await new KeepRegisters(db, _world.Clock).DeleteAsync(compiler, BaSao, RegisterCatalog.Staffing, added.Value, 1)).IsDone);
        Assert.Empty(await RowsAsync(compiler, register: RegisterCatalog.Staffing));
        // Changed from a page read before it was removed.
        Assert.Equal(Outcome.Conflict, (await SaveAsync(contributor, RegisterCatalog.Staffing, typed, added.Value, version: 1)).Outcome);
    }

    [Fact]
    public async Task A_typed_row_is_refused_with_each_error_by_its_column()
    {
        _world = await CreateAsync();
        var compiler = await _world.UserAsync(BaSao, Role.Compiler);

        var refused = await SaveAsync(compiler, RegisterCatalog.Documents,
            new Dictionary<string, string?> { ["number"] = "12", ["issued"] = "3/13/2024", ["type"] = "Nghị quyết", ["title"] = "Kế hoạch CCHC", ["cchc"] = "có lẽ" });

        Assert.Equal(Outcome.Refused, refused.Outcome);
        Assert.Equal(new Dictionary<string, string>
        {
            ["symbol"] = RegisterMessages.Required, ["issued"] = RegisterMessages.NotADate,
            ["type"] = RegisterMessages.NotAnOption(RegisterCatalog.Get(RegisterCatalog.Documents).Column("type")!.Choices), ["cchc"] = RegisterMessages.NotAFlag,
        }, refused.ByKey);
        Assert.Contains("Ký hiệu: " + RegisterMessages.Required, refused.Messages);
        Assert.Empty(await RowsAsync(compiler, register: RegisterCatalog.Documents));
    }

    [Fact]
    public async Task A_contributor_of_another_commune_is_refused_and_a_reviewer_above_reads_but_does_not_write()
    {
        _world = await CreateAsync();
        var compiler = await _world.UserAsync(BaSao, Role.Compiler);
        var neighbour = await _world.UserAsync(TanSon, Role.Contributor);
        var reviewer = await _world.UserAsync(District, Role.Reviewer);
        var csv = Header + "10/01/2024;Công an xã;Cơ quan, đơn vị;3;2\n";
        Assert.True((await ImportAsync(compiler, csv)).IsDone);
        var typed = new Dictionary<string, string?> { ["date"] = "11/01/2024", ["unit"] = "Thôn Lác", ["kind"] = "UBND cấp xã" };

        await using var db = _world.Open();
        var keep = new KeepRegisters(db, _world.Clock);
        Assert.Equal(Outcome.NotFound, (await keep.RowsAsync(neighbour, BaSao, RegisterCatalog.Inspections)).Outcome);
        Assert.Equal(Outcome.NotFound, (await keep.CountsAsync(neighbour, BaSao)).Outcome);
        Assert.Equal(Outcome.NotFound, (await SaveAsync(neighbour, RegisterCatalog.Inspections, typed)).Outcome);
        Assert.Equal(Outcome.NotFound, (await ImportAsync(neighbour, csv)).Outcome);

        Assert.Equal(1, (await keep.CountsAsync(reviewer, BaSao)).Value![RegisterCatalog.Inspections]);
        Assert.Single(await RowsAsync(reviewer));
        Assert.Equal(Outcome.Forbidden, (await SaveAsync(reviewer, RegisterCatalog.Inspections, typed)).Outcome);
        Assert.Equal(Outcome.Forbidden, (await ImportAsync(reviewer, Header)).Outcome);
        Assert.Equal(Outcome.Forbidden, (await keep.DeleteAsync(reviewer, BaSao, RegisterCatalog.Inspections, (await RowsAsync(compiler))[0].Row.Id, 0)).Outcome);
        Assert.Equal(Outcome.Forbidden, (await SaveAsync(reviewer, RegisterCatalog.Inspections, typed, unit: District)).Outcome);
        Assert.Equal(["Công an xã"], (await RowsAsync(compiler)).Select(r => r.Row.Text("unit")));
    }
}

internal static class TypedRows
{
    public static Dictionary<string, string?> WithValue(this Dictionary<string, string?> typed, string column, string value) => new(typed) { [column] = value };
}
