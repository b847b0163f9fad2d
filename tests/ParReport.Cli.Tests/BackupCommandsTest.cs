using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParReport.Domain.Demo;
using ParReport.Storage;
using ParReport.Storage.Tests;

namespace ParReport.Cli.Tests;

/// <summary>`parreport backup` and `restore` on both databases: every table comes back row for row as it was backed up.</summary>
public class BackupCommandsTest
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_restore_brings_back_every_table_row_for_row_as_it_was_at_backup_time(bool postgres)
    {
        using var cli = new CliRun();
        await using var database = await TestDatabase.CreateAsync(postgres);
        var db = database.ConnectionString;
        Assert.Equal(0, (await cli.RunOnAsync(db, "demo")).Exit);
        var dossiers = Path.Combine(cli.Folder, "ho-so.csv");
        Assert.Equal(0, (await cli.RunAsync("dossiers", "generate", "--rows", "300", "-o", dossiers)).Exit);
        Assert.Equal(0, (await cli.RunOnAsync(db, "dossiers", "import", dossiers, "--unit", DemoUsers.CommuneCode)).Exit);
        var backedUp = await SnapshotAsync(db);
        Assert.True(backedUp["ReportVersions"].Count > 0 && backedUp["DossierBlocks"].Count > 0 && backedUp["AspNetUsers"].Count > 0);

        var file = Path.Combine(cli.Folder, "sao-luu.bak");
        var backup = await cli.RunOnAsync(db, "backup", file);
        Assert.Equal(0, backup.Exit);
        Assert.Contains("Đã sao lưu", backup.Output);

        // Changed afterwards: more dossiers, a report moved back, the notices gone, a unit added.
        var more = Path.Combine(cli.Folder, "ho-so-2.csv");
        Assert.Equal(0, (await cli.RunAsync("dossiers", "generate", "--rows", "200", "--seed", "2", "-o", more)).Exit);
        Assert.Equal(0, (await cli.RunOnAsync(db, "dossiers", "import", more, "--unit", DemoUsers.CommuneCode)).Exit);
        await using (var context = Database.Create(db))
        {
            await context.Database.ExecuteSqlRawAsync("""UPDATE "Reports" SET "Status" = 0""");
            await context.Database.ExecuteSqlRawAsync("""DELETE FROM "Notices" """);
        }
        var units = cli.WriteFile("don-vi.csv", "ma,ten,cap,ma_cap_tren\nbac-son,Xã Bắc Sơn,xa,\n");
        Assert.Equal(0, (await cli.RunOnAsync(db, "units", "import", units)).Exit);
        Assert.NotEqual(Flatten(backedUp), Flatten(await SnapshotAsync(db)));

        var restore = await cli.RunOnAsync(db, "restore", file);
        Assert.Equal(0, restore.Exit);
        Assert.Contains("Đã phục hồi", restore.Output);
        var restored = await SnapshotAsync(db);
        Assert.Equal(backedUp.Keys.Order(), restored.Keys.Order());
        foreach (var (table, rows) in backedUp) Assert.True(rows.SequenceEqual(restored[table]), $"table {table} differs after the restore");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_file_that_is_no_ParReport_backup_is_refused_and_nothing_changes(bool postgres)
    {
        using var cli = new CliRun();
        await using var database = await TestDatabase.CreateAsync(postgres);
        var db = database.ConnectionString;
        Assert.Equal(0, (await cli.RunOnAsync(db, "demo")).Exit);
        var before = Flatten(await SnapshotAsync(db));

        var text = cli.WriteFile("khong-phai.bak", "không phải bản sao lưu\n");
        var empty = Path.Combine(cli.Folder, "trong.db");
        await using (var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={empty};Pooling=False"))
        {
            await other.OpenAsync();
            await using var create = other.CreateCommand();
            create.CommandText = "CREATE TABLE Notes (Id INTEGER PRIMARY KEY)";
            await create.ExecuteNonQueryAsync();
        }
        foreach (var file in new[] { text, empty, Path.Combine(cli.Folder, "khong-co.bak") })
        {
            var (exit, _, error) = await cli.RunOnAsync(db, "restore", file);
            Assert.Equal(ExitCodes.Unreadable, exit);
            Assert.Contains(file, error);
        }
        Assert.Contains("CSDL đang dùng không bị thay đổi", (await cli.RunOnAsync(db, "restore", empty)).Error);
        Assert.Equal(before, Flatten(await SnapshotAsync(db)));
    }

    private static string Flatten(Dictionary<string, List<string>> snapshot) =>
        string.Join("\n", snapshot.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + ":" + string.Join("\n", t.Value)));

    /// <summary>Every table of the database, each row as one line of its values, the lines sorted.</summary>
    private static async Task<Dictionary<string, List<string>>> SnapshotAsync(string connectionString)
    {
        await using var context = Database.Create(connectionString);
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = Database.IsPostgres(connectionString)
                ? "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var snapshot = new Dictionary<string, List<string>>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync()) rows.Add(Row(reader));
            rows.Sort(StringComparer.Ordinal);
            snapshot[table] = rows;
        }
        return snapshot;
    }

    private static string Row(DbDataReader reader) => string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) switch
    {
        DBNull => "∅",
        byte[] bytes => Convert.ToHexString(bytes),
        IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
        var value => value.ToString(),
    }));
}
