using Twin.Models.City;
using Twin.Models.Demo;
using Twin.Models.Tests.Demo;
using Twin.Models.Traffic;

namespace Twin.Models.Tests.Traffic;

public sealed class CityTrafficTests
{
    private static readonly Lazy<CityNetwork> _stationsgebied = new(() => CityNetworkBuilder.Build(DemoSets.Stationsgebied).Require());

    private static CityNetwork Stationsgebied => _stationsgebied.Value;

    [Fact]
    public void Build_Stationsgebied_EverySegmentDirectionIsALink()
    {
        var city = DemoSets.Stationsgebied;
        var network = Stationsgebied.Network;

        var streetLinks = city.StreetSegments.Sum(s => s.OneWay ? 1 : 2);
        var connectors = network.Links.Count(l => l.LinkType == 0);

        Assert.Equal(streetLinks + connectors, network.LinkCount);
        foreach (var segment in city.StreetSegments)
        {
            var links = Stationsgebied.SegmentLinks[segment.Id];
            var forward = network.Links[links.Forward];
            Assert.Equal(segment.FromNode, network.NodeNames[forward.From]);
            Assert.Equal(segment.Length / 1000 / segment.SpeedLimit * 60, forward.FreeFlowTime, 1e-9);
            Assert.Equal(segment.Capacity, forward.Capacity);
            Assert.Equal(segment.OneWay, links.Backward < 0);
        }
    }

    [Fact]
    public void Build_Stationsgebied_ZonesHoldEveryBuildingOnceAndExternalZonesSitOnBoundaryNodes()
    {
        var zones = Stationsgebied.Zones;

        Assert.Equal(DemoSets.Stationsgebied.Buildings.Length, zones.Sum(z => z.Buildings.Length));
        Assert.Equal(DemoSets.Stationsgebied.Buildings.Select(b => b.Id).Order(), zones.SelectMany(z => z.Buildings).Order());
        var boundary = DemoSets.Stationsgebied.StreetSegments.SelectMany(s => new[] { s.FromNode, s.ToNode }).Where(DemoDistrict.IsBoundaryNode).Distinct().Count();
        Assert.True(boundary > 0);
        Assert.Equal(boundary, zones.Count(z => z.IsExternal));
        Assert.Equal(Stationsgebied.Network.ZoneCount, Stationsgebied.Network.FirstThroughNode);
    }

    [Fact]
    public void Build_Stationsgebied_EveryPairOfInternalZonesIsConnected()
    {
        var network = Stationsgebied.Network;
        var everyPair = new OdMatrix(network.ZoneCount);
        var zones = Stationsgebied.Zones.Where(z => !z.IsExternal).Select(z => z.Index).ToList();
        foreach (var o in zones)
        {
            foreach (var d in zones.Where(d => d != o))
            {
                everyPair[o, d] = 1;
            }
        }

        Assert.True(zones.Count > 10);
        Assert.Empty(TrafficAssignment.FindDisconnectedPairs(network, everyPair));
    }

    [Fact]
    public void Generate_Stationsgebied_EveryOdPairWithTripsIsConnected()
    {
        // Boundary nodes at the end of a one-way carriageway only lead in or only lead out: their
        // external zones get no attraction (or production), so no trips where there is no path.
        var demand = CityDemand.Generate(Stationsgebied, DemoSets.Stationsgebied);

        Assert.Contains(Stationsgebied.Zones, z => z.IsExternal && demand.Trips.Row(z.Index).ToArray().Sum() > 0);
        Assert.Empty(TrafficAssignment.FindDisconnectedPairs(Stationsgebied.Network, demand.Trips));
    }

    [Fact]
    public void Generate_Stationsgebied_BalancedToTheTripEnds()
    {
        var demand = CityDemand.Generate(Stationsgebied, DemoSets.Stationsgebied);

        var rows = demand.Trips.Productions();
        var columns = demand.Trips.Attractions();
        Assert.True(demand.BalanceError <= 1e-6, $"balance error {demand.BalanceError}");
        Assert.Equal(demand.Productions.Sum(), demand.Trips.Total, 1e-3 * demand.Trips.Total);
        for (var z = 0; z < rows.Length; z++)
        {
            Assert.Equal(demand.Productions[z], rows[z], 1e-4 * Math.Max(1, demand.Productions[z]));
            Assert.Equal(demand.Attractions[z], columns[z], 1e-4 * Math.Max(1, demand.Attractions[z]));
        }
    }

    [Fact]
    public void Generate_MorningPeak_HomesSendMoreThanTheyReceive()
    {
        var home = new Building("b", new Twin.Models.Geo.RdPolygon(new Twin.Models.Geo.RdLine(new(0, 0), new(10, 0), new(10, 10), new(0, 10), new(0, 0))), 0, 10, 3, BuildingUse.Woonfunctie, 2000, 10);

        var (leaving, arriving) = TripRates.Default.Trips(home, DemandPeriod.MorningPeakHour);
        var (dayOut, dayIn) = TripRates.Default.Trips(home, DemandPeriod.Day);

        // 10 dwellings × 5 trip ends = 50 a day; 10% in the peak hour, 75% of those leaving.
        Assert.Equal(3.75, leaving, 1e-12);
        Assert.Equal(1.25, arriving, 1e-12);
        Assert.Equal(25, dayOut, 1e-12);
        Assert.Equal(25, dayIn, 1e-12);
    }

    [Fact]
    public void Run_StationsgebiedMorningPeak_ReachesASmallGap()
    {
        var demand = CityDemand.Generate(Stationsgebied, DemoSets.Stationsgebied);

        var result = TrafficFiles.Assign(Stationsgebied.Network, demand.Trips, new AssignmentOptions { TargetRelativeGap = 1e-6, MaxIterations = 500 });

        Assert.True(result.Succeeded, string.Join('\n', result.Problems));
        Assert.True(result.Converged, $"gap {result.RelativeGap}");
        Assert.True(demand.Trips.Total > 1000, $"{demand.Trips.Total} trips");
        Assert.True(result.VehicleDistance > 0);
        Assert.Contains(Enumerable.Range(0, result.LinkCount), a => result.VolumeCapacity[a] > 0.3);
    }

    [Fact]
    public void WriteNetworkAndTrips_ThenRead_AssignsTheSameFlows()
    {
        var network = Stationsgebied.Network;
        var demand = CityDemand.Generate(Stationsgebied, DemoSets.Stationsgebied).Trips;
        var (net, trips) = (new StringWriter(), new StringWriter());

        TntpWriter.WriteNetwork(net, network);
        TntpWriter.WriteTrips(trips, demand);
        var readNetwork = TntpReader.ReadNetwork(new StringReader(net.ToString()), "city_net.tntp").Require();
        var readDemand = TntpReader.ReadTrips(new StringReader(trips.ToString()), "city_trips.tntp").Require();

        Assert.Equal((network.NodeCount, network.LinkCount, network.ZoneCount, network.FirstThroughNode), (readNetwork.NodeCount, readNetwork.LinkCount, readNetwork.ZoneCount, readNetwork.FirstThroughNode));
        Assert.Equal(network.Links.Select(l => l with { Name = null }), readNetwork.Links);
        Assert.Equal(demand.Total, readDemand.Total, 1e-9);
        var options = AssignmentOptions.Default with { MaxDegreeOfParallelism = 1 };
        var direct = TrafficAssignment.Run(network, demand, options, cancellationToken: TestContext.Current.CancellationToken);
        var viaFiles = TrafficAssignment.Run(readNetwork, readDemand, options, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(direct.Converged);
        Assert.Equal(direct.Flow, viaFiles.Flow);
    }
}
