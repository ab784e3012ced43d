using Twin.Models.City;
using Twin.Models.Geo;

namespace Twin.Models.Demo;

/// <summary>
/// Generates a synthetic but plausible Hilversum around the station: streets, buildings, trees,
/// underground utilities and the municipality's sensors, in RD New with heights in metres NAP.
/// Deterministic: the same <see cref="DemoOptions"/> always give an equal <see cref="CitySet"/>.
/// </summary>
/// <remarks>
/// <para>The district is laid out in a frame centred on the station and turned so that the railway runs
/// north-north-west. The railway is a corridor without buildings (except the station) with a street on
/// either side; only the main roads cross it. Main roads form a ring around the station; residential
/// streets fill the blocks between them; the old centre with its shops lies west of the tracks.</para>
/// <para>Street network conventions: every segment runs from its <c>FromNode</c> to its <c>ToNode</c>
/// (one-way segments in the direction of travel), and segments meeting at an intersection share the
/// node id and its exact coordinates. Intersection and split nodes are named <c>node-…</c>; where a
/// main road leaves the district its outer end is a boundary node named <c>edge-…</c>
/// (<see cref="IsBoundaryNode"/>): the place for external traffic to enter and leave.</para>
/// </remarks>
public static class DemoDistrict
{
    public const string NodePrefix = "node-";

    /// <summary>Prefix of the boundary nodes where main roads leave the district.</summary>
    public const string BoundaryNodePrefix = "edge-";

    /// <summary>The district's frame is turned counter-clockwise by this angle: the railway runs north-north-west.</summary>
    internal const double RailwayRotationDegrees = 12;

    /// <summary>Hilversum station, WGS84.</summary>
    public static GeoPoint Station { get; } = new(52.2262, 5.1816);

    /// <summary>Hilversum station in RD New, rounded to whole metres: the origin of the district.</summary>
    public static RdPoint StationRd { get; } = RoundToMetres(RdNew.FromWgs84(Station));

    public static bool IsBoundaryNode(string nodeId) => nodeId.StartsWith(BoundaryNodePrefix, StringComparison.Ordinal);

    public static CitySet Generate(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var plan = DistrictPlan.For(options.Scale);
        var seed = options.Seed;
        var frame = new DistrictFrame(StationRd, RailwayRotationDegrees);
        var terrain = new Terrain(seed);

        var layout = new StreetLayoutBuilder(plan, DemoRandom.Stream(seed, DemoStream.StreetLines)).Build();
        var network = new StreetNetworkBuilder(layout, plan, frame, DemoRandom.Stream(seed, DemoStream.StreetNetwork)).Build();
        var stretches = new StreetNaming(layout, network).Assign();
        var segments = new StreetSegmentWriter(plan, network).Write();
        var blocks = new BlockLayout(layout, plan, seed, DemoRandom.Stream(seed, DemoStream.Blocks)).Create();

        var buildings = new BuildingPlacer(frame, terrain, DemoRandom.Stream(seed, DemoStream.Buildings)).Place(blocks);
        var trees = new TreePlanter(plan, frame, DemoRandom.Stream(seed, DemoStream.Trees)).Plant(stretches, blocks);
        var utilities = new UtilityPlanner(plan, frame, terrain, DemoRandom.Stream(seed, DemoStream.Utilities)).Lay(layout, network);
        var sensors = new SensorPlacer(frame).Place(network);
        return new CitySet(buildings, segments, sensors, trees, utilities);
    }

    private static RdPoint RoundToMetres(RdPoint point) => new(Math.Round(point.X), Math.Round(point.Y));
}
