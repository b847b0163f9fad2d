using ParReport.Application.Notices;

namespace ParReport.Web;

/// <summary>Gives the deadline reminders at start and every hour; each is given once (<see cref="Reminders"/>), so running often costs nothing.</summary>
internal sealed class ReminderService(IServiceScopeFactory scopes, ILogger<ReminderService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<Reminders>().RunAsync(stopping);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Reminders failed; trying again in an hour.");
            }
        } while (await timer.WaitForNextTickAsync(stopping));
    }
}
