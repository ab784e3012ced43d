using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using Twin.Grains.City;
using Twin.Grains.Scenarios;
using Twin.Models.City;
using Twin.Models.Demo;
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
            var demo = DemoDistrict.Generate(new DemoOptions { Seed = settings.Seed, Scale = settings.Scale });
            TwinLog.SeedingDemo(logger, settings.Scale, demo.Count);
            var id = string.Create(CultureInfo.InvariantCulture, $"demo-{settings.Scale}-{settings.Seed}");
            var source = $"demo: synthetic Hilversum ({settings.Scale}, seed {settings.Seed})";
            if (await imports.ImportAsync(options.Value.Dataset, id, demo, source, cancellationToken: stoppingToken) is not { } result)
            {
                TwinLog.DemoSeededElsewhere(logger);
                return;
            }

            TwinLog.DemoSeeded(logger, result.Created, result.TilesUpdated, clock.Elapsed.TotalSeconds);
            await SeedProposalAsync(demo);
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

    /// <summary>The example plan, so "today" and a proposal can be compared in the viewer from the first start.</summary>
    private async Task SeedProposalAsync(CitySet demo)
    {
        var scenario = grains.GetGrain<IScenarioGrain>(new ScenarioKey(options.Value.Dataset, DemoProposal.Id).ToString());
        if (await scenario.CreateAsync(DemoProposal.Name, DemoProposal.Description) is null)
        {
            return;
        }

        var edits = DemoProposal.Edits(CitySet.From(demo.All().Select(CityPrecision.Normalize)));
        var result = await scenario.EditAsync(edits);
        if (!result.Accepted)
        {
            TwinLog.ProposalRejected(logger, string.Join("; ", result.Problems));
            return;
        }

        // The plan's whole chain (it runs today's first): the viewer has every result layer from the start.
        await foreach (var update in grains.GetGrain<IScenarioGrain>(new ScenarioKey(options.Value.Dataset, DemoProposal.Id).ToString()).RunStreamAsync())
        {
            if (update.Outcome is { } run)
            {
                var problems = string.Join("; ", run.Problems);
                TwinLog.ScenarioRun(logger, update.Scenario ?? DemoProposal.Id, run.RelativeGaps.Length, run.RelativeGap, run.VehicleHours, problems);
            }
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
