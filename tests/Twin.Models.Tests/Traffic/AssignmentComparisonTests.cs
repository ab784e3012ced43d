using Twin.Models.Traffic;

namespace Twin.Models.Tests.Traffic;

public sealed class AssignmentComparisonTests
{
    [Fact]
    public void Compare_BraessWithoutItsMiddleLink_EveryoneIsBetterOff()
    {
        // Without link 3 -> 4 the trips split 3/3 over 1-3-2 and 1-4-2: each costs 10 × 3 + 50 + 3 = 83,
        // TSTT 6 × 83 = 498 instead of 552 (the Braess paradox); 1-3 and 4-2 lose a trip, 1-4 and 3-2 gain one.
        var (network, demand) = TrafficFiles.Read(TrafficFiles.BraessNet, TrafficFiles.BraessTrips);
        var links = network.Links.Select((l, a) => l with { Name = network.Describe(a) }).ToList();
        var withMiddle = TrafficNetwork.Create(network.NodeNames, links, network.Options).Require();
        var withoutMiddle = TrafficNetwork.Create(network.NodeNames, links.Where(l => !(l.From == 2 && l.To == 3)).ToList(), network.Options).Require();
        var options = new AssignmentOptions { TargetRelativeGap = 1e-10, MaxIterations = 100 };
        var before = TrafficFiles.Assign(withMiddle, demand, options);
        var after = TrafficFiles.Assign(withoutMiddle, demand, options);

        var comparison = AssignmentComparison.Compare(withMiddle, before, withoutMiddle, after);

        Assert.Equal(498 - 552, comparison.TotalTravelTimeChange, 1e-2);
        Assert.Equal((498 - 552) / 60.0, comparison.VehicleHoursChange, 1e-3);
        var removed = Assert.Single(comparison.Links, l => l.ScenarioLink < 0);
        Assert.Equal("link 4 (3 -> 4)", removed.Name);
        Assert.Equal(-2, removed.FlowChange, 1e-3);
        Assert.Equal(-2, removed.VolumeCapacityChange, 1e-3);
        Assert.Equal(-1, comparison.Links.Single(l => l.Name == "link 1 (1 -> 3)").FlowChange, 1e-3);
        Assert.Equal(1, comparison.Links.Single(l => l.Name == "link 2 (1 -> 4)").FlowChange, 1e-3);
        Assert.Equal("link 4 (3 -> 4)", comparison.MostChanged(1)[0].Name);
        // Every link is 100 long: before 4 + 2 + 2 + 2 + 4 = 14 vehicle-links, after 3 + 3 + 3 + 3 = 12.
        Assert.Equal(-200, comparison.VehicleDistanceChange, 1e-2);
    }
}
