using Twin.Models.Traffic;
using Twin.Testing;

namespace Twin.Models.Tests.Traffic;

public sealed class TrafficAssignmentTests
{
    [Fact]
    public void Run_DisconnectedPairs_NamesThePairsAndAssignsNothing()
    {
        // 1 -> 2 and 3 -> 2 only: nothing leaves 2, and 1 cannot reach 3.
        var network = TrafficFiles.Network(TrafficFiles.NetText(3, 3, 1,
            "1\t2\t100\t1\t1\t0.15\t4\t0\t0\t1",
            "3\t2\t100\t1\t1\t0.15\t4\t0\t0\t1")).Require();
        var demand = new OdMatrix(3) { [0, 1] = 5, [0, 2] = 7, [1, 0] = 2 };

        var result = TrafficFiles.Assign(network, demand, AssignmentOptions.Default);

        Assert.False(result.Succeeded);
        Assert.True(result.Flow.IsEmpty);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("2 OD pairs have trips but no path: 1 -> 3 (7 trips), 2 -> 1 (2 trips)", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AssignmentMethod.AlgorithmB)]
    [InlineData(AssignmentMethod.FrankWolfe)]
    public void Run_FirstThroughNode_NoPathPassesThroughACentroid(AssignmentMethod method)
    {
        // Zones 1, 2 and 3; the short way from 1 to 3 runs through zone 2 (1-2-3, cost 2), the long way
        // through node 4 (1-4-3, cost 20). With <FIRST THRU NODE> 4 all trips must take the long way.
        string[] links =
        [
            "1\t2\t1000\t1\t1\t0.15\t4\t0\t0\t1",
            "2\t3\t1000\t1\t1\t0.15\t4\t0\t0\t1",
            "1\t4\t1000\t1\t10\t0.15\t4\t0\t0\t1",
            "4\t3\t1000\t1\t10\t0.15\t4\t0\t0\t1",
        ];
        var closed = TrafficFiles.Network(TrafficFiles.NetText(3, 4, 4, links)).Require();
        var open = TrafficFiles.Network(TrafficFiles.NetText(3, 4, 1, links)).Require();
        var demand = new OdMatrix(3) { [0, 2] = 10 };
        var options = new AssignmentOptions { Method = method };

        var throughZone = TrafficFiles.Assign(open, demand, options);
        var aroundZone = TrafficFiles.Assign(closed, demand, options);

        Assert.Equal(10, throughZone.Flow[open.FindLink("2", "3")], 1e-9);
        Assert.Equal(0, aroundZone.Flow[closed.FindLink("2", "3")]);
        Assert.Equal(10, aroundZone.Flow[closed.FindLink("4", "3")], 1e-9);
    }

    [Fact]
    public void Run_DemandForOtherZones_IsAProblem()
    {
        var network = TntpReader.ReadNetwork(SharedData.File(TrafficFiles.SiouxFallsNet)).Require();

        var result = TrafficFiles.Assign(network, new OdMatrix(3), AssignmentOptions.Default);

        Assert.Contains("the demand has 3 zones but the network 24", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SiouxFalls_TotalsAreConsistentWithTheLinks()
    {
        var (network, demand) = TrafficFiles.Read(TrafficFiles.SiouxFallsNet, TrafficFiles.SiouxFallsTrips);

        var result = TrafficFiles.Assign(network, demand, AssignmentOptions.Default);

        var link = result.Link(0);
        Assert.Equal(result.Flow[0] / network.Links[0].Capacity, link.VolumeCapacity, 1e-12);
        Assert.Equal(network.Links[0].Length / (link.Time / 60), link.Speed, 1e-9);
        Assert.Equal(result.TotalTravelTime / 60, result.VehicleHours, 1e-6);
        Assert.Equal(Enumerable.Range(0, network.LinkCount).Sum(a => result.Flow[a] * network.Links[a].Length), result.VehicleDistance, 1e-3);
    }
}
