using System.Collections.Immutable;

namespace Twin.Models.Traffic;

/// <summary>
/// A traffic network built from the city's street segments, with its zones and the links of each
/// segment (to put flows back on the streets).
/// </summary>
public sealed record CityNetwork(
    TrafficNetwork Network,
    ImmutableArray<TrafficZone> Zones,
    ImmutableDictionary<string, SegmentLinks> SegmentLinks);
