using System.Diagnostics;
using System.Text;

namespace ParReport.Faults;

/// <summary>The real `parreport` command and web app, started as processes of their own (`dotnet` on the built dll), run to the end or killed.</summary>
public static class Programs
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public static string Root { get; } = FindRoot();
    private static string Cli => Path.Combine(Root, "src", "ParReport.Cli", "bin", Configuration, "net10.0", "parreport.dll");
    private static string Web => Path.Combine(Root, "src", "ParReport.Web", "bin", Configuration, "net10.0", "ParReport.Web.dll");

    /// <summary>How long a command may take after a kill before it counts as hanging (a migration lock waited on for ever).</summary>
    public static readonly TimeSpan HangAfter = TimeSpan.FromMinutes(3);

    /// <summary>The temporary folder of the started processes, apart from the machine's, so that what a killed one leaves there is seen.</summary>
    public static string TempFolder { get; set; } = Path.GetTempPath();

    /// <summary>The files a killed process left in <see cref="TempFolder"/>, the runtime's own debugger pipes and diagnostics socket aside.</summary>
    public static string[] LeftInTemp() => Directory.GetFiles(TempFolder)
        .Where(f => !Path.GetFileName(f).StartsWith("clr-debug-pipe-", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith("dotnet-diagnostic-", StringComparison.Ordinal))
        .ToArray();

    public sealed record Run(int Exit, string Output, string Error, TimeSpan Elapsed);

    /// <summary>Runs `parreport ARGS --db DB` to its end; a run longer than <see cref="HangAfter"/> is killed and thrown as a hang.</summary>
    public static async Task<Run> ParReportAsync(string db, params string[] args)
    {
        using var process = StartCli(db, args, out var output, out var error);
        var clock = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(HangAfter);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw new TimeoutException(FaultMessages.Hung(string.Join(' ', args)));
        }
        process.WaitForExit();
        return new Run(process.ExitCode, output.ToString(), error.ToString(), clock.Elapsed);
    }

    /// <summary>The start-up of a command: the shortest of three runs of one that only opens the database and lists the requests.</summary>
    public static async Task<TimeSpan> StartupAsync(string db)
    {
        var runs = new List<TimeSpan>();
        for (var i = 0; i < 3; i++) runs.Add((await ParReportAsync(db, "requests", "list")).Elapsed);
        return runs.Min();
    }

    /// <summary>Starts `parreport ARGS --db DB` and kills it with SIGKILL after <paramref name="after"/>; true when it was still running then.</summary>
    public static async Task<bool> KillParReportAsync(string db, TimeSpan after, params string[] args)
    {
        using var process = StartCli(db, args, out _, out _);
        return await KillAsync(process, after);
    }

    private static async Task<bool> KillAsync(Process process, TimeSpan after)
    {
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(after)) == exited) return false;
        process.Kill();
        await process.WaitForExitAsync();
        return true;
    }

    private static Process StartCli(string db, string[] args, out StringBuilder output, out StringBuilder error)
    {
        if (!File.Exists(Cli)) throw new FileNotFoundException(FaultMessages.Missing(Cli));
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[Cli, .. args, "--db", db]) start.ArgumentList.Add(arg);
        start.Environment["TMPDIR"] = TempFolder;
        var process = Process.Start(start)!;
        var (o, e) = (new StringBuilder(), new StringBuilder());
        process.OutputDataReceived += (_, line) => { if (line.Data is { } text) lock (o) o.AppendLine(text); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is { } text) lock (e) e.AppendLine(text); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        (output, error) = (o, e);
        return process;
    }

    /// <summary>Starts the web app on the database and waits until it answers; throws when it does not within <see cref="HangAfter"/>.</summary>
    public static async Task<Process> StartWebAsync(string db, Uri url)
    {
        if (!File.Exists(Web)) throw new FileNotFoundException(FaultMessages.Missing(Web));
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(Web)!, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Web, "--urls", url.ToString().TrimEnd('/') }) start.ArgumentList.Add(arg);
        start.Environment["ConnectionStrings__ParReport"] = db;
        start.Environment["Demo__Enabled"] = "false";
        start.Environment["Reminders__Enabled"] = "false";
        start.Environment["TMPDIR"] = TempFolder;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow + HangAfter;
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited) throw new InvalidOperationException(FaultMessages.WebExited(process.ExitCode));
            try
            {
                if ((await http.GetAsync(new Uri(url, "/Account/Login"))).IsSuccessStatusCode) return process;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        process.Kill();
        throw new TimeoutException(FaultMessages.Hung("web"));
    }

    /// <summary>Kills the web app after <paramref name="after"/>, unless the work it is doing ends first; true when it was killed mid-work.</summary>
    public static async Task<bool> KillWebAsync(Process web, Task work, TimeSpan after)
    {
        var landed = await Task.WhenAny(work, Task.Delay(after)) != work;
        web.Kill();
        await web.WaitForExitAsync();
        // Work that ended before the kill must have succeeded; work cut short by it fails, as it should.
        if (!landed) await work;
        else
            try
            {
                await work;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
            }
        return landed;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "ParReport.slnx"))) return folder.FullName;
        throw new DirectoryNotFoundException("ParReport.slnx");
    }
}
