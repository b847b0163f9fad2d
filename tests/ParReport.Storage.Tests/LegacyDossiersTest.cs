using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ParReport.Domain.Dossiers;
using ParReport.Domain.Organisation;
using ParReport.Domain.Periods;

namespace ParReport.Storage.Tests;

/// <summary>A database of the version that kept a row per dossier keeps its dossiers when it is upgraded.</summary>
public abstract class LegacyDossiersTest(bool postgres) : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(postgres, upTo: "ReportEntry");

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Dossier_rows_of_an_earlier_version_are_packed_into_blocks_on_upgrade()
    {
        var dossiers = SyntheticDossiers.Generate(3, 2000, new DateOnly(2024, 12, 14)).ToList();
        await using (var db = _database.Open())
        {
            // Written as that version's tables were, not through today's model.
            var level = UnitLevels.Code(UnitLevel.Commune);
            await db.Database.ExecuteSqlAsync($"""INSERT INTO "Units" ("Code", "Name", "Level") VALUES ('bac-son', 'Xã Bắc Sơn', {level}), ('an-binh', 'Xã An Bình', {level})""");
            var units = new Dictionary<string, int>
            {
                ["bac-son"] = await db.Database.SqlQuery<int>($"""SELECT "Id" AS "Value" FROM "Units" WHERE "Code" = 'bac-son'""").SingleAsync(),
                ["an-binh"] = await db.Database.SqlQuery<int>($"""SELECT "Id" AS "Value" FROM "Units" WHERE "Code" = 'an-binh'""").SingleAsync(),
            };
            await using var transaction = await db.Database.BeginTransactionAsync();
            await using var insert = db.Database.GetDbConnection().CreateCommand();
            insert.Transaction = transaction.GetDbTransaction();
            insert.CommandText = """
                INSERT INTO "Dossiers" ("UnitId", "Code", "Field", "Received", "Deadline", "Resolved", "Channel", "Fee", "PaidOnline", "Satisfied", "ImportId")
                VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10)
                """;
            // The parameters are made once and given new values for each row: a command the connection has prepared
            // (PostgreSQL's auto-prepare) keeps the parameters it was prepared with, so clearing and re-adding them is not seen.
            for (var n = 0; n < 11; n++)
            {
                var parameter = insert.CreateParameter();
                parameter.ParameterName = $"@p{n}";
                // Export times carry no zone: "timestamp without time zone" on PostgreSQL.
                if (n is 3 or 4 or 5) parameter.DbType = System.Data.DbType.DateTime2;
                insert.Parameters.Add(parameter);
            }
            foreach (var (d, i) in dossiers.Select((d, i) => (d, i)))
            {
                // Earlier versions let 01/01/0001 in as a placeholder deadline: it is kept as it was.
                object?[] values = [units[i < 1500 ? "bac-son" : "an-binh"], d.Code, d.Field, d.Received, i == 0 ? DateTime.MinValue : d.Deadline, d.Resolved, (int)d.Channel, d.Fee, d.PaidOnline, d.Satisfied, i < 700 ? 1 : 2];
                for (var n = 0; n < values.Length; n++) insert.Parameters[n].Value = values[n] ?? DBNull.Value;
                await insert.ExecuteNonQueryAsync();
            }
            await transaction.CommitAsync();
        }

        await using (var db = _database.Open()) await Database.MigrateAsync(db);

        await using (var db = _database.Open())
        {
            var store = new DossierStore(db);
            Assert.Equal((1500, 500), (await store.CountAsync("bac-son"), await store.CountAsync("an-binh")));
            var window = new ReportingPeriod(2024, PeriodKind.Year).DefaultWindow;
            var expected = new DossierStatistics(window);
            expected.AddRange(dossiers.Take(1500).Select((d, i) => i == 0 ? d with { Deadline = DateTime.MinValue } : d));
            var actual = await store.StatisticsAsync("bac-son", window);
            Assert.Equal(expected.Rows, actual.Rows);
            Assert.Equal((expected.OnlinePaymentRate, expected.SatisfactionRate), (actual.OnlinePaymentRate, actual.SatisfactionRate));
            Assert.Equal(3, await db.DossierBlocks.CountAsync());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
    }
}

public sealed class SqliteLegacyDossiersTest() : LegacyDossiersTest(postgres: false);

public sealed class PostgresLegacyDossiersTest() : LegacyDossiersTest(postgres: true);
