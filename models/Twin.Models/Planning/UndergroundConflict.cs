using Twin.Models.City;

namespace Twin.Models.Planning;

/// <summary>
/// A new building whose foundation meets a utility line: the line's top lies above the foundation
/// depth and it runs under the footprint (<see cref="Distance"/> 0) or within the clearance of it.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.planning.underground-conflict")]
public sealed record UndergroundConflict(
    [property: Id(0)] string BuildingId,
    [property: Id(1)] string UtilityLineId,
    [property: Id(2)] UtilityKind UtilityKind,
    [property: Id(3)] string Owner,
    [property: Id(4)] double DepthOfTop,
    [property: Id(5)] double Distance)
{
    /// <summary>Whether the line runs under the new footprint itself.</summary>
    public bool Under => Distance <= 0;
}
