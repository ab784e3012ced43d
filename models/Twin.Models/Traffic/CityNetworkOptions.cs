using System.Collections.Immutable;
using Twin.Models.City;

namespace Twin.Models.Traffic;

/// <summary>
/// How street segments and buildings become a traffic network. The figures are assumptions for
/// Dutch urban roads, not calibrated: lane capacities in the range of the CROW handbook for urban
/// roads (1,500-1,800 veh/h per lane on 50 km/h main roads, 600-900 on 30 km/h streets), the
/// traditional BPR curve, and a 20 km/h connector speed for the walk-and-park part of a car trip.
/// </summary>
public sealed record CityNetworkOptions
{
    public static CityNetworkOptions Default { get; } = new();

    /// <summary>Side of the square grid cells that group buildings into zones, metres.</summary>
    public double ZoneCellSize { get; init; } = 300;

    /// <summary>How many nearby street nodes each zone centroid connects to.</summary>
    public int ConnectorsPerZone { get; init; } = 3;

    /// <summary>Speed on centroid connectors, km/h.</summary>
    public double ConnectorSpeed { get; init; } = 20;

    /// <summary>Connectors have this capacity and no congestion (alpha 0).</summary>
    public double ConnectorCapacity { get; init; } = 100_000;

    public double Alpha { get; init; } = TrafficLink.DefaultAlpha;

    public double Beta { get; init; } = TrafficLink.DefaultBeta;

    /// <summary>Capacity per lane and direction by road class, veh/h, for segments that have none.</summary>
    public ImmutableDictionary<RoadClass, double> LaneCapacities { get; init; } = ImmutableDictionary.CreateRange(new Dictionary<RoadClass, double>
    {
        [RoadClass.Motorway] = 2_000,
        [RoadClass.Arterial] = 1_600,
        [RoadClass.Collector] = 1_200,
        [RoadClass.Residential] = 750,
        [RoadClass.Service] = 600,
    });

    /// <summary>Speed by road class, km/h, for segments without a speed limit.</summary>
    public ImmutableDictionary<RoadClass, double> DefaultSpeeds { get; init; } = ImmutableDictionary.CreateRange(new Dictionary<RoadClass, double>
    {
        [RoadClass.Motorway] = 100,
        [RoadClass.Arterial] = 50,
        [RoadClass.Collector] = 50,
        [RoadClass.Residential] = 30,
        [RoadClass.Service] = 15,
    });

    /// <summary>Capacity per lane and direction when a segment has none, veh/h (600 for an unlisted class).</summary>
    public double LaneCapacity(RoadClass roadClass) => LaneCapacities.GetValueOrDefault(roadClass, 600);

    /// <summary>Speed when a segment has no speed limit, km/h (15 for an unlisted class).</summary>
    public double DefaultSpeed(RoadClass roadClass) => DefaultSpeeds.GetValueOrDefault(roadClass, 15);
}
