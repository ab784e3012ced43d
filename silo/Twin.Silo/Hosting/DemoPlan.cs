using System.Globalization;
using Microsoft.Extensions.Options;
using Twin.Grains.Scenarios;
using Twin.Models.City;
using Twin.Models.Demo;

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

    /// <summary>Creates the example plan with its edits and runs its whole chain (today's first); does nothing when the plan exists.</summary>
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

        // The plan's whole chain (it runs today's first): the viewer has every result layer from the start.
        await foreach (var update in scenario.RunStreamAsync())
        {
            if (update.Outcome is { } run)
            {
                var problems = string.Join("; ", run.Problems);
                TwinLog.ScenarioRun(logger, update.Scenario ?? DemoProposal.Id, run.RelativeGaps.Length, run.RelativeGap, run.VehicleHours, problems);
            }
        }
    }
}
