using Twin.Models.City;
using Twin.Models.Demo;
using Twin.Models.Planning;

namespace Twin.Models.Tests.Demo;

public sealed class DemoProposalTests(ITestOutputHelper output)
{
    [Fact]
    public void Edits_Stationsgebied_ValidAgainstTheDemoAndReplaceBuildingsByThreeTowersAndFellTrees()
    {
        var demo = DemoDistrict.Generate(DemoOptions.Default);
        var known = demo.All().Select(EntityKey.Of).ToHashSet();

        var edits = DemoProposal.Edits(demo);

        Assert.Empty(ScenarioValidation.Validate(edits, known.Contains));
        Assert.Equal(DemoProposal.Replaced, edits.OfType<RemoveBuilding>().Count());
        var towers = edits.OfType<AddBuilding>().Select(a => a.Building).ToList();
        Assert.Equal(3, towers.Count);
        Assert.All(towers, t => Assert.True(t.Height > 35));
        var plan = ScenarioOverlay.Apply(demo, edits);
        Assert.Equal(demo.Buildings.Length - DemoProposal.Replaced + 3, plan.Buildings.Length);
        var felled = edits.OfType<RemoveTree>().Select(t => t.TreeId).ToHashSet();
        Assert.NotEmpty(felled);
        Assert.Equal(demo.Trees.Length - felled.Count, plan.Trees.Length);
        Assert.All(demo.Trees.Where(t => felled.Contains(t.Id)), tree => Assert.Contains(towers, t => t.Footprint.Envelope.Expanded(DemoProposal.SiteClearance).Contains(tree.Location)));
        Assert.Contains(plan.StreetSegments, s => s.StreetName == "Snelliuslaan" && s.OneWay);
    }

    [Fact]
    public void Assess_DemoProposal_AddsDwellingsAndFellsTrees()
    {
        var demo = DemoDistrict.Generate(DemoOptions.Default);
        var edits = DemoProposal.Edits(demo);

        var run = new ScenarioAssessor(DemoProposal.Id, 2, DateTimeOffset.UnixEpoch, demo, edits, null);
        var indicators = run.Indicators();

        Assert.True(indicators.Succeeded);
        var result = indicators.Value!;
        output.WriteLine($"area {result.Base.PlanArea:0} m²; dwellings {result.Base.Dwellings} -> {result.Planned.Dwellings}; GFA {result.Base.GrossFloorArea:0} -> {result.Planned.GrossFloorArea:0}; trees removed {result.Impact.TreesRemoved}, protected affected {result.Impact.ProtectedTreesAffected}; conflicts {result.Impact.UndergroundConflicts.Length}");
        var towers = edits.OfType<AddBuilding>().Select(a => a.Building).ToList();
        var replaced = edits.OfType<RemoveBuilding>().Select(r => demo.Buildings.Single(b => b.Id == r.BuildingId)).ToList();
        Assert.Equal(towers.Sum(t => t.Dwellings) - replaced.Sum(b => b.Dwellings), result.Planned.Dwellings - result.Base.Dwellings);
        Assert.Equal(edits.OfType<RemoveTree>().Count(), result.Impact.Trees.Count(t => t.Impact == TreeImpactKind.Felled));
        Assert.Equal(towers.Select(t => t.Id).Order(), result.Impact.NewBuildings);
    }
}
