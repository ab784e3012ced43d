using System.Diagnostics;
using Microsoft.Extensions.Options;
using Twin.Grains.City;
using Twin.Models.Geo;

namespace Twin.Silo.Hosting;

/// <summary>
/// At start, first completes imports a crash interrupted, then, when the store holds no entities and
/// Twin:Demo:SeedWhenEmpty is on, writes the synthetic Stationsgebied district as one journaled import
/// with a fixed id, so that of the silos of a cluster starting together only one seeds. Then marks the silo ready.
/// </summary>
public sealed class DemoSeeder(
    IGrainFactory grains,
    CityImports imports,
    DemoPlan plan,
    ImportRecovery recovery,
    SiloReadiness readiness,
    IOptions<TwinOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<DemoSeeder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The silo (a hosted service itself) accepts grain calls once the application has started.
        await WhenStartedAsync(stoppingToken);
        try
        {
            await recovery.RecoverAsync(stoppingToken);
            var stats = await grains.GetGrain<ICityGrain>(options.Value.Dataset).GetStatsAsync(TileKey.BaseScenario);
            if (stats.Counts.Total > 0 || !options.Value.Demo.SeedWhenEmpty)
            {
                TwinLog.StoreNotEmpty(logger, stats.Counts.Total, stats.DatasetVersion);
                return;
            }

            var clock = Stopwatch.StartNew();
            var settings = options.Value.Demo;
            var demo = plan.District();
            TwinLog.SeedingDemo(logger, settings.Scale, demo.Count);
            var id = plan.ImportId;
            var source = $"demo: synthetic Hilversum ({settings.Scale}, seed {settings.Seed})";
            if (await imports.ImportAsync(options.Value.Dataset, id, demo, source, cancellationToken: stoppingToken) is not { } result)
            {
                TwinLog.DemoSeededElsewhere(logger);
                return;
            }

            TwinLog.DemoSeeded(logger, result.Created, result.TilesUpdated, clock.Elapsed.TotalSeconds);
            await plan.CreateAsync(demo);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            TwinLog.SeedingFailed(logger, exception);
        }
        finally
        {
            readiness.MarkReady();
        }
    }

    private Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        return started.Task;
    }
}
