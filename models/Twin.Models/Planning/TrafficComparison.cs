using System.Collections.Immutable;

namespace Twin.Models.Planning;

/// <summary>
/// A scenario's traffic against its base's, per street segment (matched by id, so closed and new
/// streets show as changes to and from 0), with the change in vehicle-hours and vehicle-km.
/// </summary>
[GenerateSerializer, Immutable, Alias("twin.planning.traffic-comparison")]
public sealed record TrafficComparison(
    [property: Id(0)] ImmutableArray<SegmentChange> Segments,
    [property: Id(1)] double VehicleHoursChange,
    [property: Id(2)] double VehicleKilometresChange,
    [property: Id(3)] double BaseVehicleHours,
    [property: Id(4)] double BaseVehicleKilometres)
{
    /// <summary>The segments whose flow changed most (absolute), largest first.</summary>
    public ImmutableArray<SegmentChange> MostChanged(int count) =>
        [.. Segments.OrderByDescending(s => Math.Abs(s.FlowChange)).ThenBy(s => s.SegmentId, StringComparer.Ordinal).Take(count)];

    public static TrafficComparison Compare(ScenarioTrafficResult baseRun, ScenarioTrafficResult scenarioRun)
    {
        var before = baseRun.Segments.ToDictionary(s => s.SegmentId, StringComparer.Ordinal);
        var after = scenarioRun.Segments.ToDictionary(s => s.SegmentId, StringComparer.Ordinal);
        var changes = before.Keys.Union(after.Keys).Order(StringComparer.Ordinal).Select(id =>
        {
            var b = before.GetValueOrDefault(id);
            var s = after.GetValueOrDefault(id);
            return new SegmentChange(id, (s ?? b)!.StreetName, b?.Flow ?? 0, s?.Flow ?? 0, b?.VolumeCapacity ?? 0, s?.VolumeCapacity ?? 0);
        });
        return new TrafficComparison(
            [.. changes],
            scenarioRun.VehicleHours - baseRun.VehicleHours,
            scenarioRun.VehicleKilometres - baseRun.VehicleKilometres,
            baseRun.VehicleHours,
            baseRun.VehicleKilometres);
    }
}
