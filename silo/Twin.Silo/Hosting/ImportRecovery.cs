using Microsoft.Extensions.Options;
using Twin.Grains.City;

namespace Twin.Silo.Hosting;

/// <summary>
/// Rolls forward imports whose silo died while applying them. The silo's start runs it once before it
/// reports ready (<see cref="DemoSeeder"/>); after that every silo of a cluster looks again every few
/// seconds, so a survivor completes the imports of a silo that was killed. A rolled-forward demo seed
/// gets its example plan (<see cref="DemoPlan"/>) as an uninterrupted one does.
/// </summary>
public sealed class ImportRecovery(
    CityImports imports, DemoPlan demoPlan, SiloReadiness readiness, IOptions<TwinOptions> options, ILogger<ImportRecovery> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    /// <summary>Completes the abandoned imports of the dataset now.</summary>
    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        foreach (var pending in await imports.PendingAsync(options.Value.Dataset))
        {
            TwinLog.ImportPending(logger, pending.Id, pending.Source, pending.Owner);
        }

        foreach (var done in await imports.RecoverAsync(options.Value.Dataset, cancellationToken))
        {
            TwinLog.ImportRolledForward(logger, done.Id, done.Source, done.Counts.Total);
            if (done.Id == demoPlan.ImportId)
            {
                // The demo seed was interrupted before its example plan was made: the plan follows the roll forward.
                await demoPlan.CreateAsync(demoPlan.District());
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await readiness.WhenReady.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RecoverAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                TwinLog.ImportRecoveryFailed(logger, exception);
            }
        }
    }
}
