using Microsoft.Extensions.Options;
using Twin.Models.City;
using Twin.Models.Demo;
using Twin.Silo.Hosting;

namespace Twin.Silo.Sensors;

/// <summary>
/// Sends simulated readings for the demo's sensors through the same ingest as real sensors, every
/// few seconds, after filling in recent history. Only sensors of the demo district (ids starting
/// with "sensor-") are fed, and each is marked simulated wherever it is shown.
/// </summary>
public sealed class SimulatedFeed(
    SensorDirectory directory,
    ReadingRouter router,
    SimulatedSensors simulated,
    SiloReadiness readiness,
    TimeProvider time,
    IOptions<TwinOptions> options,
    ILogger<SimulatedFeed> logger) : BackgroundService
{
    private const string DemoSensorPrefix = "sensor-";
    private const int BatchSize = 5_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value.Demo.SimulatedFeed;
        if (!settings.Enabled)
        {
            return;
        }

        await readiness.WhenReady.WaitAsync(stoppingToken);
        var sensors = (await directory.AllAsync(stoppingToken))
            .Where(s => s.Id.StartsWith(DemoSensorPrefix, StringComparison.Ordinal) && s.SensorKind != SensorKind.Noise)
            .ToList();
        if (sensors.Count == 0)
        {
            return;
        }

        sensors.ForEach(s => simulated.Add(s.Id));
        var feed = new DemoFeed(options.Value.Demo.Seed);
        var until = time.GetUtcNow().UtcDateTime;
        try
        {
            await SendAsync(feed, sensors, until.AddHours(-settings.BackfillHours), until);
            TwinLog.SimulatedFeedStarted(logger, sensors.Count, settings.BackfillHours);
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.IntervalSeconds), time);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var now = time.GetUtcNow().UtcDateTime;
                await SendAsync(feed, sensors, until, now);
                until = now;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The silo is stopping.
        }
        catch (Exception exception)
        {
            TwinLog.SimulatedFeedFailed(logger, exception);
        }
    }

    private async Task SendAsync(DemoFeed feed, List<Sensor> sensors, DateTime from, DateTime to)
    {
        var readings = sensors.SelectMany(s => feed.Readings(s, from, to).Select(r => new RoutedReading(s.Id, r)));
        foreach (var batch in readings.Chunk(BatchSize))
        {
            await router.IngestAsync(batch);
        }
    }
}
