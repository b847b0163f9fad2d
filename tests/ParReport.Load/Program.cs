using ParReport.Domain.Demo;
using ParReport.Load;

// dotnet run --project tests/ParReport.Load -c Release -- --users 200 --duration 300 [--url http://…] [--seed 1] [--think 1000]
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
if (options.Url is null) Console.WriteLine(LoadMessages.Starting);
WebServer server;
try
{
    server = options.Url is { } url ? WebServer.Existing(url, options.Pid) : await WebServer.StartAsync(options, stop.Token);
}
catch (Npgsql.NpgsqlException e)
{
    Console.Error.WriteLine(LoadMessages.NoDatabase(options.Connection, e.Message));
    return 2;
}
await using var _ = server;
Console.WriteLine(LoadMessages.Started(server.Url));

// The simulated users are spread over the demo accounts in turn, each with a session of its own.
var times = new PageTimes();
var users = Enumerable.Range(0, options.Users)
    .Select(i => new SimulatedUser(i, DemoUsers.All[i % DemoUsers.All.Count].UserName, server.Url, times, options)).ToList();
try
{
    Console.WriteLine(LoadMessages.LoggingIn(users.Count));
    // A few log-ins at a time: each hashes a password, which is slow on purpose and not what the pages are measured for.
    using (var logins = new SemaphoreSlim(4))
        await Task.WhenAll(users.Select(async user =>
        {
            await logins.WaitAsync(stop.Token);
            try { await user.LogInAsync(stop.Token); }
            finally { logins.Release(); }
        }));

    // Each user who fills forms gets a field of their own, so that two users never change the same value at once
    // (a conflict the form would rightly refuse); users beyond the fields only read.
    foreach (var account in users.GroupBy(u => u.Account))
    {
        var first = account.First();
        var fields = new List<(string Form, string Code)>();
        foreach (var form in first.WritableForms)
            fields.AddRange((await first.WritableFieldsAsync(form, stop.Token)).Select(code => (form, code)));
        foreach (var (user, field) in account.Zip(fields)) user.Field = field;
    }
    Console.WriteLine(LoadMessages.Accounts(users.GroupBy(u => u.Account).Select(g => (g.Key, g.Count(), g.Count(u => u.Field is not null)))));

    var login = times.Summarise().FirstOrDefault(s => s.Page == LoadMessages.Login);
    var setupErrors = times.Summarise().Sum(s => s.Errors);
    if (login is not null) Console.WriteLine(LoadMessages.LoginTimes(login));
    foreach (var error in times.Summarise().SelectMany(s => s.FirstErrors)) Console.WriteLine(LoadMessages.FirstError(error));
    times.Clear();

    Console.WriteLine(LoadMessages.Running(options.Users, options.DurationSeconds, options.ThinkMs, options.Seed));
    var memoryStart = server.Memory();
    using var run = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
    run.CancelAfter(TimeSpan.FromSeconds(options.DurationSeconds));
    var started = DateTime.UtcNow;
    var until = started.AddSeconds(options.DurationSeconds);
    var running = users.Select(u => Task.Run(() => u.RunAsync(until, run.Token))).ToList();
    long? memoryMiddle = null;
    try
    {
        await Task.Delay(TimeSpan.FromSeconds(options.DurationSeconds / 2.0), run.Token);
        memoryMiddle = server.Memory();
    }
    catch (OperationCanceledException)
    {
    }
    await Task.WhenAll(running);
    var seconds = (DateTime.UtcNow - started).TotalSeconds;
    var memoryEnd = server.Memory();

    var pages = times.Summarise();
    Console.WriteLine();
    Console.WriteLine(LoadMessages.Header);
    foreach (var page in pages) Console.WriteLine(LoadMessages.Row(page, seconds));
    Console.WriteLine(LoadMessages.Total(pages.Sum(p => p.Count), pages.Sum(p => p.Errors), seconds));
    foreach (var error in pages.SelectMany(p => p.FirstErrors)) Console.WriteLine(LoadMessages.FirstError(error));
    Console.WriteLine(LoadMessages.Memory(memoryStart, memoryMiddle, memoryEnd));
    var limit = options.Users <= 50 ? 50 : 200;
    foreach (var page in pages.Where(p => p.Page is LoadMessages.Report or LoadMessages.Form)) Console.WriteLine(LoadMessages.Target(page.Page, page.P95, limit));
    var errors = setupErrors + pages.Sum(p => p.Errors);
    Console.WriteLine(LoadMessages.Errors(errors));
    return errors == 0 ? 0 : 1;
}
finally
{
    foreach (var user in users) user.Dispose();
}
