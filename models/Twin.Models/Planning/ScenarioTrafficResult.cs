using System.Collections.Immutable;

namespace Twin.Models.Planning;

/// <summary>
/// A traffic run of a scenario: which edit version it ran, whether it converged, the relative gap
/// per iteration, the totals (vehicle-hours, vehicle-km) and the traffic per street segment.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.planning.scenario-traffic-result")]
public sealed record ScenarioTrafficResult(
    [property: Id(0)] string Scenario,
    [property: Id(1)] long EditVersion,
    [property: Id(2)] DateTimeOffset RanAt,
    [property: Id(3)] bool Converged,
    [property: Id(4)] ImmutableArray<double> RelativeGaps,
    [property: Id(5)] double VehicleHours,
    [property: Id(6)] double VehicleKilometres,
    [property: Id(7)] double Trips,
    [property: Id(8)] ImmutableArray<SegmentTraffic> Segments,
    [property: Id(9)] ImmutableArray<string> Problems)
{
    public bool Succeeded => Problems.IsEmpty;

    public double RelativeGap => RelativeGaps.IsEmpty ? double.PositiveInfinity : RelativeGaps[^1];

    /// <summary>The run with the observed peak-hour flows of the segments that have a traffic camera beside the modelled ones.</summary>
    public ScenarioTrafficResult WithObserved(IReadOnlyDictionary<string, double> observedFlows) =>
        observedFlows.Count == 0
            ? this
            : this with { Segments = [.. Segments.Select(s => observedFlows.TryGetValue(s.SegmentId, out var flow) ? s with { ObservedFlow = flow } : s)] };
}
