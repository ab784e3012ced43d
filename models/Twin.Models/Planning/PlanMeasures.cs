using System.Collections.Immutable;

namespace Twin.Models.Planning;

/// <summary>
/// The planning figures of one state of the city (today or a proposal) within a plan area:
/// gross floor area by use, dwellings, jobs, floor-space index (gross floor area / plan area),
/// ground coverage (built footprint / plan area), trees and protected trees standing, canopy area
/// (the union of crown projections, m²) and the car trips the buildings generate (per weekday and
/// in the morning peak hour). A building counts when its footprint's centroid lies in the area;
/// ground coverage and canopy count only what lies inside.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.planning.plan-measures")]
public sealed record PlanMeasures(
    [property: Id(0)] double PlanArea,
    [property: Id(1)] ImmutableArray<UseFloorArea> FloorAreaByUse,
    [property: Id(2)] double GrossFloorArea,
    [property: Id(3)] int Buildings,
    [property: Id(4)] int Dwellings,
    [property: Id(5)] double Jobs,
    [property: Id(6)] double FloorSpaceIndex,
    [property: Id(7)] double GroundCoverage,
    [property: Id(8)] int Trees,
    [property: Id(9)] int ProtectedTrees,
    [property: Id(10)] double CanopyArea,
    [property: Id(11)] double TripsPerDay,
    [property: Id(12)] double TripsMorningPeakHour);
