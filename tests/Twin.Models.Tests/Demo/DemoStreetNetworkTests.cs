using Twin.Models.City;
using Twin.Models.Demo;
using Twin.Models.Geo;

namespace Twin.Models.Tests.Demo;

public sealed class DemoStreetNetworkTests
{
    [Theory]
    [InlineData(DemoScale.Stationsgebied)]
    [InlineData(DemoScale.City)]
    public void Generate_AnyScale_StreetGraphIsConnected(DemoScale scale)
    {
        var segments = DemoSets.Of(scale).StreetSegments;
        var neighbours = Neighbours(segments, respectOneWay: false);

        var reached = Reachable(neighbours, segments[0].FromNode);

        Assert.Equal(neighbours.Count, reached.Count);
    }

    [Fact]
    public void Generate_OneWayStreets_StillLeaveEveryNodeReachableFromEveryOther()
    {
        var segments = DemoSets.Stationsgebied.StreetSegments;
        var forward = Neighbours(segments, respectOneWay: true);
        var backward = Neighbours(segments.Select(s => s with { FromNode = s.ToNode, ToNode = s.FromNode }), respectOneWay: true);

        var start = segments[0].FromNode;

        Assert.Contains(segments, s => s.OneWay);
        Assert.Equal(forward.Count, Reachable(forward, start).Count);
        Assert.Equal(backward.Count, Reachable(backward, start).Count);
    }

    [Theory]
    [InlineData(DemoScale.Stationsgebied)]
    [InlineData(DemoScale.City)]
    public void Generate_SegmentEnds_AreTheirNodesPositions(DemoScale scale)
    {
        var positions = new Dictionary<string, RdPoint>(StringComparer.Ordinal);
        var mismatches = new List<string>();
        foreach (var segment in DemoSets.Of(scale).StreetSegments)
        {
            foreach (var (node, point) in new[] { (segment.FromNode, segment.Centreline[0]), (segment.ToNode, segment.Centreline[^1]) })
            {
                if (positions.TryGetValue(node, out var known) && known != point)
                {
                    mismatches.Add($"{segment.Id}: {node} at {point}, elsewhere at {known}");
                }

                positions[node] = point;
            }
        }

        var shared = positions.GroupBy(p => p.Value).Where(g => g.Count() > 1).Select(g => string.Join("/", g.Select(p => p.Key))).Take(5);

        Assert.Empty(mismatches.Take(5));
        Assert.Empty(shared);
    }

    [Fact]
    public void Generate_BoundaryNodes_EndMainRoadsLeavingTheDistrict()
    {
        var segments = DemoSets.Stationsgebied.StreetSegments;
        var ends = segments
            .SelectMany(s => new[] { (Node: s.FromNode, Point: s.Centreline[0], Other: s.Centreline[^1], Segment: s), (Node: s.ToNode, Point: s.Centreline[^1], Other: s.Centreline[0], Segment: s) })
            .Where(e => DemoDistrict.IsBoundaryNode(e.Node))
            .ToList();

        Assert.InRange(ends.Count, 4, 40);
        Assert.All(ends, e => Assert.Single(segments, s => s.FromNode == e.Node || s.ToNode == e.Node));
        Assert.All(ends, e => Assert.True(e.Segment.RoadClass is RoadClass.Arterial or RoadClass.Collector, $"{e.Node} ends a {e.Segment.RoadClass} road"));
        Assert.All(ends, e => Assert.True(e.Point.DistanceTo(DemoSets.Station) > e.Other.DistanceTo(DemoSets.Station), $"{e.Node} is not the outer end"));
        Assert.All(ends, e => Assert.StartsWith(DemoDistrict.BoundaryNodePrefix, e.Node, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DemoScale.Stationsgebied)]
    [InlineData(DemoScale.City)]
    public void Generate_RoadClasses_HaveMatchingSpeedLanesAndCapacity(DemoScale scale)
    {
        foreach (var segment in DemoSets.Of(scale).StreetSegments)
        {
            var perLane = segment.Capacity / segment.LanesPerDirection;
            var (speed, lanes, capacity) = segment.RoadClass switch
            {
                RoadClass.Arterial => (segment.SpeedLimit == 50, segment.LanesPerDirection is 1 or 2, perLane is >= 1_500 and <= 1_800),
                RoadClass.Collector => (segment.SpeedLimit == 50, segment.LanesPerDirection == 1, perLane is >= 900 and <= 1_500),
                RoadClass.Residential => (segment.SpeedLimit == 30, segment.LanesPerDirection == 1, perLane is >= 600 and <= 900),
                RoadClass.Service => (segment.SpeedLimit <= 30, segment.LanesPerDirection == 1, perLane <= 900),
                _ => (false, false, false),
            };
            Assert.True(speed && lanes && capacity, $"{segment.Id} ({segment.RoadClass}): {segment.SpeedLimit} km/h, {segment.LanesPerDirection} lanes, {segment.Capacity} veh/h");
            Assert.InRange(segment.Width, 3, 20);
        }
    }

    [Fact]
    public void Generate_Stationsgebied_HasArterialsResidentialStreetsAndOneWays()
    {
        var segments = DemoSets.Stationsgebied.StreetSegments;

        Assert.Contains(segments, s => s.RoadClass == RoadClass.Arterial && s.LanesPerDirection == 2);
        Assert.Contains(segments, s => s.RoadClass == RoadClass.Arterial && s.LanesPerDirection == 1);
        Assert.True(segments.Count(s => s.RoadClass == RoadClass.Residential) > segments.Length / 2, "most streets are residential");
        Assert.All(segments.Where(s => s.OneWay), s => Assert.Equal(RoadClass.Residential, s.RoadClass));
    }

    [Theory]
    [InlineData(DemoScale.Stationsgebied)]
    [InlineData(DemoScale.City)]
    public void Generate_LongStreets_AreSplitIntoShorterSegments(DemoScale scale)
    {
        var segments = DemoSets.Of(scale).StreetSegments;

        Assert.All(segments, s => Assert.InRange(s.Length, 20, 200));
    }

    [Fact]
    public void Generate_Snelliuslaan_IsAResidential30StreetWatchedByBothCameras()
    {
        var set = DemoSets.Stationsgebied;
        var snelliuslaan = set.StreetSegments.Where(s => s.StreetName == "Snelliuslaan").ToList();
        var cameras = set.Sensors.Where(s => s.SensorKind == SensorKind.TrafficCamera).ToList();

        Assert.InRange(snelliuslaan.Count, 2, 8);
        Assert.All(snelliuslaan, s => Assert.Equal(30, s.SpeedLimit));
        Assert.All(snelliuslaan, s => Assert.Equal(RoadClass.Residential, s.RoadClass));
        Assert.Equal(2, cameras.Count);
        Assert.All(cameras, c => Assert.Contains(snelliuslaan, s => s.Id == c.SegmentId));
        Assert.All(cameras, c => Assert.True(c.Location.DistanceTo(snelliuslaan.Single(s => s.Id == c.SegmentId).Anchor) < 20, $"{c.Id} stands away from its segment"));
    }

    [Fact]
    public void Generate_StreetNames_IncludeHilversumStreets()
    {
        var names = DemoSets.Stationsgebied.StreetSegments.Select(s => s.StreetName).ToHashSet(StringComparer.Ordinal);
        string[] expected = ["Stationsplein", "Spoorstraat", "Snelliuslaan", "Kerkstraat", "Groest", "Larenseweg", "'s-Gravelandseweg", "Soestdijkerstraatweg"];

        Assert.All(expected, name => Assert.Contains(name, names));
        Assert.DoesNotContain(string.Empty, names);
    }

    private static Dictionary<string, List<string>> Neighbours(IEnumerable<StreetSegment> segments, bool respectOneWay)
    {
        var neighbours = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Link(string from, string to)
        {
            neighbours.TryAdd(to, []);
            (neighbours.TryGetValue(from, out var list) ? list : neighbours[from] = []).Add(to);
        }

        foreach (var segment in segments)
        {
            Link(segment.FromNode, segment.ToNode);
            if (!(respectOneWay && segment.OneWay))
            {
                Link(segment.ToNode, segment.FromNode);
            }
        }

        return neighbours;
    }

    private static HashSet<string> Reachable(Dictionary<string, List<string>> neighbours, string start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var next in neighbours[node].Where(seen.Add))
            {
                queue.Enqueue(next);
            }
        }

        return seen;
    }
}
