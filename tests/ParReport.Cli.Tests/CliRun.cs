namespace ParReport.Cli.Tests;

/// <summary>Runs the CLI in-process against a fresh SQLite file in a temporary folder.</summary>
public sealed class CliRun : IDisposable
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "parreport-cli-tests", Guid.NewGuid().ToString("N"));

    public CliRun() => Directory.CreateDirectory(Folder);

    public string ConnectionString => $"Data Source={Path.Combine(Folder, "data", "parreport.db")};Pooling=False";

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public Task<(int Exit, string Output, string Error)> RunAsync(params string[] args) => RunOnAsync(ConnectionString, args);

    /// <summary>Runs the CLI on another database (a PostgreSQL one).</summary>
    public async Task<(int Exit, string Output, string Error)> RunOnAsync(string connectionString, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync([.. args, "--db", connectionString], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
