using Twin.Models.City;
using Twin.Models.Demo;
using Twin.Models.Planning;

namespace Twin.Models.Tests.Demo;

public sealed class DemoProposalTests
{
    [Fact]
    public void Edits_Stationsgebied_ValidAgainstTheDemoAndReplaceBuildingsByTwoTowers()
    {
        var demo = DemoDistrict.Generate(DemoOptions.Default);
        var known = demo.All().Select(EntityKey.Of).ToHashSet();

        var edits = DemoProposal.Edits(demo);

        Assert.Empty(ScenarioValidation.Validate(edits, known.Contains));
        Assert.Equal(DemoProposal.Replaced, edits.OfType<RemoveBuilding>().Count());
        var towers = edits.OfType<AddBuilding>().Select(a => a.Building).ToList();
        Assert.Equal(2, towers.Count);
        Assert.All(towers, t => Assert.True(t.Height > 35));
        var plan = ScenarioOverlay.Apply(demo, edits);
        Assert.Equal(demo.Buildings.Length - DemoProposal.Replaced + 2, plan.Buildings.Length);
        Assert.Contains(plan.StreetSegments, s => s.StreetName == "Snelliuslaan" && s.OneWay);
    }
}
