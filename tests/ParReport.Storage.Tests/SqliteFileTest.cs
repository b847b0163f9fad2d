namespace ParReport.Storage.Tests;

public class SqliteFileTest
{
    [Fact]
    public async Task The_SQLite_file_and_its_folder_are_created_on_first_run()
    {
        var folder = Path.Combine(Path.GetTempPath(), "parreport-tests", Guid.NewGuid().ToString("N"));
        var file = Path.Combine(folder, "data", "parreport.db");
        try
        {
            await using (var db = Database.Create($"Data Source={file};Pooling=False"))
            {
                await Database.MigrateAsync(db);
                Assert.IsType<SqliteParReportDbContext>(db);
            }
            Assert.True(File.Exists(file));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("Data Source=data/parreport.db", false)]
    [InlineData("Host=127.0.0.1;Database=parreport;Username=postgres", true)]
    public void The_provider_follows_the_connection_string(string connectionString, bool postgres) =>
        Assert.Equal(postgres, Database.IsPostgres(connectionString));
}
