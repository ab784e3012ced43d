using System.Collections.Immutable;

namespace Twin.Models.Traffic;

/// <summary>
/// A scenario's assignment against the base's: per link (matched by name, so a scenario may close or
/// add streets), the change in flow and V/C, the change in system totals, and the links that changed most.
/// </summary>
public sealed record AssignmentComparison(
    ImmutableArray<LinkChange> Links,
    double TotalTravelTimeChange,
    double VehicleHoursChange,
    double VehicleDistanceChange)
{
    /// <summary>The links with the largest absolute change in flow, largest first.</summary>
    public ImmutableArray<LinkChange> MostChanged(int count) =>
        [.. Links.OrderByDescending(l => Math.Abs(l.FlowChange)).ThenBy(l => l.Name, StringComparer.Ordinal).Take(count)];

    /// <summary>Compares two successful assignments of networks whose links carry names (or are in the same order).</summary>
    public static AssignmentComparison Compare(TrafficNetwork baseNetwork, AssignmentResult baseResult, TrafficNetwork scenarioNetwork, AssignmentResult scenarioResult)
    {
        ArgumentNullException.ThrowIfNull(baseNetwork);
        ArgumentNullException.ThrowIfNull(baseResult);
        ArgumentNullException.ThrowIfNull(scenarioNetwork);
        ArgumentNullException.ThrowIfNull(scenarioResult);
        if (baseResult.LinkCount != baseNetwork.LinkCount || scenarioResult.LinkCount != scenarioNetwork.LinkCount)
        {
            throw new ArgumentException("Both results must be successful assignments of their networks.");
        }

        var scenarioByName = Enumerable.Range(0, scenarioNetwork.LinkCount).ToDictionary(scenarioNetwork.Describe, StringComparer.Ordinal);
        var changes = new List<LinkChange>();
        var matched = new HashSet<int>();
        for (var a = 0; a < baseNetwork.LinkCount; a++)
        {
            var name = baseNetwork.Describe(a);
            var s = scenarioByName.GetValueOrDefault(name, -1);
            matched.Add(s);
            changes.Add(new LinkChange(
                name, a, s, baseResult.Flow[a], s >= 0 ? scenarioResult.Flow[s] : 0, baseResult.VolumeCapacity[a], s >= 0 ? scenarioResult.VolumeCapacity[s] : 0));
        }

        foreach (var (name, s) in scenarioByName.Where(p => !matched.Contains(p.Value)).OrderBy(p => p.Value))
        {
            changes.Add(new LinkChange(name, -1, s, 0, scenarioResult.Flow[s], 0, scenarioResult.VolumeCapacity[s]));
        }

        return new AssignmentComparison(
            [.. changes],
            scenarioResult.TotalTravelTime - baseResult.TotalTravelTime,
            scenarioResult.VehicleHours - baseResult.VehicleHours,
            scenarioResult.VehicleDistance - baseResult.VehicleDistance);
    }
}
