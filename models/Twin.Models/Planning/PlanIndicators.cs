using Twin.Models.Geo;

namespace Twin.Models.Planning;

/// <summary>A proposal's planning indicators: its plan area, the figures of today and of the proposal there, and its impact.</summary>
[GenerateSerializer, Immutable, Alias("twin.planning.plan-indicators")]
public sealed record PlanIndicators(
    [property: Id(0)] RdPolygon Area,
    [property: Id(1)] PlanMeasures Base,
    [property: Id(2)] PlanMeasures Planned,
    [property: Id(3)] PlanImpact Impact);
