using System.Diagnostics;
using System.Text.RegularExpressions;
using Npgsql;

namespace ParReport.Load;

/// <summary>
/// The web app under load: started here as a process of its own on loopback, on a PostgreSQL database made afresh
/// (the app fills it with the demo on its first start), or one already running at a given address.
/// </summary>
public sealed partial class WebServer : IAsyncDisposable
{
    private readonly Process? _process;
    private readonly int? _pid;
    private readonly string? _database;
    private readonly string? _adminConnection;

    public Uri Url { get; }

    private WebServer(Uri url, Process? process, int? pid, string? database, string? adminConnection) =>
        (Url, _process, _pid, _database, _adminConnection) = (url, process, pid, database, adminConnection);

    public static WebServer Existing(Uri url, int? pid) => new(url, null, pid, null, null);

    public static async Task<WebServer> StartAsync(LoadOptions options, CancellationToken cancel)
    {
        var connection = new NpgsqlConnectionStringBuilder(options.Connection);
        var database = connection.Database ?? "parreport_load";
        if (!DatabaseName().IsMatch(database)) throw new ArgumentException(LoadMessages.BadDatabaseName(database));
        var admin = new NpgsqlConnectionStringBuilder(options.Connection) { Database = "postgres", Pooling = false, Multiplexing = false }.ConnectionString;
        await DropAsync(admin, database, cancel);

        var dll = Path.Combine(RepositoryRoot(), "src", "ParReport.Web", "bin", Configuration, "net10.0", "ParReport.Web.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException(LoadMessages.WebAppMissing(dll));
        var url = new Uri($"http://127.0.0.1:{options.Port}");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { dll, "--urls", url.ToString().TrimEnd('/') }) start.ArgumentList.Add(arg);
        start.Environment["ConnectionStrings__ParReport"] = new NpgsqlConnectionStringBuilder(options.Connection) { Database = database }.ConnectionString;
        start.Environment["Demo__Enabled"] = "true";
        // Reminders are timed work of their own, not what users wait for.
        start.Environment["Reminders__Enabled"] = "false";
        var process = Process.Start(start) ?? throw new InvalidOperationException(LoadMessages.WebAppNotStarted);
        // Its output is read so that a full pipe never blocks it; only errors are shown.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) Console.Error.WriteLine(line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new WebServer(url, process, process.Id, options.KeepDatabase ? null : database, admin);
        await server.WaitReadyAsync(process, cancel);
        return server;
    }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    /// <summary>The server's resident memory in bytes, or null when its process is not known.</summary>
    public long? Memory()
    {
        if (_pid is not { } pid) return null;
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.WorkingSet64;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private async Task WaitReadyAsync(Process process, CancellationToken cancel)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited) throw new InvalidOperationException(LoadMessages.WebAppExited(process.ExitCode));
            try
            {
                if ((await http.GetAsync(new Uri(Url, "/Account/Login"), cancel)).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancel.IsCancellationRequested)
            {
            }
            await Task.Delay(500, cancel);
        }
        throw new TimeoutException(LoadMessages.WebAppNotReady(Url));
    }

    private static async Task DropAsync(string admin, string database, CancellationToken cancel)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync(cancel);
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync(cancel);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "ParReport.slnx"))) return folder.FullName;
        throw new DirectoryNotFoundException(LoadMessages.NoRepository);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
            _process.Dispose();
        }
        if (_database is not null && _adminConnection is not null) await DropAsync(_adminConnection, _database, CancellationToken.None);
    }

    [GeneratedRegex("^[a-z0-9_]+$")]
    private static partial Regex DatabaseName();
}
