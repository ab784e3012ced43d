using System.Globalization;
using Microsoft.Extensions.Options;
using Twin.Grains.Scenarios;
using Twin.Models.City;
using Twin.Models.Demo;
using Twin.Models.Geo;

namespace Twin.Silo.Hosting;

/// <summary>
/// The demo's example plan, so "today" and a proposal can be compared in the viewer from the first start:
/// created after the demo district is seeded, also when the seed was interrupted by a crash and rolled
/// forward afterwards (by the restarted silo or by a survivor of the cluster).
/// </summary>
public sealed class DemoPlan(IGrainFactory grains, IOptions<TwinOptions> options, ILogger<DemoPlan> logger)
{
    /// <summary>The journaled import id of the demo seed: the same on every silo, so a cluster seeds once.</summary>
    public string ImportId => string.Create(CultureInfo.InvariantCulture, $"demo-{options.Value.Demo.Scale}-{options.Value.Demo.Seed}");

    /// <summary>The demo district the settings describe (generated again the same way every time).</summary>
    public CitySet District() => DemoDistrict.Generate(new DemoOptions { Seed = options.Value.Demo.Seed, Scale = options.Value.Demo.Scale });

    /// <summary>Creates the example plan with its edits and runs traffic for today and the plan; does nothing when the plan exists.</summary>
    public async Task CreateAsync(CitySet demo)
    {
        var dataset = options.Value.Dataset;
        var scenario = grains.GetGrain<IScenarioGrain>(new ScenarioKey(dataset, DemoProposal.Id).ToString());
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

        // Today's traffic first: the plan's run compares with it (the "delta-flow" layer).
        foreach (var id in new[] { TileKey.BaseScenario, DemoProposal.Id })
        {
            var run = await grains.GetGrain<IScenarioGrain>(new ScenarioKey(dataset, id).ToString()).RunTrafficAsync();
            var problems = string.Join("; ", run.Problems);
            TwinLog.TrafficRun(logger, id, run.RelativeGaps.Length, run.RelativeGap, run.VehicleHours, problems);
        }
    }
}
