using Npgsql;
using ParReport.Storage;

namespace ParReport.Storage.Tests;

/// <summary>PostgreSQL connections prepare their frequent statements unless the connection string says otherwise.</summary>
public sealed class AutoPrepareTest
{
    [Fact]
    public void A_connection_string_without_the_option_gets_it()
    {
        var prepared = new NpgsqlConnectionStringBuilder(Database.WithAutoPrepare("Host=127.0.0.1;Database=parreport"));
        Assert.Equal(Database.AutoPrepared, prepared.MaxAutoPrepare);
        Assert.Equal("parreport", prepared.Database);
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Max Auto Prepare=0", 0)]
    [InlineData("Host=127.0.0.1;max auto prepare=7", 7)]
    [InlineData("Host=127.0.0.1;MaxAutoPrepare=5", 5)]
    public void A_connection_string_that_sets_it_keeps_its_value(string connectionString, int expected) =>
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(Database.WithAutoPrepare(connectionString)).MaxAutoPrepare);
}
