using Twin.Models.Geo;

namespace Twin.Models.Traffic;

/// <summary>
/// A traffic zone of a network built from the city: a grid cell's buildings, or an external zone
/// where a main road leaves the area. Its index is its centroid node's index in the network.
/// </summary>
/// <param name="Index">Zone and centroid node index.</param>
/// <param name="Name">"zone-{column}-{row}" for grid zones, "ext-{boundary node id}" for external zones.</param>
/// <param name="Centroid">Where the centroid is: the floor-area-weighted mean of the buildings, or the boundary node.</param>
/// <param name="IsExternal">Whether this zone stands for everything beyond the area's edge on one road.</param>
/// <param name="Buildings">The ids of the buildings in the zone (empty for external zones).</param>
public sealed record TrafficZone(int Index, string Name, RdPoint Centroid, bool IsExternal, System.Collections.Immutable.ImmutableArray<string> Buildings);
