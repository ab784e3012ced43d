using System.Collections.Immutable;
using Twin.Models.City;
using Twin.Models.Traffic;

namespace Twin.Models.Planning;

/// <summary>
/// Runs the traffic model on a scenario: the base city with the edits applied, closed streets left
/// out of the network, demand from the buildings (morning peak hour) scaled by the demand edits,
/// user equilibrium by Algorithm B, flows put back on the street segments.
/// </summary>
public static class ScenarioTraffic
{
    public static ScenarioTrafficResult Run(
        string scenario,
        long editVersion,
        DateTimeOffset ranAt,
        CitySet baseCity,
        IReadOnlyList<ScenarioEdit> edits,
        AssignmentOptions? options = null,
        IProgress<AssignmentIteration>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var planned = ScenarioOverlay.Apply(baseCity, edits);
        var closed = ScenarioOverlay.ClosedStreets(edits);
        var open = planned.Where(e => e is not StreetSegment street || !closed.Contains(street.Id));
        var network = CityNetworkBuilder.Build(open);
        if (!network.Succeeded)
        {
            return Failed(scenario, editVersion, ranAt, network.Problems.Select(p => p.Message));
        }

        var city = network.Value!;
        var demand = CityDemand.Generate(city, open).Trips;
        Scale(demand, ScenarioOverlay.DemandFactor(edits));
        var result = TrafficAssignment.Run(city.Network, demand, options ?? new AssignmentOptions { KeepOriginFlows = false }, progress, cancellationToken);
        if (!result.Succeeded)
        {
            return Failed(scenario, editVersion, ranAt, result.Problems.Select(p => p.Message));
        }

        var segments = planned.StreetSegments.Select(s => Segment(s, city, result, closed.Contains(s.Id))).ToImmutableArray();
        return new ScenarioTrafficResult(
            scenario, editVersion, ranAt, result.Converged, [.. result.Iterations.Select(i => i.RelativeGap)],
            result.VehicleHours, result.VehicleDistance, demand.Total, segments, []);
    }

    private static SegmentTraffic Segment(StreetSegment street, CityNetwork city, AssignmentResult result, bool closed)
    {
        if (closed || !city.SegmentLinks.TryGetValue(street.Id, out var links))
        {
            return new SegmentTraffic(street.Id, street.StreetName, 0, 0, 0, 0, closed);
        }

        var forward = links.Forward >= 0 ? result.Link(links.Forward) : (AssignedLink?)null;
        var backward = links.Backward >= 0 ? result.Link(links.Backward) : (AssignedLink?)null;
        var speeds = new[] { forward, backward }.OfType<AssignedLink>().Select(l => l.Speed).DefaultIfEmpty(0);
        return new SegmentTraffic(
            street.Id,
            street.StreetName,
            forward?.Flow ?? 0,
            backward?.Flow ?? 0,
            Math.Max(forward?.VolumeCapacity ?? 0, backward?.VolumeCapacity ?? 0),
            speeds.Min(),
            false);
    }

    private static void Scale(OdMatrix demand, double factor)
    {
        if (factor == 1)
        {
            return;
        }

        for (var o = 0; o < demand.ZoneCount; o++)
        {
            for (var d = 0; d < demand.ZoneCount; d++)
            {
                demand[o, d] *= factor;
            }
        }
    }

    private static ScenarioTrafficResult Failed(string scenario, long editVersion, DateTimeOffset ranAt, IEnumerable<string> problems) =>
        new(scenario, editVersion, ranAt, false, [], 0, 0, 0, [], [.. problems]);
}
