using Twin.Models.Geo;

namespace Twin.Models.Air;

/// <summary>
/// What the twin says about a street's surroundings for SRM1: the road type from the buildings along
/// it, the tree factor from its trees, the facades on either side (distance from the axis and height,
/// metres; null where a side has none within reach), the canyon width (facade to facade) and height,
/// and the calculation point: RD New point at <see cref="DistanceFromAxis"/> from the axis on the side
/// that gets the highest concentration, <see cref="CalculationHeight"/> above the ground.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.air.street-profile")]
public sealed record StreetProfile(
    [property: Id(0)] string SegmentId,
    [property: Id(1)] RoadType RoadType,
    [property: Id(2)] double TreeFactor,
    [property: Id(3)] double? LeftFacadeDistance,
    [property: Id(4)] double? LeftFacadeHeight,
    [property: Id(5)] double? RightFacadeDistance,
    [property: Id(6)] double? RightFacadeHeight,
    [property: Id(7)] double? CanyonWidth,
    [property: Id(8)] double? CanyonHeight,
    [property: Id(9)] RdPoint CalculationPoint,
    [property: Id(10)] double DistanceFromAxis,
    [property: Id(11)] double CalculationHeight);
