using System.Data.Common;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ParReport.Domain.Dossiers;
using ParReport.Documents;
using ParReport.Storage;
using ParReport.Storage.Tests;

namespace ParReport.Web.Tests;

/// <summary>The database failing under the application: the user gets a page that says so (503), and nothing stored is lost.</summary>
public class StorageFailureTest
{
    [Fact]
    public async Task A_PostgreSQL_server_that_goes_away_mid_session_gives_the_error_page_and_the_data_are_there_when_it_is_back()
    {
        await using var database = await TestDatabase.CreateAsync(postgres: true);
        var server = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var relay = new TcpRelay(new IPEndPoint(IPAddress.Loopback, server.Port));
        relay.Start();
        using var app = new ParReportApplication
        {
            DatabaseConnection = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Port = relay.Port, Timeout = 3 }.ConnectionString,
            EnvironmentName = "Production",
        };
        var client = await app.LoggedInClientAsync();
        var form = $"/Reports/Form/{await app.RequestIdAsync()}/an-phu-an-binh/III";
        var saved = await ParReportApplication.PostFormAsync(client, form, ("v:3.1.1", "1.234"), ("o:3.1.1", Shown(await StoredAsync(app))));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var token = await ParReportApplication.TokenAsync(client, form);

        relay.Stop();
        foreach (var response in new[]
                 {
                     await client.GetAsync(form),
                     await client.PostAsync(form, new FormUrlEncodedContent(new Dictionary<string, string>
                     {
                         ["v:3.1.1"] = "99", ["o:3.1.1"] = "1.234", ["__RequestVerificationToken"] = token,
                     })),
                     await client.GetAsync("/api/requests"),
                 })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains(StorageFailure.Explain(StorageFailureKind.Unavailable), WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).Replace("\\u003C", "<"));
        }

        relay.Start();
        NpgsqlConnection.ClearAllPools();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(form)).StatusCode);
        Assert.Equal(1234, await StoredAsync(app));
    }

    [Fact]
    public async Task A_full_disk_refuses_an_import_with_the_error_page_and_keeps_what_was_stored()
    {
        var full = new DiskFull();
        ParReportApplication? application = null;
        application = new ParReportApplication
        {
            EnvironmentName = "Production",
            TestServices = services => services.AddScoped(_ => Database.Create(
                new DbContextOptionsBuilder<SqliteParReportDbContext>().UseSqlite(application!.ConnectionString).AddInterceptors(full).Options)),
        };
        using var app = application;
        var client = await app.LoggedInClientAsync();
        int imports;
        await using (var db = app.OpenDatabase()) imports = await db.DossierImports.CountAsync();
        var before = await StoredAsync(app);

        full.On = true;
        using var csv = new MemoryStream();
        DossierCsvWriter.Write(SyntheticDossiers.Generate(seed: 3, count: 20_000, until: new DateOnly(2024, 3, 14)), csv);
        var response = await ParReportApplication.UploadAsync(client, "/Dossiers?unit=an-phu-an-binh", "file", "mot-cua.csv", csv.ToArray());
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(StorageFailure.Explain(StorageFailureKind.Full), html);

        full.On = false;
        await using (var db = app.OpenDatabase())
        {
            Assert.Equal(imports, await db.DossierImports.CountAsync());
            Assert.Equal(["ok"], await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync());
        }
        Assert.Equal(before, await StoredAsync(app));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    private static async Task<decimal?> StoredAsync(ParReportApplication app)
    {
        await using var db = app.OpenDatabase();
        return await db.IndicatorValues.Where(v => v.Key == "III/3.1.1" && db.Reports.Any(r => r.Id == v.ReportId && r.Unit.Code == "an-phu-an-binh" && r.Request.PeriodCode == "2024-Q1"))
            .Select(v => v.Number).SingleOrDefaultAsync();
    }

    private static string Shown(decimal? number) => Domain.Entry.ValueInput.Show(number is { } n ? Domain.Reports.IndicatorValue.Of(n) : null);

    /// <summary>Caps every connection it opens at the pages the database has, as a disk with no space left does.</summary>
    private sealed class DiskFull : DbConnectionInterceptor
    {
        public volatile bool On;

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            if (!On) return;
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA max_page_count = 1";
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            if (!On) return;
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA max_page_count = 1";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
