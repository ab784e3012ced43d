using System.Collections.Immutable;
using System.Globalization;
using Twin.Models.City;
using Twin.Models.Demo;
using Twin.Models.Geo;

namespace Twin.Models.Traffic;

/// <summary>
/// Builds a <see cref="CityNetwork"/> from the city's street segments and buildings.
/// </summary>
/// <remarks>
/// <para>Links: each segment gives a link along its centreline and, unless one-way, one against it;
/// free-flow time from its length and speed limit; capacity per direction from the segment, else
/// lanes × the road class's lane capacity.</para>
/// <para>Zones: buildings are grouped by a square grid (<see cref="CityNetworkOptions.ZoneCellSize"/>)
/// anchored at the south-west corner of the buildings' extent; each cell with buildings is a zone whose
/// centroid is the floor-area-weighted mean of its buildings' anchors, connected both ways to the
/// nearest street nodes that are not boundary nodes. A grid is predictable, independent of the
/// street layout and the same for a base and a scenario that edits streets, so their results compare
/// zone by zone. Every boundary node (<see cref="DemoDistrict.IsBoundaryNode"/>) gets an external
/// zone connected to it. Zone centroids come first in the node order and are never passed through.</para>
/// </remarks>
public static class CityNetworkBuilder
{
    private const double MinimumConnectorKilometres = 0.01;

    public static TrafficInput<CityNetwork> Build(CitySet city, CityNetworkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(city);
        options ??= CityNetworkOptions.Default;
        if (city.StreetSegments.IsEmpty)
        {
            return new([new TrafficProblem("the city has no street segments")]);
        }

        var streetNodes = StreetNodes(city.StreetSegments);
        var zones = GridZones(city.Buildings, options);
        var internalZones = zones.Count;
        zones.AddRange([.. streetNodes.Keys.Where(DemoDistrict.IsBoundaryNode).Order(StringComparer.Ordinal)
            .Select((id, k) => new TrafficZone(internalZones + k, "ext-" + id, streetNodes[id], true, []))]);
        var nodeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = zones.Select(z => z.Name).ToList();
        foreach (var id in streetNodes.Keys)
        {
            nodeIndex[id] = names.Count;
            names.Add(id);
        }

        var links = new List<TrafficLink>();
        var segmentLinks = SegmentLinks(city.StreetSegments, nodeIndex, options, links);
        AddConnectors(zones, streetNodes, nodeIndex, options, links);
        var network = TrafficNetwork.Create(names, links, new TrafficNetworkOptions { ZoneCount = zones.Count, FirstThroughNode = zones.Count });
        return network.Succeeded
            ? new(new CityNetwork(network.Value!, [.. zones], segmentLinks))
            : new(network.Problems);
    }

    private static Dictionary<string, RdPoint> StreetNodes(ImmutableArray<StreetSegment> segments)
    {
        var nodes = new Dictionary<string, RdPoint>(StringComparer.Ordinal);
        foreach (var segment in segments)
        {
            nodes.TryAdd(segment.FromNode, segment.Centreline[0]);
            nodes.TryAdd(segment.ToNode, segment.Centreline[^1]);
        }

        return nodes;
    }

    private static List<TrafficZone> GridZones(ImmutableArray<Building> buildings, CityNetworkOptions options)
    {
        if (buildings.IsEmpty)
        {
            return [];
        }

        var (minX, minY) = (buildings.Min(b => b.Anchor.X), buildings.Min(b => b.Anchor.Y));
        var cells = buildings
            .GroupBy(b => (Column: (int)Math.Floor((b.Anchor.X - minX) / options.ZoneCellSize), Row: (int)Math.Floor((b.Anchor.Y - minY) / options.ZoneCellSize)))
            .OrderBy(g => g.Key.Row).ThenBy(g => g.Key.Column);
        var zones = new List<TrafficZone>();
        foreach (var cell in cells)
        {
            var weight = cell.Sum(b => b.GrossFloorArea + 1);
            var centroid = new RdPoint(cell.Sum(b => b.Anchor.X * (b.GrossFloorArea + 1)) / weight, cell.Sum(b => b.Anchor.Y * (b.GrossFloorArea + 1)) / weight);
            var name = string.Create(CultureInfo.InvariantCulture, $"zone-{cell.Key.Column}-{cell.Key.Row}");
            zones.Add(new TrafficZone(zones.Count, name, centroid, false, [.. cell.Select(b => b.Id)]));
        }

        return zones;
    }

    private static ImmutableDictionary<string, SegmentLinks> SegmentLinks(
        ImmutableArray<StreetSegment> segments, Dictionary<string, int> nodeIndex, CityNetworkOptions options, List<TrafficLink> links)
    {
        var bySegment = ImmutableDictionary.CreateBuilder<string, SegmentLinks>(StringComparer.Ordinal);
        foreach (var segment in segments)
        {
            var (from, to) = (nodeIndex[segment.FromNode], nodeIndex[segment.ToNode]);
            var forward = links.Count;
            links.Add(StreetLink(segment, from, to, "forward", options));
            var backward = -1;
            if (!segment.OneWay)
            {
                backward = links.Count;
                links.Add(StreetLink(segment, to, from, "backward", options));
            }

            bySegment[segment.Id] = new SegmentLinks(forward, backward);
        }

        return bySegment.ToImmutable();
    }

    private static TrafficLink StreetLink(StreetSegment segment, int from, int to, string direction, CityNetworkOptions options)
    {
        var kilometres = segment.Length / 1000;
        var speed = segment.SpeedLimit > 0 ? segment.SpeedLimit : options.DefaultSpeed(segment.RoadClass);
        var capacity = segment.Capacity > 0 ? segment.Capacity : Math.Max(segment.LanesPerDirection, 1) * options.LaneCapacity(segment.RoadClass);
        return new TrafficLink(from, to, capacity, kilometres, kilometres / speed * 60, options.Alpha, options.Beta, speed, 0, (int)segment.RoadClass, segment.Id + "/" + direction);
    }

    private static void AddConnectors(List<TrafficZone> zones, Dictionary<string, RdPoint> streetNodes, Dictionary<string, int> nodeIndex, CityNetworkOptions options, List<TrafficLink> links)
    {
        var candidates = streetNodes.Where(n => !DemoDistrict.IsBoundaryNode(n.Key)).ToList();
        foreach (var zone in zones)
        {
            var targets = zone.IsExternal
                ? [(Id: zone.Name["ext-".Length..], Distance: 0.0)]
                : candidates.Select(n => (Id: n.Key, Distance: n.Value.DistanceTo(zone.Centroid))).OrderBy(n => n.Distance).ThenBy(n => n.Id, StringComparer.Ordinal).Take(options.ConnectorsPerZone).ToList();
            foreach (var (id, distance) in targets)
            {
                var kilometres = Math.Max(distance / 1000, MinimumConnectorKilometres);
                var time = kilometres / options.ConnectorSpeed * 60;
                links.Add(new TrafficLink(zone.Index, nodeIndex[id], options.ConnectorCapacity, kilometres, time, 0, 1, options.ConnectorSpeed, 0, 0, zone.Name + "/to/" + id));
                links.Add(new TrafficLink(nodeIndex[id], zone.Index, options.ConnectorCapacity, kilometres, time, 0, 1, options.ConnectorSpeed, 0, 0, zone.Name + "/from/" + id));
            }
        }
    }
}
