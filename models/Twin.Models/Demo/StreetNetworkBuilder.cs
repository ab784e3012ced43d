using Twin.Models.City;

namespace Twin.Models.Demo;

/// <summary>
/// Turns the street lines into a graph: a node at every intersection, boundary nodes where main roads
/// leave the district, an edge between neighbouring nodes on a line. Leaves out some residential
/// streets beyond the ring and puts back any whose absence would cut the network in two.
/// </summary>
internal sealed class StreetNetworkBuilder(StreetLayout layout, DistrictPlan plan, DistrictFrame frame, Random random)
{
    public const string Stationsplein = "Stationsplein";
    public const string Oosterspoorplein = "Oosterspoorplein";
    public const string Snelliuslaan = "Snelliuslaan";

    private const double OneWayReach = 500;
    private const double RingDistance = 350;
    private const double SnelliuslaanReach = 260;

    public StreetNetwork Build()
    {
        var network = new StreetNetwork(frame);
        var stops = layout.Lines.ToDictionary(l => l, _ => new List<(double Along, StreetNode Node)>());
        AddIntersections(network, stops);
        AddBoundaryNodes(network, stops);
        foreach (var line in layout.Lines)
        {
            AddEdges(network, line, stops[line]);
        }

        MarkSpecialStreets(network);
        LeaveOutSomeStreets(network);
        return network;
    }

    private void AddIntersections(StreetNetwork network, Dictionary<StreetLine, List<(double Along, StreetNode Node)>> stops)
    {
        foreach (var side in new[] { RailwaySides.West, RailwaySides.East })
        {
            var rows = layout.Rows(side);
            foreach (var column in layout.Columns(side))
            {
                foreach (var row in rows)
                {
                    var node = network.AddNode(new LocalPoint(column.Position, row.Position));
                    node.IsOnMainRoad = column.IsMainRoad || row.IsMainRoad;
                    stops[column].Add((row.Position, node));
                    stops[row].Add((column.Position, node));
                }
            }
        }
    }

    /// <summary>Main roads run on to the district's edge, where traffic enters and leaves.</summary>
    private void AddBoundaryNodes(StreetNetwork network, Dictionary<StreetLine, List<(double Along, StreetNode Node)>> stops)
    {
        var edge = layout.HalfExtent;
        foreach (var line in layout.Lines.Where(l => l.IsMainRoad))
        {
            var ends = line.Axis == StreetAxis.AlongRailway
                ? new[] { -edge, edge }
                : new[] { (line.Sides & RailwaySides.West) != 0 ? -edge : double.NaN, (line.Sides & RailwaySides.East) != 0 ? edge : double.NaN };
            foreach (var along in ends.Where(double.IsFinite))
            {
                var node = network.AddNode(line.At(along), isBoundary: true);
                node.IsOnMainRoad = true;
                stops[line].Add((along, node));
            }
        }
    }

    private static void AddEdges(StreetNetwork network, StreetLine line, List<(double Along, StreetNode Node)> stops)
    {
        stops.Sort((a, b) => a.Along.CompareTo(b.Along));
        for (var i = 0; i + 1 < stops.Count; i++)
        {
            var (low, high) = (stops[i], stops[i + 1]);
            var oneWay = line.OneWayDirection != 0 && Math.Abs((low.Along + high.Along) / 2) < OneWayReach;
            var backwards = oneWay && line.OneWayDirection < 0;
            var edge = new StreetEdge
            {
                Line = line,
                From = backwards ? high.Node : low.Node,
                To = backwards ? low.Node : high.Node,
                CrossesRailway = line.Axis == StreetAxis.AcrossRailway
                    && low.Along == StreetLayout.WestRailwayStreet && high.Along == StreetLayout.EastRailwayStreet,
            };
            Configure(edge, line.RoadClass, line.Lanes, oneWay, line.LaneCapacity);
            network.AddEdge(edge);
            edge.From.Degree++;
            edge.To.Degree++;
        }
    }

    private static void Configure(StreetEdge edge, RoadClass roadClass, int lanes, bool oneWay, double laneCapacity)
    {
        edge.RoadClass = roadClass;
        edge.Lanes = lanes;
        edge.OneWay = oneWay;
        edge.Width = RoadProfile.Width(roadClass, lanes, oneWay);
        edge.SpeedLimit = RoadProfile.SpeedLimit(roadClass);
        edge.Capacity = lanes * laneCapacity;
    }

    /// <summary>The station forecourts on both sides of the railway, and Snelliuslaan east of the station.</summary>
    private void MarkSpecialStreets(StreetNetwork network)
    {
        foreach (var line in layout.Lines)
        {
            foreach (var edge in network.EdgesOf(line))
            {
                var name = SpecialName(line, edge);
                if (name is null)
                {
                    continue;
                }

                edge.Name = name;
                if (name != Snelliuslaan)
                {
                    Configure(edge, RoadClass.Service, 1, oneWay: false, RoadProfile.LaneCapacity(RoadClass.Service, random));
                }
            }
        }
    }

    private static string? SpecialName(StreetLine line, StreetEdge edge)
    {
        var (low, high) = edge.Span;
        var nearStation = Math.Abs((low + high) / 2) < StreetLayout.StationRow;
        return line.Role switch
        {
            LineRole.RailwayStreet when nearStation => line.Sides == RailwaySides.West ? Stationsplein : Oosterspoorplein,
            LineRole.StationRow when line.Sides == RailwaySides.West && high == StreetLayout.WestRailwayStreet => Stationsplein,
            LineRole.Snelliuslaan when Math.Abs((low + high) / 2) < SnelliuslaanReach => Snelliuslaan,
            _ => null,
        };
    }

    private void LeaveOutSomeStreets(StreetNetwork network)
    {
        var candidates = network.Edges.Where(e =>
            e.RoadClass == RoadClass.Residential && e.Line.Role == LineRole.Ordinary && e.Line.OneWayDirection == 0
            && e.Name.Length == 0 && e.Midpoint.DistanceFromStation > RingDistance);
        foreach (var edge in candidates)
        {
            if (random.Chance(plan.MissingStreetShare) && edge.From.Degree >= 3 && edge.To.Degree >= 3)
            {
                edge.IsMissing = true;
                edge.From.Degree--;
                edge.To.Degree--;
            }
        }

        KeepConnected(network);
    }

    /// <summary>Puts back every left-out street that joins two otherwise separate parts of the network.</summary>
    private static void KeepConnected(StreetNetwork network)
    {
        var parent = Enumerable.Range(0, network.Nodes.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        foreach (var edge in network.Edges.Where(e => !e.IsMissing))
        {
            parent[Find(edge.From.Index)] = Find(edge.To.Index);
        }

        foreach (var edge in network.Edges.Where(e => e.IsMissing))
        {
            var (a, b) = (Find(edge.From.Index), Find(edge.To.Index));
            if (a != b)
            {
                parent[a] = b;
                edge.IsMissing = false;
                edge.From.Degree++;
                edge.To.Degree++;
            }
        }
    }
}
